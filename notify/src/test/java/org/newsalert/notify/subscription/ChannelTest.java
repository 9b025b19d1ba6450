package org.newsalert.notify.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsalert.events.Channel;
import org.newsalert.events.Subscription;
import org.newsalert.events.Topics;

class ChannelTest {

    @Test
    void shouldKeepTheWebhookSecretOutOfToString() {
        Subscription s = new Subscription("id1", "alice", "nato", Channel.webhook("https://h.example.org/", "topsecret-value-1"),
                null, Instant.EPOCH, true, null);
        assertThat(s.toString()).doesNotContain("topsecret").contains("secret=***", "https://h.example.org/");
        assertThat(s.mode()).isEqualTo(Subscription.Mode.DEVELOPMENTS);
    }

    @Test
    void shouldRoundTripThroughTheTopicSerdeWithTheSecret() {
        var serde = Topics.SUBSCRIPTIONS.valueSerde();
        for (Channel c : new Channel[] {Channel.webhook("https://h.example.org/", "topsecret-value-1"), Channel.email("a@b.org")}) {
            Subscription s = new Subscription("id1", "alice", "nato", c, Subscription.Mode.DAILY, Instant.EPOCH, false, "gone");
            byte[] bytes = serde.serializer().serialize("t", s);
            assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(s);
        }
        String json = new String(serde.serializer().serialize("t", new Subscription("id1", "alice", "nato",
                Channel.email("a@b.org"), Subscription.Mode.ALL, Instant.EPOCH, true, null)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"id\":\"id1\",\"owner\":\"alice\",\"query\":\"nato\",\"channel\":{\"type\":\"email\","
                + "\"address\":\"a@b.org\"},\"mode\":\"all\",\"created\":\"1970-01-01T00:00:00Z\",\"active\":true}");
    }

    @Test
    void shouldKeepTheTimeZoneThroughTheSerdeAndReadSubscriptionsWrittenWithoutOne() {
        var serde = Topics.SUBSCRIPTIONS.valueSerde();
        Subscription s = new Subscription("id1", "alice", "nato", Channel.email("a@b.org"), Subscription.Mode.DAILY, Instant.EPOCH,
                true, null, "Europe/Berlin");
        byte[] bytes = serde.serializer().serialize("t", s);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).endsWith(",\"timeZone\":\"Europe/Berlin\"}");
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(s);
        assertThat(serde.deserializer().deserialize("t", ("{\"id\":\"id1\",\"owner\":\"alice\",\"query\":\"nato\",\"channel\":"
                + "{\"type\":\"email\",\"address\":\"a@b.org\"},\"mode\":\"daily\",\"created\":\"1970-01-01T00:00:00Z\",\"active\":true}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).zone()).isEqualTo(java.time.ZoneId.of("UTC"));
    }
}
