package org.newsalert.enrich.tag;

import java.util.Comparator;
import java.util.Objects;

/** An act name the article tied to a bill number: {@code nato act} to {@code hr6508-119}. */
public record LearnedAlias(String name, String billId) implements Comparable<LearnedAlias> {
    private static final Comparator<LearnedAlias> ORDER =
            Comparator.comparing(LearnedAlias::name).thenComparing(LearnedAlias::billId);

    public LearnedAlias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(billId, "billId");
    }

    @Override
    public int compareTo(LearnedAlias o) {
        return ORDER.compare(this, o);
    }
}
