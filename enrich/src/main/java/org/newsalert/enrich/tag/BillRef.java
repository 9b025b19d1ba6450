package org.newsalert.enrich.tag;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One measure of one Congress, identified the unitedstates/congress way: {@code hr6508-119}. */
public record BillRef(BillType type, int number, int congress) implements Comparable<BillRef> {
    private static final Pattern ID = Pattern.compile("(hconres|sconres|hjres|sjres|hres|sres|hr|s)(\\d{1,5})-(\\d{1,3})");

    public BillRef {
        Objects.requireNonNull(type, "type");
        if (number < 1) {
            throw new IllegalArgumentException("bill number must be positive: " + number);
        }
        if (congress < 1) {
            throw new IllegalArgumentException("congress must be positive: " + congress);
        }
    }

    /** Parses an id such as {@code hr6508-119}; anything else is empty. */
    public static Optional<BillRef> parseId(String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BillRef(
                BillType.ofCode(m.group(1)).orElseThrow(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /** {@code hr6508-119}. */
    public String id() {
        return type.code() + number + "-" + congress;
    }

    /** {@code H.R. 6508 (119th Congress)}. */
    public String label() {
        return type.citation() + " " + number + " (" + Congresses.ordinal(congress) + " Congress)";
    }

    @Override
    public int compareTo(BillRef o) {
        return id().compareTo(o.id());
    }
}
