package org.newsalert.notify.delivery;

import org.newsalert.events.AlertMatched;

/** Delivers an alert over one channel. Implementations are thread-safe and never throw for outside-world failures. */
public interface Sender {

    /** Makes one attempt; {@code attempt} starts at 1. */
    DeliveryResult send(AlertMatched alert, int attempt);

    /** The queue the alert waits in: sends to one lane are limited so that one slow endpoint holds only its own lane. */
    String lane(AlertMatched alert);
}
