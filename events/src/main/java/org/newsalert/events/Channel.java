package org.newsalert.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * Where a subscription's alerts go: an email address, or a webhook URL whose requests are signed
 * with a shared secret. The secret travels in the subscriptions topic (delivery needs it) but never
 * in {@code toString}, logs or API responses.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Channel.Email.class, name = "email"),
    @JsonSubTypes.Type(value = Channel.Webhook.class, name = "webhook")
})
public sealed interface Channel permits Channel.Email, Channel.Webhook {

    /** The address or URL, safe to show and log. */
    String destination();

    static Channel email(String address) {
        return new Email(address);
    }

    static Channel webhook(String url, String secret) {
        return new Webhook(url, secret);
    }

    record Email(String address) implements Channel {
        public Email {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String destination() {
            return address;
        }
    }

    record Webhook(String url, String secret) implements Channel {
        public Webhook {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String destination() {
            return url;
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=***]";
        }
    }
}
