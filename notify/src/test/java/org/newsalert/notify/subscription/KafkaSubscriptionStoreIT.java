package org.newsalert.notify.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsalert.events.Channel;
import org.newsalert.events.Subscription;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.testing.Records;
import org.newsalert.testing.TestKafka;

/**
 * The Kafka-backed store on a real broker. The broker is shared by the test JVM and the topic is the
 * real catalogue topic, so each test uses its own owner and ids and asserts only about those.
 */
class KafkaSubscriptionStoreIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static String bootstrap;

    private final String owner = "owner-" + UUID.randomUUID();

    @BeforeAll
    static void createTopic() {
        bootstrap = TestKafka.shared().bootstrapServers();
        TopicCreator.ensure(bootstrap, (short) 1, List.of(Topics.SUBSCRIPTIONS));
    }

    private static KafkaSubscriptionStore open() {
        return KafkaSubscriptionStore.start(Map.of("bootstrap.servers", bootstrap), TIMEOUT);
    }

    private Subscription subscription(String query, Instant created) {
        return new Subscription(UUID.randomUUID().toString(), owner, query,
                Channel.webhook("https://hooks.example.org/" + query, "secret-0123456789abcdef"),
                Subscription.Mode.DEVELOPMENTS, created, true, null);
    }

    @Test
    void shouldKeepSubscriptionsAcrossARestartAndTombstoneADelete() {
        Subscription nato = subscription("org:NATO", Instant.parse("2025-06-01T10:00:00Z"));
        Subscription bill = subscription("bill:hr6508-119", Instant.parse("2025-06-01T11:00:00Z"));
        try (var store = open()) {
            store.put(nato);
            // Read-your-writes: visible as soon as put returns, no polling.
            assertThat(store.get(nato.id())).contains(nato);
            store.put(bill);
            assertThat(store.byOwner(owner)).containsExactly(nato, bill);
        }

        try (var restarted = open()) {
            assertThat(restarted.get(nato.id())).contains(nato);
            assertThat(restarted.byOwner(owner)).containsExactly(nato, bill);
            assertThat(restarted.delete(nato.id())).isTrue();
            assertThat(restarted.get(nato.id())).isEmpty();
            assertThat(restarted.delete(nato.id())).isFalse();
        }

        try (var again = open()) {
            assertThat(again.get(nato.id())).isEmpty();
            assertThat(again.byOwner(owner)).containsExactly(bill);
        }

        List<ConsumerRecord<String, Subscription>> natoRecords = Records.readUntil(
                        bootstrap, Topics.SUBSCRIPTIONS, TIMEOUT,
                        read -> read.stream().anyMatch(r -> r.key().equals(nato.id()) && r.value() == null))
                .stream().filter(r -> r.key().equals(nato.id())).toList();
        assertThat(natoRecords).extracting(ConsumerRecord::value).containsExactly(nato, null);
    }

    @Test
    void shouldReplaceASubscriptionAndShowOtherInstancesTheChange() throws Exception {
        Subscription s = subscription("topic:defense", Instant.parse("2025-06-02T10:00:00Z"));
        try (var writer = open(); var reader = open()) {
            writer.put(s);
            Subscription disabled = s.disabled("webhook answered 410 Gone");
            writer.put(disabled);
            assertThat(writer.get(s.id())).contains(disabled);
            // Another instance converges without read-your-writes guarantees; give it time.
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!reader.get(s.id()).equals(java.util.Optional.of(disabled)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(reader.get(s.id())).contains(disabled);
        }
    }

    @Test
    void shouldSkipAnUnreadableRecordAndKeepReading() throws Exception {
        String badId = "bad-" + UUID.randomUUID();
        Subscription good = subscription("place:Kentucky", Instant.parse("2025-06-03T10:00:00Z"));
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.SUBSCRIPTIONS.name(), badId,
                    "{not json".getBytes(StandardCharsets.UTF_8))).get();
        }
        try (var store = open()) {
            assertThat(store.get(badId)).isEmpty();
            store.put(good);
        }
        try (var store = open()) {
            assertThat(store.byOwner(owner)).containsExactly(good);
        }
    }
}
