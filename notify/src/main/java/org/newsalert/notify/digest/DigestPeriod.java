package org.newsalert.notify.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import org.newsalert.events.Subscription;

/**
 * One digest period: a calendar day, or an ISO week (Monday to Sunday), in the subscription's time
 * zone (UTC unless it names one). The zone is part of the subscription, so the boundary is the same
 * on every instance and every restart and the digest key (subscription, period, channel) stays
 * stable. Days are local days: one around a daylight-saving change lasts 23 or 25 hours.
 *
 * @param start the period's first day
 */
public record DigestPeriod(Subscription.Mode mode, LocalDate start, ZoneId zone) implements Comparable<DigestPeriod> {

    public DigestPeriod {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(start, "start");
        zone = zone == null ? Subscription.DEFAULT_ZONE : zone;
        if (!isDigest(mode)) {
            throw new IllegalArgumentException("mode " + mode.wireName() + " has no digest periods");
        }
        if (mode == Subscription.Mode.WEEKLY && start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a weekly period starts on a Monday, not " + start);
        }
    }

    /** A period in UTC. */
    public DigestPeriod(Subscription.Mode mode, LocalDate start) {
        this(mode, start, null);
    }

    public static boolean isDigest(Subscription.Mode mode) {
        return mode == Subscription.Mode.DAILY || mode == Subscription.Mode.WEEKLY;
    }

    /** The period of {@code mode}, in UTC, that contains {@code at}. */
    public static DigestPeriod containing(Subscription.Mode mode, Instant at) {
        return containing(mode, null, at);
    }

    /** The period of {@code mode}, in {@code zone} (null: UTC), that contains {@code at}. */
    public static DigestPeriod containing(Subscription.Mode mode, ZoneId zone, Instant at) {
        ZoneId z = zone == null ? Subscription.DEFAULT_ZONE : zone;
        LocalDate day = LocalDate.ofInstant(at, z);
        return new DigestPeriod(mode, mode == Subscription.Mode.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day, z);
    }

    /** Its first day's start (midnight, or the first instant of the day where midnight is skipped). */
    public Instant startInstant() {
        return start.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return endDay().atStartOfDay(zone).toInstant();
    }

    public DigestPeriod next() {
        return new DigestPeriod(mode, endDay(), zone);
    }

    /** The first period of this mode that starts at or after {@code at}'s period, and not before {@code floor}. */
    public DigestPeriod atLeast(Instant floor) {
        return floor == null || !startInstant().isBefore(floor) ? this : containing(mode, zone, floor.minusNanos(1)).next();
    }

    /** {@code 2025-12-09} for a day; {@code 2025-W50} (ISO week-based year and week) for a week; local to the zone. */
    public String label() {
        if (mode == Subscription.Mode.DAILY) {
            return start.toString();
        }
        return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private LocalDate endDay() {
        return mode == Subscription.Mode.WEEKLY ? start.plusWeeks(1) : start.plusDays(1);
    }

    /** In time order (by start instant), then by mode and zone. */
    @Override
    public int compareTo(DigestPeriod o) {
        int c = startInstant().compareTo(o.startInstant());
        if (c != 0) {
            return c;
        }
        c = mode.compareTo(o.mode);
        return c != 0 ? c : zone.getId().compareTo(o.zone.getId());
    }
}
