package org.newsalert.events;

import java.time.Instant;

/**
 * The digest assembler's memory of a subscription's last digest, written in the same transaction as
 * the digest and the consumed offsets: on a restart, items of the digest-items {@code partition}
 * before {@code coveredBefore} that belong to {@code period} or earlier were already sent. Keyed by
 * subscription id in a compacted topic; a tombstone forgets a deleted subscription.
 *
 * @param dropped true when the period was dropped (subscription deleted or disabled), not sent
 */
public record DigestEmitted(
        String subscriptionId,
        Subscription.Mode mode,
        String period,
        Instant periodStart,
        Instant periodEnd,
        int partition,
        long coveredBefore,
        String alertKey,
        int developments,
        boolean dropped,
        Instant at) {}
