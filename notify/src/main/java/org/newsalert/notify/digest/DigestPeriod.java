package org.newsalert.notify.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import org.newsalert.events.Subscription;

/**
 * One digest period: a UTC calendar day, or an ISO week (Monday to Sunday) in UTC. UTC because
 * subscriptions carry no time zone, and a boundary that is the same on every instance and every
 * restart keeps the digest key (subscription, period, channel) stable.
 *
 * @param start the period's first day
 */
public record DigestPeriod(Subscription.Mode mode, LocalDate start) implements Comparable<DigestPeriod> {

    public DigestPeriod {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(start, "start");
        if (!isDigest(mode)) {
            throw new IllegalArgumentException("mode " + mode.wireName() + " has no digest periods");
        }
        if (mode == Subscription.Mode.WEEKLY && start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a weekly period starts on a Monday, not " + start);
        }
    }

    public static boolean isDigest(Subscription.Mode mode) {
        return mode == Subscription.Mode.DAILY || mode == Subscription.Mode.WEEKLY;
    }

    /** The period of {@code mode} that contains {@code at}. */
    public static DigestPeriod containing(Subscription.Mode mode, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return new DigestPeriod(mode, mode == Subscription.Mode.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day);
    }

    /** Its first day's UTC midnight. */
    public Instant startInstant() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return endDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public DigestPeriod next() {
        return new DigestPeriod(mode, endDay());
    }

    /** The first period of this mode that starts at or after {@code at}'s period, and not before {@code floor}. */
    public DigestPeriod atLeast(Instant floor) {
        return floor == null || !startInstant().isBefore(floor) ? this : containing(mode, floor.minusNanos(1)).next();
    }

    /** {@code 2025-12-09} for a day; {@code 2025-W50} (ISO week-based year and week) for a week. */
    public String label() {
        if (mode == Subscription.Mode.DAILY) {
            return start.toString();
        }
        return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private LocalDate endDay() {
        return mode == Subscription.Mode.WEEKLY ? start.plusWeeks(1) : start.plusDays(1);
    }

    @Override
    public int compareTo(DigestPeriod o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : mode.compareTo(o.mode);
    }
}
