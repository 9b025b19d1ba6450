package org.newsalert.app.bench;

import java.util.Optional;

/**
 * Hook for the alert-latency measurement, which belongs to the notify side: the time from an
 * article entering {@code newsalert.articles} to its alert being delivered (email or webhook).
 * The bench calls {@link #measure} once after the enrich section, on the same broker; until notify
 * provides an implementation it reports "not measured" and {@code "alert_latency_ms": null}.
 * An implementation should return percentiles over real deliveries, never an estimate.
 */
public interface AlertLatency {
    /** Percentiles of article-to-delivery latency, in milliseconds, over {@code alerts} deliveries. */
    record Result(long alerts, double p50Millis, double p99Millis, String definition) {}

    Optional<Result> measure(String bootstrapServers);

    /** The default: nothing measured. */
    AlertLatency NOT_MEASURED = bootstrapServers -> Optional.empty();
}
