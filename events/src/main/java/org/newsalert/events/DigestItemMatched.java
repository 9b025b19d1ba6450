package org.newsalert.events;

import java.util.Objects;

/**
 * A development matched to a digest subscription ({@code daily} or {@code weekly}): the alert that
 * mode {@code developments} would have sent, waiting to be gathered into the subscription's next
 * digest. Keyed by subscription id, so one subscription's items keep their order on one partition.
 *
 * @param timeZone the subscription's time zone, whose days and weeks are the digest periods; null for UTC
 */
public record DigestItemMatched(Subscription.Mode mode, AlertMatched alert, String timeZone) {
    public DigestItemMatched {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(alert, "alert");
        // Checked here, so that an item naming a zone this JVM does not know fails to deserialise
        // (and is parked as unreadable) instead of failing the digest assembler at every retry.
        timeZone = Subscription.canonicalZone(timeZone);
    }

    /** An item of a subscription in UTC. */
    public DigestItemMatched(Subscription.Mode mode, AlertMatched alert) {
        this(mode, alert, null);
    }

    /** The zone whose days and weeks are this item's digest periods. */
    public java.time.ZoneId zone() {
        return Subscription.zone(timeZone);
    }

    public String subscriptionId() {
        return alert.subscriptionId();
    }
}
