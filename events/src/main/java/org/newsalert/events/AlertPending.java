package org.newsalert.events;

import java.time.Instant;
import java.util.Objects;

/**
 * An alert waiting for its next delivery attempt: the durable retry schedule, compacted by alert key
 * (a tombstone once the alert is delivered, rejected or parked), so a restarted engine rebuilds its
 * timers from the topic.
 *
 * @param attempt the number of the attempt that is due (1 for a re-driven dead letter)
 * @param firstAttemptAt when the alert was first tried, to report how long delivery has failed
 */
public record AlertPending(
        AlertMatched alert, int attempt, Instant dueAt, String lastError, Integer lastStatus, Instant firstAttemptAt) {
    public AlertPending {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
