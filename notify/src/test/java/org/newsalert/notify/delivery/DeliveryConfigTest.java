package org.newsalert.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryConfigTest {
    private static final Map<String, String> MINIMAL = Map.of("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY);

    @Test
    void shouldUseDefaultsWithSvixScheduleAndNoEmail() {
        DeliveryConfig c = DeliveryConfig.fromEnv(MINIMAL);

        assertThat(c.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(c.retrySchedule().delays()).isEqualTo(RetrySchedule.svix().delays());
        assertThat(c.retrySchedule().jitter()).isEqualTo(0.2);
        assertThat(c.webhookTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.smtp()).isNull();
        assertThat(c.topics()).isEqualTo(DeliveryTopics.catalogue());
        assertThat(c.toString()).doesNotContain(TestAlerts.UNSUBSCRIBE_KEY);
    }

    @Test
    void shouldReadSmtpSettingsAndKeepThePasswordOutOfToString() {
        DeliveryConfig c = DeliveryConfig.fromEnv(Map.of("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY,
                "NEWSALERT_NOTIFY_SMTP_HOST", "smtp.example.org", "NEWSALERT_NOTIFY_SMTP_PORT", "2525", "NEWSALERT_NOTIFY_SMTP_USERNAME", "u",
                "NEWSALERT_NOTIFY_SMTP_PASSWORD", "hunter2", "NEWSALERT_NOTIFY_SMTP_STARTTLS", "true"));

        assertThat(c.smtp()).isEqualTo(new SmtpSettings("smtp.example.org", 2525, "newsalert@localhost", "u", "hunter2", true,
                Duration.ofSeconds(10), Duration.ofSeconds(30)));
        assertThat(c.toString()).doesNotContain("hunter2");
    }

    @Test
    void shouldNameTheKeyOfAMissingOrInvalidValue() {
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of())).hasMessageStartingWith("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY is required");
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", "c2hvcnQ=")))
                .hasMessageStartingWith("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY is invalid");
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY, "NEWSALERT_NOTIFY_RETRY_SCHEDULE", "5s,soon")))
                .hasMessageStartingWith("NEWSALERT_NOTIFY_RETRY_SCHEDULE is invalid ('5s,soon')");
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY, "NEWSALERT_OUTBOUND_ALLOW", "intranet")))
                .hasMessageStartingWith("NEWSALERT_OUTBOUND_ALLOW is invalid");
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY,
                "NEWSALERT_NOTIFY_SMTP_HOST", "h", "NEWSALERT_NOTIFY_SMTP_PORT", "99999"))).hasMessageStartingWith("NEWSALERT_NOTIFY_SMTP_PORT is invalid");
    }
}
