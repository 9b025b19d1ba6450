package org.newsalert.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryConfigTest {
    private static final Map<String, String> MINIMAL = Map.of("NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY);

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
        DeliveryConfig c = DeliveryConfig.fromEnv(Map.of("NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY,
                "NOTIFY_SMTP_HOST", "smtp.example.org", "NOTIFY_SMTP_PORT", "2525", "NOTIFY_SMTP_USERNAME", "u",
                "NOTIFY_SMTP_PASSWORD", "hunter2", "NOTIFY_SMTP_STARTTLS", "true"));

        assertThat(c.smtp()).isEqualTo(new SmtpSettings("smtp.example.org", 2525, "newsalert@localhost", "u", "hunter2", true,
                Duration.ofSeconds(10), Duration.ofSeconds(30)));
        assertThat(c.toString()).doesNotContain("hunter2");
    }

    @Test
    void shouldNameTheKeyOfAMissingOrInvalidValue() {
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of())).hasMessageStartingWith("NOTIFY_UNSUBSCRIBE_KEY is required");
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of("NOTIFY_UNSUBSCRIBE_KEY", "c2hvcnQ=")))
                .hasMessageStartingWith("NOTIFY_UNSUBSCRIBE_KEY is invalid");
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of("NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY, "NOTIFY_RETRY_SCHEDULE", "5s,soon")))
                .hasMessageStartingWith("NOTIFY_RETRY_SCHEDULE is invalid ('5s,soon')");
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of("NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY, "NOTIFY_OUTBOUND_ALLOW", "intranet")))
                .hasMessageStartingWith("NOTIFY_OUTBOUND_ALLOW is invalid");
        assertThatThrownBy(() -> DeliveryConfig.fromEnv(Map.of("NOTIFY_UNSUBSCRIBE_KEY", TestAlerts.UNSUBSCRIBE_KEY,
                "NOTIFY_SMTP_HOST", "h", "NOTIFY_SMTP_PORT", "99999"))).hasMessageStartingWith("NOTIFY_SMTP_PORT is invalid");
    }
}
