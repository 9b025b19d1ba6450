package org.newsalert.events;

import java.time.Instant;

/**
 * The outcome of one delivery attempt, keyed by subscription id so that a subscriber's delivery
 * history is one partition's worth of reading.
 *
 * @param attempt 1 for the first try; 0 for an alert suppressed by the ledger
 * @param status the HTTP status or SMTP reply code, when there was one
 * @param error why the attempt failed, naming the endpoint; null on success
 * @param nextAttemptAt when it is tried again, for {@link Outcome#RETRY_SCHEDULED}
 */
public record DeliveryAttempted(
        String alertKey,
        String subscriptionId,
        DeliveryTarget.Kind channel,
        int attempt,
        Outcome outcome,
        Integer status,
        String error,
        Instant at,
        Instant nextAttemptAt) {

    /** The closed set of attempt outcomes. */
    public enum Outcome {
        DELIVERED,
        RETRY_SCHEDULED,
        /** Permanently refused (blocked address, invalid mailbox, ...): not retried. */
        REJECTED,
        /** The endpoint answered 410 Gone: the subscription should be disabled. */
        GONE,
        /** Retries exhausted: the alert was parked in the dead-letter topic. */
        DEAD_LETTERED,
        /** Already in the ledger: nothing was sent. */
        DUPLICATE
    }
}
