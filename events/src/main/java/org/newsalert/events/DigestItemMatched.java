package org.newsalert.events;

import java.util.Objects;

/**
 * A development matched to a digest subscription ({@code daily} or {@code weekly}): the alert that
 * mode {@code developments} would have sent, waiting to be gathered into the subscription's next
 * digest. Keyed by subscription id, so one subscription's items keep their order on one partition.
 */
public record DigestItemMatched(Subscription.Mode mode, AlertMatched alert) {
    public DigestItemMatched {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(alert, "alert");
    }

    public String subscriptionId() {
        return alert.subscriptionId();
    }
}
