package org.newsalert.notify.api;

import java.util.List;

/**
 * The deliveries made for a subscription, newest first, as the API shows them. The integrator backs
 * it with the delivery log topic; elements are serialised to JSON as they are.
 */
@FunctionalInterface
public interface DeliveryLog {
    DeliveryLog NONE = (id, limit) -> List.of();

    List<?> forSubscription(String id, int limit);
}
