package org.newsalert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.notify.api.ApiTokens;
import org.newsalert.notify.delivery.DeliveryConfig;

class NotifyConfigTest {
    private static final String KEY = Base64.getEncoder().encodeToString("unsubscribe-key-for-tests-only-32b!".getBytes());

    @Test
    void shouldReadItsOwnKeysAndTheDeliveryKeysFromOneSource() {
        String token = ApiTokens.generate();
        NotifyConfig c = NotifyConfig.from(ConfigSource.ofMap(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", KEY,
                "NEWSALERT_API_PORT", "9090",
                "NEWSALERT_API_TOKENS", "alice=" + ApiTokens.hash(token),
                "NEWSALERT_OUTBOUND_ALLOW", "loopback",
                "NEWSALERT_NOTIFY_LOG_QUERY", "  nato  ")));

        assertThat(c.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(c.apiHost()).isEqualTo("0.0.0.0");
        assertThat(c.apiPort()).isEqualTo(9090);
        assertThat(c.apiTokens().ownerOf(token)).contains("alice");
        assertThat(c.delivery().outboundAllowList()).isEqualTo("loopback");
        assertThat(c.matcherGroup()).isEqualTo("newsalert-notify-matcher");
        assertThat(c.logQuery()).isEqualTo("nato");
    }

    @Test
    void shouldListEveryKeyOnceWithADescription() {
        assertThat(NotifyConfig.KEYS).extracting(DeliveryConfig.Key::env).doesNotHaveDuplicates()
                .contains("NEWSALERT_API_PORT", "NEWSALERT_API_TOKENS", "NEWSALERT_OUTBOUND_ALLOW", "NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY",
                        "NEWSALERT_NOTIFY_SMTP_HOST", "NEWSALERT_NOTIFY_LOG_QUERY", "KAFKA_BOOTSTRAP_SERVERS");
        assertThat(NotifyConfig.KEYS).allSatisfy(k -> assertThat(k.description()).isNotBlank());
    }

    @Test
    void shouldNameTheKeyOfAnInvalidValue() {
        assertThatThrownBy(() -> NotifyConfig.from(ConfigSource.ofMap(Map.of())))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY is required");
        assertThatThrownBy(() -> NotifyConfig.from(ConfigSource.ofMap(Map.of("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", KEY, "NEWSALERT_API_TOKENS", "alice"))))
                .isInstanceOf(ConfigException.class).hasMessage("NEWSALERT_API_TOKENS is invalid: API token entry 1 is not owner=sha256hex");
        assertThatThrownBy(() -> NotifyConfig.from(ConfigSource.ofMap(Map.of("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", KEY, "NEWSALERT_API_PORT", "http"))))
                .isInstanceOf(ConfigException.class).hasMessage("NEWSALERT_API_PORT must be an integer, was 'http'");
    }

    @Test
    void shouldKeepAGeneratedUnsubscribeKeyForLocalRuns(@TempDir Path state) throws Exception {
        NotifyConfig first = NotifyConfig.local(ConfigSource.ofMap(Map.of()), state);
        NotifyConfig second = NotifyConfig.local(ConfigSource.ofMap(Map.of()), state);

        assertThat(Base64.getDecoder().decode(first.delivery().unsubscribeKey())).hasSize(32);
        assertThat(second.delivery().unsubscribeKey()).isEqualTo(first.delivery().unsubscribeKey())
                .isEqualTo(Files.readString(state.resolve("unsubscribe.key")));
    }
}
