package org.newsalert.notify.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newsalert.events.DigestEmitted;
import org.newsalert.events.DigestItemMatched;

/**
 * The digest assembler's open periods and what it already sent, without Kafka. An item joins the
 * period of its match time, or, if that period was already sent (an item that matched just before the
 * boundary but arrived after it), the subscription's next period, so nothing is lost. An item read
 * again after a restart (its offset before the last digest's {@code coveredBefore}) whose period was
 * sent is skipped, so nothing is sent twice. {@code coveredBefore} is the consumer's position when the
 * digest was made: every item of the subscription read before it was in that digest, an earlier one,
 * or a later period still open. Offsets are per digest-items partition; a subscription's
 * items are all on one partition (keyed by subscription id).
 */
public final class DigestBook {

    /** What {@link #add} did with an item. */
    public enum Added {
        /** Joined an open period. */
        OPEN,
        /** The same development was already in that period (the matcher re-read its input). */
        DUPLICATE,
        /** Read again after a restart: its period was already sent. */
        ALREADY_SENT
    }

    /** One subscription's open period: its items in arrival order (one per alert key) and the offsets holding them. */
    public static final class Open {
        private final String subscriptionId;
        private final DigestPeriod period;
        private final int partition;
        private final Map<String, DigestItemMatched> items = new LinkedHashMap<>();
        private long firstOffset = Long.MAX_VALUE;

        Open(String subscriptionId, DigestPeriod period, int partition) {
            this.subscriptionId = subscriptionId;
            this.period = period;
            this.partition = partition;
        }

        public String subscriptionId() {
            return subscriptionId;
        }

        public DigestPeriod period() {
            return period;
        }

        public int partition() {
            return partition;
        }

        public List<DigestItemMatched> items() {
            return List.copyOf(items.values());
        }

        @Override
        public String toString() {
            return subscriptionId + " " + period.mode().wireName() + " " + period.label() + " (" + items.size() + " items)";
        }
    }

    private final Map<String, TreeMap<DigestPeriod, Open>> open = new HashMap<>();
    private final Map<String, DigestEmitted> sent = new HashMap<>();

    /** Replaces what is known to have been sent, from the state topic. */
    public void restore(Collection<DigestEmitted> states) {
        sent.clear();
        for (DigestEmitted s : states) {
            sent.put(s.subscriptionId(), s);
        }
    }

    public Added add(int partition, long offset, DigestItemMatched item, Instant matchedAt) {
        Objects.requireNonNull(item, "item");
        String sub = item.subscriptionId();
        DigestPeriod period = DigestPeriod.containing(item.mode(), item.zone(), matchedAt);
        DigestEmitted last = sent.get(sub);
        if (last != null && last.periodEnd() != null) {
            boolean sentPeriod = period.end().compareTo(last.periodEnd()) <= 0;
            if (last.partition() == partition && offset < last.coveredBefore() && sentPeriod) {
                return Added.ALREADY_SENT;
            }
            period = period.atLeast(last.periodEnd());
        }
        DigestPeriod p = period;
        Open o = open.computeIfAbsent(sub, k -> new TreeMap<>()).computeIfAbsent(p, k -> new Open(sub, p, partition));
        if (o.items.putIfAbsent(item.alert().key(), item) != null) {
            return Added.DUPLICATE;
        }
        o.firstOffset = Math.min(o.firstOffset, offset);
        return Added.OPEN;
    }

    /** Open periods that ended at or before {@code now}, oldest first. */
    public List<Open> due(Instant now) {
        List<Open> out = new ArrayList<>();
        for (TreeMap<DigestPeriod, Open> m : open.values()) {
            for (Open o : m.values()) {
                if (!o.period.end().isAfter(now)) {
                    out.add(o);
                }
            }
        }
        out.sort((a, b) -> a.period.compareTo(b.period) != 0 ? a.period.compareTo(b.period) : a.subscriptionId.compareTo(b.subscriptionId));
        return out;
    }

    /** Forgets the period once its digest (or its drop) is durable, and remembers it was sent. */
    public void settled(Open o, DigestEmitted state) {
        TreeMap<DigestPeriod, Open> m = open.get(o.subscriptionId);
        if (m != null) {
            m.remove(o.period);
            if (m.isEmpty()) {
                open.remove(o.subscriptionId);
            }
        }
        if (state == null) {
            sent.remove(o.subscriptionId);
        } else {
            sent.put(o.subscriptionId, state);
        }
    }

    /**
     * The offset to commit for {@code partition}: the first item held by a period still open (other than
     * those {@code leaving}, about to be settled), else {@code position}.
     */
    public long committable(int partition, long position, Set<Open> leaving) {
        long min = position;
        for (TreeMap<DigestPeriod, Open> m : open.values()) {
            for (Open o : m.values()) {
                if (o.partition == partition && !leaving.contains(o)) {
                    min = Math.min(min, o.firstOffset);
                }
            }
        }
        return min;
    }

    /** Drops the open periods of partitions no longer ours; the next owner rebuilds them from the committed offsets. */
    public void forget(Collection<Integer> partitions) {
        open.values().forEach(m -> m.values().removeIf(o -> partitions.contains(o.partition)));
        open.values().removeIf(Map::isEmpty);
    }

    public void clear() {
        open.clear();
        sent.clear();
    }

    /** Every open period, for logs and tests. */
    public List<Open> open() {
        List<Open> out = new ArrayList<>();
        open.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    /** What was last sent (or dropped) for the subscription, if anything is known. */
    public java.util.Optional<DigestEmitted> lastSent(String subscriptionId) {
        return java.util.Optional.ofNullable(sent.get(subscriptionId));
    }
}
