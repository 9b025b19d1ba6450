package org.newsalert.notify.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed alert is tried again: a fixed list of growing delays (by default Svix's: 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h after the first, immediate attempt), each spread by a random jitter
 * so that a recovering endpoint is not hit by every queued alert at once. After the last delay the
 * alert is parked.
 */
public record RetrySchedule(List<Duration> delays, double jitter, Duration maxRetryAfter) {
    public RetrySchedule {
        delays = List.copyOf(delays);
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    public static RetrySchedule svix() {
        return new RetrySchedule(
                List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                        Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)),
                0.2,
                Duration.ofHours(24));
    }

    /** A schedule of the given delays without jitter, for tests. */
    public static RetrySchedule of(Duration... delays) {
        return new RetrySchedule(Arrays.asList(delays), 0, Duration.ofHours(24));
    }

    /** Parses {@code 5s,5m,30m,2h} (units ms, s, m, h). */
    public static RetrySchedule parse(String spec, double jitter) {
        return new RetrySchedule(Arrays.stream(spec.split(",")).map(String::trim).map(RetrySchedule::duration).toList(),
                jitter, Duration.ofHours(24));
    }

    /** The same schedule with every delay divided by {@code factor}, to run it in a test. */
    public RetrySchedule compressed(long factor) {
        return new RetrySchedule(delays.stream().map(d -> d.dividedBy(factor)).toList(), jitter, maxRetryAfter.dividedBy(factor));
    }

    /** Attempts in all, the first included. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * The delay before the attempt after {@code failedAttempt}, or empty when the schedule is spent.
     * A server's {@code Retry-After} is honoured as a lower bound, capped at {@link #maxRetryAfter}.
     */
    public Optional<Duration> delayAfter(int failedAttempt, Duration retryAfter) {
        if (failedAttempt < 1 || failedAttempt > delays.size()) {
            return Optional.empty();
        }
        Duration base = delays.get(failedAttempt - 1);
        long ms = base.toMillis();
        if (jitter > 0 && ms > 0) {
            ms = Math.round(ms * (1 - jitter + 2 * jitter * ThreadLocalRandom.current().nextDouble()));
        }
        Duration d = Duration.ofMillis(ms);
        if (retryAfter != null && retryAfter.compareTo(d) > 0) {
            d = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        }
        return Optional.of(d);
    }

    /** Reads a {@code Retry-After} header: delta-seconds or an HTTP date; null when absent or unreadable. */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration duration(String s) {
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException("unknown unit in retry delay '" + s + "' (use ms, s, m or h)");
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("bad retry delay '" + s + "' (e.g. 5s, 30m, 2h)", e);
        }
    }
}
