package org.newsalert.events;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a topic is created: partitions and the topic-level configs (cleanup policy, retention).
 * Replication is chosen by the deployment, not the catalogue.
 */
public record TopicSpec(int partitions, Map<String, String> configs) {
    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        configs = Map.copyOf(configs);
    }

    /** A compacted table: the latest value per key is kept forever. */
    public static TopicSpec compacted(int partitions) {
        return new TopicSpec(partitions, Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0"));
    }

    /** An event log deleted after {@code retention}; {@code null} keeps it forever. */
    public static TopicSpec retained(int partitions, Duration retention) {
        return new TopicSpec(
                partitions,
                Map.of(
                        "cleanup.policy", "delete",
                        "retention.ms", retention == null ? "-1" : Long.toString(retention.toMillis())));
    }

    public TopicSpec withPartitions(int n) {
        return new TopicSpec(n, configs);
    }

    /** The configs in a stable order, for logs and tests. */
    public Map<String, String> sortedConfigs() {
        return new TreeMap<>(configs);
    }
}
