package org.newsalert.notify.delivery;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.newsalert.events.config.ConfigSource;

/**
 * Settings of the delivery side of notify, read through {@link ConfigSource} (environment over a
 * properties file; the table in {@link #KEYS} is the single place where names, defaults and
 * descriptions live) and validated at start with the key's name in the error.
 *
 * @param smtp null when email is not configured (email alerts are then rejected)
 * @param outboundAllowList extra addresses webhooks may reach ({@code loopback}, CIDRs); empty = public only
 * @param unsubscribeKey Base64 of at least 32 bytes, the HMAC key of unsubscribe tokens
 */
public record DeliveryConfig(
        String bootstrapServers,
        String groupId,
        DeliveryTopics topics,
        RetrySchedule retrySchedule,
        int threads,
        int perEndpoint,
        int maxInFlight,
        Duration pollInterval,
        Duration drainTimeout,
        Duration webhookTimeout,
        String outboundAllowList,
        SmtpSettings smtp,
        URI unsubscribeUrl,
        String unsubscribeKey) {

    /** One configuration key: its environment variable, default and meaning. */
    public record Key(String env, String defaultValue, String description) {}

    public static final List<Key> KEYS = List.of(
            new Key("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092", "Kafka bootstrap servers"),
            new Key("NEWSALERT_NOTIFY_DELIVERY_GROUP", "newsalert-notify-delivery", "consumer group of the delivery engine"),
            new Key("NEWSALERT_NOTIFY_RETRY_SCHEDULE", "5s,5m,30m,2h,5h,10h,10h", "delays between attempts after the first; then the alert is parked"),
            new Key("NEWSALERT_NOTIFY_RETRY_JITTER", "0.2", "random spread of each retry delay, as a fraction"),
            new Key("NEWSALERT_NOTIFY_DELIVERY_THREADS", "16", "sending threads in all"),
            new Key("NEWSALERT_NOTIFY_DELIVERY_PER_ENDPOINT", "2", "concurrent sends to one webhook host or to the SMTP relay"),
            new Key("NEWSALERT_NOTIFY_DELIVERY_MAX_IN_FLIGHT", "1000", "alerts being delivered before the engine stops reading"),
            new Key("NEWSALERT_NOTIFY_WEBHOOK_TIMEOUT", "10s", "deadline of one webhook attempt"),
            new Key("NEWSALERT_OUTBOUND_ALLOW", "", "addresses webhooks (and ingest's fetches) may reach beyond public ones (loopback, CIDRs)"),
            new Key("NEWSALERT_NOTIFY_SMTP_HOST", "", "SMTP relay host; empty disables email"),
            new Key("NEWSALERT_NOTIFY_SMTP_PORT", "587", "SMTP relay port"),
            new Key("NEWSALERT_NOTIFY_SMTP_FROM", "newsalert@localhost", "sender address"),
            new Key("NEWSALERT_NOTIFY_SMTP_USERNAME", "", "SMTP user; empty for an open relay"),
            new Key("NEWSALERT_NOTIFY_SMTP_PASSWORD", "", "SMTP password"),
            new Key("NEWSALERT_NOTIFY_SMTP_STARTTLS", "true", "require STARTTLS"),
            new Key("NEWSALERT_NOTIFY_UNSUBSCRIBE_URL", "http://localhost:8080/unsubscribe", "public one-click unsubscribe endpoint"),
            new Key("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", "", "Base64 HMAC key (>= 32 bytes) signing unsubscribe tokens; required"));

    public DeliveryConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(retrySchedule, "retrySchedule");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        Objects.requireNonNull(webhookTimeout, "webhookTimeout");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        outboundAllowList = outboundAllowList == null ? "" : outboundAllowList;
        if (threads < 1 || perEndpoint < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("threads, perEndpoint and maxInFlight must be >= 1");
        }
    }

    /** Defaults for everything but the broker and the unsubscribe key; no email. */
    public static DeliveryConfig defaults(String bootstrapServers, String unsubscribeKey) {
        return new DeliveryConfig(bootstrapServers, "newsalert-notify-delivery", DeliveryTopics.catalogue(), RetrySchedule.svix(),
                16, 2, 1000, Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(10), "", null,
                URI.create("http://localhost:8080/unsubscribe"), unsubscribeKey);
    }

    /** Reads {@link #KEYS} from explicit values (env-style names), e.g. in tests. */
    public static DeliveryConfig fromEnv(Map<String, String> env) {
        return from(ConfigSource.ofMap(env));
    }

    public static DeliveryConfig from(ConfigSource source) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Key k : KEYS) {
            String s = k.env().equals("KAFKA_BOOTSTRAP_SERVERS") ? source.bootstrapServers() : source.string(k.env(), null);
            v.put(k.env(), s == null || s.isBlank() ? k.defaultValue() : s.trim());
        }
        if (v.get("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY").isEmpty()) {
            throw new IllegalArgumentException("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY is required (Base64 of at least 32 random bytes)");
        }
        SmtpSettings smtp = null;
        if (!v.get("NEWSALERT_NOTIFY_SMTP_HOST").isEmpty()) {
            smtp = parse(v, "NEWSALERT_NOTIFY_SMTP_PORT", s -> new SmtpSettings(v.get("NEWSALERT_NOTIFY_SMTP_HOST"), Integer.parseInt(s), v.get("NEWSALERT_NOTIFY_SMTP_FROM"),
                    v.get("NEWSALERT_NOTIFY_SMTP_USERNAME"), v.get("NEWSALERT_NOTIFY_SMTP_PASSWORD"), Boolean.parseBoolean(v.get("NEWSALERT_NOTIFY_SMTP_STARTTLS")),
                    Duration.ofSeconds(10), Duration.ofSeconds(30)));
        }
        double jitter = parse(v, "NEWSALERT_NOTIFY_RETRY_JITTER", Double::parseDouble);
        DeliveryConfig c = new DeliveryConfig(
                v.get("KAFKA_BOOTSTRAP_SERVERS"),
                v.get("NEWSALERT_NOTIFY_DELIVERY_GROUP"),
                DeliveryTopics.catalogue(),
                parse(v, "NEWSALERT_NOTIFY_RETRY_SCHEDULE", s -> RetrySchedule.parse(s, jitter)),
                parse(v, "NEWSALERT_NOTIFY_DELIVERY_THREADS", Integer::parseInt),
                parse(v, "NEWSALERT_NOTIFY_DELIVERY_PER_ENDPOINT", Integer::parseInt),
                parse(v, "NEWSALERT_NOTIFY_DELIVERY_MAX_IN_FLIGHT", Integer::parseInt),
                Duration.ofMillis(100),
                Duration.ofSeconds(30),
                parse(v, "NEWSALERT_NOTIFY_WEBHOOK_TIMEOUT", s -> RetrySchedule.parse(s, 0).delays().get(0)),
                v.get("NEWSALERT_OUTBOUND_ALLOW"),
                smtp,
                parse(v, "NEWSALERT_NOTIFY_UNSUBSCRIBE_URL", URI::create),
                v.get("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY"));
        parse(v, "NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", s -> c.tokens());
        parse(v, "NEWSALERT_OUTBOUND_ALLOW", s -> org.newsalert.outbound.AddressPolicy.allowing(s));
        return c;
    }

    public UnsubscribeTokens tokens() {
        return new UnsubscribeTokens(Base64.getDecoder().decode(unsubscribeKey));
    }

    public DeliveryConfig withTopics(DeliveryTopics t) {
        return new DeliveryConfig(bootstrapServers, groupId, t, retrySchedule, threads, perEndpoint, maxInFlight, pollInterval,
                drainTimeout, webhookTimeout, outboundAllowList, smtp, unsubscribeUrl, unsubscribeKey);
    }

    public DeliveryConfig withBootstrapServers(String b) {
        return new DeliveryConfig(b, groupId, topics, retrySchedule, threads, perEndpoint, maxInFlight, pollInterval,
                drainTimeout, webhookTimeout, outboundAllowList, smtp, unsubscribeUrl, unsubscribeKey);
    }

    public DeliveryConfig withGroupId(String g) {
        return new DeliveryConfig(bootstrapServers, g, topics, retrySchedule, threads, perEndpoint, maxInFlight, pollInterval,
                drainTimeout, webhookTimeout, outboundAllowList, smtp, unsubscribeUrl, unsubscribeKey);
    }

    public DeliveryConfig withRetrySchedule(RetrySchedule r) {
        return new DeliveryConfig(bootstrapServers, groupId, topics, r, threads, perEndpoint, maxInFlight, pollInterval,
                drainTimeout, webhookTimeout, outboundAllowList, smtp, unsubscribeUrl, unsubscribeKey);
    }

    public DeliveryConfig withWebhooks(Duration timeout, String allowList) {
        return new DeliveryConfig(bootstrapServers, groupId, topics, retrySchedule, threads, perEndpoint, maxInFlight, pollInterval,
                drainTimeout, timeout, allowList, smtp, unsubscribeUrl, unsubscribeKey);
    }

    public DeliveryConfig withSmtp(SmtpSettings s) {
        return new DeliveryConfig(bootstrapServers, groupId, topics, retrySchedule, threads, perEndpoint, maxInFlight, pollInterval,
                drainTimeout, webhookTimeout, outboundAllowList, s, unsubscribeUrl, unsubscribeKey);
    }

    private static <T> T parse(Map<String, String> v, String key, Function<String, T> f) {
        try {
            return f.apply(v.get(key));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " is invalid ('" + v.get(key) + "'): " + e.getMessage(), e);
        }
    }

    /** Never prints the SMTP password or the unsubscribe key. */
    @Override
    public String toString() {
        return "DeliveryConfig[" + bootstrapServers + " group " + groupId + ", " + retrySchedule.maxAttempts() + " attempts, "
                + threads + " threads, " + perEndpoint + " per endpoint, webhook timeout " + webhookTimeout
                + ", allow " + (outboundAllowList.isEmpty() ? "public only" : outboundAllowList) + ", smtp " + smtp + "]";
    }
}
