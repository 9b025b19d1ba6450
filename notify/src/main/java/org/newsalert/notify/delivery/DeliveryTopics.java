package org.newsalert.notify.delivery;

import java.util.List;
import org.newsalert.events.AlertDelivered;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.AlertPending;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.Topic;
import org.newsalert.events.Topics;

/** The topics the delivery engine reads and writes; the catalogue's by default, renamed per test. */
public record DeliveryTopics(
        Topic<String, AlertMatched> alerts,
        Topic<String, DeliveryAttempted> deliveries,
        Topic<String, AlertDelivered> ledger,
        Topic<String, AlertPending> pending,
        Topic<String, DeadLetter> deadLetters) {

    public static DeliveryTopics catalogue() {
        return new DeliveryTopics(Topics.ALERTS, Topics.DELIVERIES, Topics.DELIVERY_LEDGER, Topics.NOTIFY_PENDING, Topics.NOTIFY_DEAD_LETTERS);
    }

    /** The catalogue's topics with {@code prefix} in front of each name, so tests sharing a broker do not meet. */
    public static DeliveryTopics prefixed(String prefix) {
        DeliveryTopics c = catalogue();
        return new DeliveryTopics(rename(c.alerts, prefix), rename(c.deliveries, prefix), rename(c.ledger, prefix),
                rename(c.pending, prefix), rename(c.deadLetters, prefix));
    }

    public List<Topic<?, ?>> all() {
        return List.of(alerts, deliveries, ledger, pending, deadLetters);
    }

    private static <K, V> Topic<K, V> rename(Topic<K, V> t, String prefix) {
        return new Topic<>(prefix + t.name(), t.keySerde(), t.valueSerde(), t.spec(), t.writer(), t.description());
    }
}
