package org.newsalert.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.notify.api.ApiTokens;
import org.newsalert.notify.delivery.DeliveryConfig;

/**
 * The notify service's settings: its own (API, matcher, log channel) plus the delivery engine's
 * ({@link DeliveryConfig}), read through one {@link ConfigSource}. {@link #KEYS} lists them all,
 * with defaults and meanings, for the README's configuration table.
 *
 * @param logQuery when set, a built-in subscription with this query whose alerts are printed to the
 *     console instead of sent anywhere (the demo's channel)
 */
public record NotifyConfig(
        DeliveryConfig delivery,
        String matcherGroup,
        String apiHost,
        int apiPort,
        ApiTokens apiTokens,
        String logQuery,
        short replicationFactor,
        String digestGroup) {

    public static final List<DeliveryConfig.Key> OWN_KEYS = List.of(
            new DeliveryConfig.Key("NEWSALERT_API_HOST", "0.0.0.0", "interface the subscriptions API listens on"),
            new DeliveryConfig.Key("NEWSALERT_API_PORT", "8080", "port of the subscriptions API (0 picks a free one)"),
            new DeliveryConfig.Key("NEWSALERT_API_TOKENS", "", "API tokens as owner=sha256hex,...; empty refuses every API request"),
            new DeliveryConfig.Key("NEWSALERT_NOTIFY_MATCHER_GROUP", "newsalert-notify-matcher", "consumer group matching developments to subscriptions"),
            new DeliveryConfig.Key("NEWSALERT_NOTIFY_DIGEST_GROUP", "newsalert-notify-digest", "consumer group gathering daily/weekly digests"),
            new DeliveryConfig.Key("NEWSALERT_NOTIFY_LOG_QUERY", "", "query of a built-in subscription printed to the console (demo); empty for none"),
            new DeliveryConfig.Key("NEWSALERT_TOPIC_REPLICATION", "1", "replication of topics created at start-up"));

    /** Every key notify reads: its own, then the delivery engine's. */
    public static final List<DeliveryConfig.Key> KEYS = concat(OWN_KEYS, DeliveryConfig.KEYS);

    public NotifyConfig {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(matcherGroup, "matcherGroup");
        Objects.requireNonNull(apiHost, "apiHost");
        Objects.requireNonNull(apiTokens, "apiTokens");
        Objects.requireNonNull(digestGroup, "digestGroup");
        logQuery = logQuery == null ? "" : logQuery.strip();
        if (apiPort < 0 || apiPort > 65535) {
            throw new ConfigException("NEWSALERT_API_PORT must be 0 to 65535, was " + apiPort);
        }
    }

    public static NotifyConfig from(ConfigSource c) {
        DeliveryConfig delivery;
        try {
            delivery = DeliveryConfig.from(c);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        ApiTokens tokens;
        try {
            tokens = ApiTokens.parse(c.string("NEWSALERT_API_TOKENS", ""));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("NEWSALERT_API_TOKENS is invalid: " + e.getMessage());
        }
        return new NotifyConfig(
                delivery,
                c.string("NEWSALERT_NOTIFY_MATCHER_GROUP", "newsalert-notify-matcher"),
                c.string("NEWSALERT_API_HOST", "0.0.0.0"),
                c.integer("NEWSALERT_API_PORT", 8080),
                tokens,
                c.string("NEWSALERT_NOTIFY_LOG_QUERY", ""),
                (short) c.integer("NEWSALERT_TOPIC_REPLICATION", 1),
                c.string("NEWSALERT_NOTIFY_DIGEST_GROUP", "newsalert-notify-digest"));
    }

    /**
     * As {@link #from}, but for a local run: without {@code NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY} a key
     * is generated once into {@code stateDir/unsubscribe.key} and reused, so links keep working
     * across restarts.
     */
    public static NotifyConfig local(ConfigSource c, Path stateDir) {
        if (c.string("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", null) != null) {
            return from(c);
        }
        Path file = stateDir.resolve("unsubscribe.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(stateDir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
            }
            return from(c.with(Map.of("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", Files.readString(file).strip())));
        } catch (IOException e) {
            throw new ConfigException("cannot keep the unsubscribe key in " + file + ": " + e.getMessage());
        }
    }

    public String bootstrapServers() {
        return delivery.bootstrapServers();
    }

    public NotifyConfig withDelivery(DeliveryConfig d) {
        return new NotifyConfig(d, matcherGroup, apiHost, apiPort, apiTokens, logQuery, replicationFactor, digestGroup);
    }

    public NotifyConfig withBootstrapServers(String servers) {
        return withDelivery(delivery.withBootstrapServers(servers));
    }

    public NotifyConfig withApi(String host, int port, ApiTokens tokens) {
        return new NotifyConfig(delivery, matcherGroup, host, port, tokens, logQuery, replicationFactor, digestGroup);
    }

    public NotifyConfig withLogQuery(String query) {
        return new NotifyConfig(delivery, matcherGroup, apiHost, apiPort, apiTokens, query, replicationFactor, digestGroup);
    }

    private static List<DeliveryConfig.Key> concat(List<DeliveryConfig.Key> a, List<DeliveryConfig.Key> b) {
        List<DeliveryConfig.Key> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
