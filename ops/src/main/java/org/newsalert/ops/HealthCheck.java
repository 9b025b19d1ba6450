package org.newsalert.ops;

import java.util.Map;

/**
 * A service's answer to "can you do your work now?", asked on every probe of {@code /health/ready}
 * and {@code /health/live}. Implementations read flags the service keeps anyway, so a probe is
 * cheap and never touches Kafka.
 */
@FunctionalInterface
public interface HealthCheck {

    /** What is not ready yet, component to reason, in words an operator can act on; empty when ready. */
    Map<String, String> notReady();

    /**
     * What has failed for good and needs a restart (a dead worker thread, Streams in ERROR);
     * non-empty turns {@code /health/live} to 503. Most services recover by themselves: empty.
     */
    default Map<String, String> broken() {
        return Map.of();
    }

    /** A placeholder for a service that is still starting (its start call has not returned). */
    static HealthCheck starting(String what) {
        Map<String, String> r = Map.of("start", what + " is starting");
        return () -> r;
    }
}
