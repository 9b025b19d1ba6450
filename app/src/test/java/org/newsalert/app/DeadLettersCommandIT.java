package org.newsalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.AlertPending;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Tag;
import org.newsalert.events.TopicCreator;
import org.newsalert.notify.delivery.DeliveryTopics;
import org.newsalert.testing.Records;
import org.newsalert.testing.TestKafka;
import picocli.CommandLine;

/**
 * {@code dead-letters redrive} as an operator runs it: against a cluster whose dead-letter topic holds
 * parked alerts of two subscriptions and one record that is not an alert, with and without
 * {@code --subscription}. Topic names are prefixed, so the shared test broker's other tests are not disturbed.
 */
class DeadLettersCommandIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void shouldRedriveOnlyTheChosenSubscriptionsAlertsAndSayWhichItWrote() throws Exception {
        String bootstrap = TestKafka.shared().bootstrapServers();
        // The command uses the catalogue's topic names; ids unique to this run keep other tests' records apart.
        DeliveryTopics topics = DeliveryTopics.catalogue();
        TopicCreator.ensure(bootstrap, (short) 1, topics.all());
        String run = Long.toString(System.nanoTime(), 36);
        AlertMatched a1 = alert("art-1-" + run, "sub-a-" + run);
        AlertMatched a2 = alert("art-2-" + run, "sub-b-" + run);
        AlertMatched a3 = alert("art-3-" + run, "sub-a-" + run);

        var serde = topics.deadLetters().valueSerde();
        try (var p = new KafkaProducer<>(producerProps(bootstrap), new StringSerializer(), serde.serializer())) {
            for (AlertMatched a : List.of(a1, a2, a3)) {
                p.send(new ProducerRecord<>(topics.deadLetters().name(), a.key(), letter(topics, a, "gave up after 3 attempts")));
            }
            p.send(new ProducerRecord<>(topics.deadLetters().name(), "junk-" + run, new DeadLetter("notify", topics.alerts().name(), 0, 7,
                    "junk-" + run, "{not json", "unreadable record", Instant.parse("2025-11-20T15:00:00Z"))));
            p.flush();
        }

        StringWriter out = new StringWriter();
        int rc = Main.commandLine().setOut(new PrintWriter(out))
                .execute("dead-letters", "redrive", "--bootstrap-servers", bootstrap, "--subscription", "sub-a-" + run);

        assertThat(rc).isZero();
        String said = out.toString().strip();
        String prefix = "Re-drove 2 alerts of subscription sub-a-" + run + ": ";
        assertThat(said).startsWith(prefix);
        // dead-letter order within a partition; the two keys may sit in different partitions
        assertThat(said.substring(prefix.length()).split(", ")).containsExactlyInAnyOrder(a1.key(), a3.key());
        List<ConsumerRecord<String, AlertPending>> pending = Records.readUntil(bootstrap, topics.pending(), WAIT,
                l -> l.stream().filter(r -> r.key().equals(a1.key()) || r.key().equals(a3.key())).count() >= 2);
        List<AlertPending> added = pending.stream().map(ConsumerRecord::value)
                .filter(p -> p.alert().subscriptionId().endsWith("-" + run)).toList();
        assertThat(added).extracting(p -> p.alert().key()).containsExactlyInAnyOrder(a1.key(), a3.key());
        assertThat(added).allSatisfy(p -> {
            assertThat(p.attempt()).isEqualTo(1);
            assertThat(p.lastError()).isNull();
        });
    }

    @Test
    void shouldSayWhenNothingMatched() {
        String bootstrap = TestKafka.shared().bootstrapServers();
        TopicCreator.ensure(bootstrap, (short) 1, DeliveryTopics.catalogue().all());
        StringWriter out = new StringWriter();

        int rc = Main.commandLine().setOut(new PrintWriter(out))
                .execute("dead-letters", "redrive", "--bootstrap-servers", bootstrap, "--subscription", "no-such-subscription");

        assertThat(rc).isZero();
        assertThat(out.toString().strip()).isEqualTo("Re-drove 0 alerts of subscription no-such-subscription.");
    }

    private static DeadLetter letter(DeliveryTopics topics, AlertMatched a, String reason) {
        byte[] value = topics.alerts().valueSerde().serializer().serialize(topics.alerts().name(), a);
        return new DeadLetter("notify", topics.alerts().name(), 0, 0, a.key(), new String(value, java.nio.charset.StandardCharsets.UTF_8),
                reason, Instant.parse("2025-11-20T15:00:00Z"));
    }

    private static AlertMatched alert(String articleId, String subscriptionId) {
        DevelopmentDetected d = new DevelopmentDetected(DevelopmentDetected.idFor("story-1", articleId), "story-1", articleId,
                ArticleKind.DEVELOPMENT, "passed_house", List.of("The House passed the extension 310-112 on Thursday."),
                "Farm bill extension", List.of("hr6508-119"), List.of(new Tag(Tag.Type.BILL, "hr6508-119", "H.R. 6508")),
                "House passes H.R. 6508", "https://news.example.org/a/" + articleId, "Example News",
                Instant.parse("2025-11-20T14:30:00Z"), List.of("Example News"));
        return AlertMatched.of(d, DeliveryTarget.webhook(subscriptionId, "https://hooks.example.org/" + subscriptionId,
                "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "bill:hr6508-119"), "bill H.R. 6508 is tagged",
                Instant.parse("2025-11-20T14:31:00Z"));
    }

    private static java.util.Map<String, Object> producerProps(String bootstrap) {
        return java.util.Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all");
    }
}
