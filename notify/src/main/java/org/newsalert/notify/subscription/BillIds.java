package org.newsalert.notify.subscription;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a bill citation as a person types it ({@code H.R. 6508}, {@code hr6508-119},
 * {@code S.J.Res. 12}) into enrich's canonical id {@code <type><number>-<congress>}. A citation
 * without a Congress belongs to the Congress sitting on {@code asOf}. Deliberately compact: notify
 * must not depend on enrich's fuller citation parser, and people type subscriptions, not prose.
 */
public final class BillIds {
    private static final Pattern COMPACT = Pattern.compile("([a-z]+)0*([1-9][0-9]{0,4})(?:-([1-9][0-9]{0,2})(?:st|nd|rd|th)?)?");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("hr", "hr"),
            Map.entry("s", "s"),
            Map.entry("hres", "hres"),
            Map.entry("sres", "sres"),
            Map.entry("hjres", "hjres"),
            Map.entry("hjr", "hjres"),
            Map.entry("sjres", "sjres"),
            Map.entry("sjr", "sjres"),
            Map.entry("hconres", "hconres"),
            Map.entry("hcr", "hconres"),
            Map.entry("sconres", "sconres"),
            Map.entry("scr", "sconres"));

    private BillIds() {}

    /**
     * The canonical id, or empty when {@code typed} is not a bill citation or names a Congress that
     * has not started by {@code asOf}.
     */
    public static Optional<String> normalise(String typed, LocalDate asOf) {
        if (typed == null) {
            return Optional.empty();
        }
        // Dots, spaces and the hyphen after the type carry no meaning: "H. J. Res. 12", "HR-6508".
        String compact = typed.toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "");
        compact = compact.replaceFirst("^([a-z]+)-", "$1");
        Matcher m = COMPACT.matcher(compact);
        if (!m.matches()) {
            return Optional.empty();
        }
        String type = TYPES.get(m.group(1));
        if (type == null) {
            return Optional.empty();
        }
        int current = congressOn(asOf);
        int congress = m.group(3) == null ? current : Integer.parseInt(m.group(3));
        if (congress > current) {
            return Optional.empty();
        }
        return Optional.of(type + m.group(2) + "-" + congress);
    }

    /** The Congress sitting on {@code date}: Congress n starts on 3 January of 1789 + 2(n - 1). */
    public static int congressOn(LocalDate date) {
        int year = date.getYear();
        if (year % 2 == 1 && date.isBefore(LocalDate.of(year, Month.JANUARY, 3))) {
            year--;
        }
        return Math.floorDiv(year - 1789, 2) + 1;
    }
}
