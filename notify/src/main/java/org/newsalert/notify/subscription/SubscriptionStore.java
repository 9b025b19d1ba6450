package org.newsalert.notify.subscription;

import java.util.List;
import java.util.Optional;
import org.newsalert.events.Subscription;

/**
 * The subscriptions table. Writes are durable and visible to this store's reads when they return
 * (read-your-writes); a write that cannot be confirmed in time throws {@link StoreUnavailableException}.
 */
public interface SubscriptionStore extends AutoCloseable {

    /** Inserts or replaces the subscription with this id. */
    void put(Subscription subscription);

    /** Deletes the subscription; returns whether it existed. */
    boolean delete(String id);

    Optional<Subscription> get(String id);

    /** The owner's subscriptions, oldest first. */
    List<Subscription> byOwner(String owner);

    /** A snapshot of every subscription, for the matcher. */
    List<Subscription> all();

    @Override
    default void close() {}
}
