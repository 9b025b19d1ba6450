package org.newsalert.enrich.tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Which Congress was sitting at an instant. A Congress runs from noon (Washington time) on 3 January
 * of an odd year to the same moment two years later, so 1-2 January of an odd year still belong to
 * the old one.
 */
public final class Congresses {
    private static final ZoneId WASHINGTON = ZoneId.of("America/New_York");

    private Congresses() {}

    /** The Congress in session at {@code instant}; the 119th for any moment in 2025-01-03T12:00 ET .. 2027-01-03T12:00 ET. */
    public static int at(Instant instant) {
        ZonedDateTime t = instant.atZone(WASHINGTON);
        int year = t.getYear();
        int congress = (year - 1789) / 2 + 1;
        boolean oddYear = (year - 1789) % 2 == 0;
        ZonedDateTime start = ZonedDateTime.of(LocalDate.of(year, 1, 3), LocalTime.NOON, WASHINGTON);
        if (oddYear && t.isBefore(start)) {
            congress--;
        }
        return congress;
    }

    /** The moment a Congress first sits: noon in Washington on 3 January of its first year. */
    public static Instant start(int congress) {
        return ZonedDateTime.of(LocalDate.of(firstYear(congress), 1, 3), LocalTime.NOON, WASHINGTON).toInstant();
    }

    /** The first calendar year of a Congress: 2025 for the 119th. */
    public static int firstYear(int congress) {
        return 1789 + 2 * (congress - 1);
    }

    /** English ordinal: 111th, 112th, 113th, 121st, 122nd, 123rd. */
    public static String ordinal(int n) {
        int mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
