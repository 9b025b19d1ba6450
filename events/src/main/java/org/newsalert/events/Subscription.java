package org.newsalert.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * A user's standing request for alerts, the value of the compacted subscriptions topic keyed by
 * {@code id} (a tombstone deletes it). {@code query} is stored in its canonical form, with bill
 * citations already resolved to a Congress, so re-reading it later never changes its meaning.
 *
 * @param active false when delivery gave up on the channel; {@code disabledReason} says why
 * @param timeZone the IANA time zone ({@code America/New_York}) whose calendar days and weeks bound
 *     this subscription's digests; null for UTC (and for subscriptions made before it existed)
 */
public record Subscription(
        String id,
        String owner,
        String query,
        Channel channel,
        Mode mode,
        Instant created,
        boolean active,
        String disabledReason,
        String timeZone) {

    /** The zone of subscriptions that name none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(channel, "channel");
        mode = mode == null ? Mode.DEVELOPMENTS : mode;
        timeZone = canonicalZone(timeZone);
    }

    /** A subscription in UTC. */
    public Subscription(String id, String owner, String query, Channel channel, Mode mode, Instant created,
            boolean active, String disabledReason) {
        this(id, owner, query, channel, mode, created, active, disabledReason, null);
    }

    public Subscription disabled(String reason) {
        return new Subscription(id, owner, query, channel, mode, created, false, reason, timeZone);
    }

    /** The zone whose days and weeks bound this subscription's digests. */
    public ZoneId zone() {
        return zone(timeZone);
    }

    /**
     * {@code timeZone} as stored: the zone's id, or null for UTC and the names that mean it ("UTC",
     * "Etc/UTC", "GMT", "Z"), so that a subscription with one of them is the same as one without.
     *
     * @throws IllegalArgumentException for a zone this JVM does not know
     */
    public static String canonicalZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        ZoneId zone = zone(timeZone.strip());
        return zone.normalized().equals(ZoneOffset.UTC) ? null : zone.getId();
    }

    /** The zone of {@code timeZone}, UTC when it is null. */
    public static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + timeZone + "', expected an IANA id such as America/New_York");
        }
    }

    /** What a subscription is alerted about, and when. */
    public enum Mode {
        /** New stories and developments only, as they happen (the default). */
        DEVELOPMENTS,
        /** Every article of a matching story, as it happens. */
        ALL,
        /** One message a day, grouped by story. */
        DAILY,
        /** One message a week, grouped by story. */
        WEEKLY;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads the wire name case-insensitively; unknown names fail with the accepted ones listed. */
        @JsonCreator
        public static Mode fromWire(String name) {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown mode '" + name + "', expected one of developments, all, daily, weekly");
        }
    }
}
