package org.newsalert.notify.subscription;

import java.time.Instant;
import org.newsalert.events.Subscription;

/**
 * Delivers to a new subscription what it would have matched since {@code since}. The integrator
 * implements it by reading the developments topic; it must return quickly and do the reading and
 * delivering on its own thread, since it is called while answering an API request.
 */
@FunctionalInterface
public interface Backfill {
    Backfill NONE = (subscription, since) -> {};

    void schedule(Subscription subscription, Instant since);
}
