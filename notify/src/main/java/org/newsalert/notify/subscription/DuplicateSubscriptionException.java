package org.newsalert.notify.subscription;

/** The owner already has a subscription with the same query, channel and mode. */
public final class DuplicateSubscriptionException extends Exception {
    private final String existingId;

    public DuplicateSubscriptionException(String existingId) {
        super("an identical subscription already exists: " + existingId);
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
