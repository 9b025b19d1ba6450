package org.newsalert.events;

import java.util.Locale;
import java.util.Objects;

/**
 * Where and how one subscription is delivered, as the matcher copies it into each alert so that
 * delivery needs no lookup: an email address, or a webhook URL with its {@code whsec_} secret.
 *
 * @param address the mailbox for EMAIL, the endpoint URL for WEBHOOK
 * @param secret the Standard Webhooks signing secret ({@code whsec_<base64>}); null for EMAIL
 * @param query the subscription's query as the user wrote it, shown to the reader
 */
public record DeliveryTarget(String subscriptionId, Kind kind, String address, String secret, String query) {

    /** The closed set of delivery channels. */
    public enum Kind {
        EMAIL,
        WEBHOOK
    }

    public DeliveryTarget {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        query = query == null ? "" : query;
    }

    public static DeliveryTarget email(String subscriptionId, String address, String query) {
        return new DeliveryTarget(subscriptionId, Kind.EMAIL, address, null, query);
    }

    public static DeliveryTarget webhook(String subscriptionId, String url, String secret, String query) {
        return new DeliveryTarget(subscriptionId, Kind.WEBHOOK, url, Objects.requireNonNull(secret, "secret"), query);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "DeliveryTarget[" + subscriptionId + " " + kind.name().toLowerCase(Locale.ROOT) + " " + address + "]";
    }
}
