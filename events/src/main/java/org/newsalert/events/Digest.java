package org.newsalert.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The body of a digest alert: one subscription's matches of one period (a calendar day or ISO week
 * in the subscription's time zone, UTC by default), grouped by story. A digest holds at most a
 * bounded number of developments; {@code developmentCount} and {@code storyCount} count all of the
 * period's, so {@link #omitted()} says how many are not shown.
 *
 * @param period the period's label: {@code 2025-12-09} for a day, {@code 2025-W50} for an ISO week
 * @param start the first instant of the period (inclusive)
 * @param end the end of the period (exclusive)
 * @param timeZone the subscription's time zone, whose calendar the period follows; null for UTC
 */
public record Digest(
        Subscription.Mode mode, String period, Instant start, Instant end, int developmentCount, int storyCount, List<Story> stories,
        String timeZone) {

    public Digest {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(period, "period");
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    /** The zone whose calendar the period follows. */
    public java.time.ZoneId zone() {
        return Subscription.zone(timeZone);
    }

    /** Developments of the period that are not in {@link #stories()}. */
    public int omitted() {
        return Math.max(0, developmentCount - stories.stream().mapToInt(s -> s.developments().size()).sum());
    }

    /**
     * One story of the digest: its title as of its latest development here, every source that reported
     * it, why it matched, and its developments in the order they matched.
     */
    public record Story(String storyId, String title, List<String> sources, String explanation, List<Item> developments) {
        public Story {
            Objects.requireNonNull(storyId, "storyId");
            sources = sources == null ? List.of() : List.copyOf(sources);
            explanation = explanation == null ? "" : explanation;
            developments = developments == null ? List.of() : List.copyOf(developments);
        }
    }

    /** One development as the matcher found it for the subscription. */
    public record Item(DevelopmentDetected development, String explanation, Instant matchedAt) {
        public Item {
            Objects.requireNonNull(development, "development");
            explanation = explanation == null ? "" : explanation;
        }
    }
}
