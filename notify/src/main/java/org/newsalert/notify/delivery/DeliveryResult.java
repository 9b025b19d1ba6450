package org.newsalert.notify.delivery;

import java.time.Duration;
import java.util.Objects;

/** What one delivery attempt came to; the engine decides from it whether to retry, park or stop. */
public sealed interface DeliveryResult
        permits DeliveryResult.Delivered, DeliveryResult.RetryLater, DeliveryResult.Rejected, DeliveryResult.Gone {

    /** The HTTP status or SMTP reply code, when the other side answered. */
    Integer status();

    /** The endpoint accepted the alert. */
    record Delivered(Integer status, String detail) implements DeliveryResult {}

    /**
     * A failure that may pass: a timeout, a refused connection, a 5xx or 429.
     *
     * @param retryAfter the server's {@code Retry-After}, or null; the next attempt is not made earlier
     */
    record RetryLater(Integer status, String error, Duration retryAfter) implements DeliveryResult {
        public RetryLater {
            Objects.requireNonNull(error, "error");
        }
    }

    /** A failure that will not pass by retrying (blocked address, invalid mailbox, bad URL). */
    record Rejected(Integer status, String reason) implements DeliveryResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The endpoint answered 410 Gone: the caller must disable the subscription. */
    record Gone(Integer status, String detail) implements DeliveryResult {}
}
