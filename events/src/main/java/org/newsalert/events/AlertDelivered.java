package org.newsalert.events;

import java.time.Instant;

/** One line of notify's delivery ledger, compacted by alert key: this alert has been delivered. */
public record AlertDelivered(String alertKey, String subscriptionId, DeliveryTarget.Kind channel, int attempt, Instant at) {}
