package org.newsalert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.Channel;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Json;
import org.newsalert.events.Subscription;
import org.newsalert.events.Tag;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.notify.delivery.DeliveryConfig;
import org.newsalert.notify.delivery.DeliveryEngine;
import org.newsalert.notify.delivery.SmtpSettings;
import org.newsalert.notify.delivery.WebhookSignature;
import org.newsalert.notify.digest.DigestAssembler;
import org.newsalert.notify.digest.DigestTopics;
import org.newsalert.notify.matching.Matcher;
import org.newsalert.notify.subscription.InMemorySubscriptionStore;
import org.newsalert.notify.subscription.SubscriptionMatcher;
import org.newsalert.testing.KafkaCluster;
import org.newsalert.testing.TestKafka;

/**
 * Digests end to end on a real broker: matcher, digest assembler and delivery engine with a clock the
 * test moves, a webhook receiver and an SMTP server.
 */
class DigestIT {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String UNSUBSCRIBE_KEY = Base64.getEncoder().encodeToString("unsubscribe-key-for-digest-it-32b!".getBytes());

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** A clock the test sets. */
    private static final class SetClock extends Clock {
        final AtomicReference<Instant> now;

        SetClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private final SetClock clock = new SetClock(Instant.parse("2025-12-09T10:00:00Z"));
    private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
    private final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final List<AutoCloseable> running = new ArrayList<>();
    private KafkaCluster kafka;
    private HttpServer receiver;
    private String hookUrl;

    @BeforeEach
    void setUp() throws IOException {
        kafka = TestKafka.dedicated(false);
        TopicCreator.ensure(kafka.bootstrapServers(), (short) 1, NotifyService.topics());
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(2));
        receiver.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            received.computeIfAbsent(ex.getRequestHeaders().getFirst("webhook-id"), k -> new CopyOnWriteArrayList<>()).add(body);
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        receiver.stop(0);
        kafka.close();
    }

    private Subscription subscribe(String id, String query, Channel channel, Subscription.Mode mode) {
        return subscribe(id, query, channel, mode, null);
    }

    private Subscription subscribe(String id, String query, Channel channel, Subscription.Mode mode, String timeZone) {
        Subscription s = new Subscription(id, "alice", query, channel, mode, clock.instant(), true, null, timeZone);
        store.put(s);
        return s;
    }

    private DigestAssembler startAssembler() {
        DigestAssembler a = new DigestAssembler(kafka.bootstrapServers(), "it-digest", DigestTopics.catalogue(), store, clock, Duration.ofMillis(200));
        a.start();
        running.add(a);
        return a;
    }

    @Test
    void shouldSendOneDigestPerPeriodGroupedByStoryAcrossAssemblerRestarts() throws Exception {
        String bootstrap = kafka.bootstrapServers();
        subscribe("daily-hook", "bill:hr6508-119", Channel.webhook(hookUrl, WebhookSignature.newSecret()), Subscription.Mode.DAILY);
        subscribe("daily-mail", "member:\"Mike Lee\"", Channel.email("alice@example.org"), Subscription.Mode.DAILY);
        subscribe("weekly-hook", "bill:hr6508-119", Channel.webhook(hookUrl, WebhookSignature.newSecret()), Subscription.Mode.WEEKLY);
        subscribe("deleted", "bill:hr6508-119", Channel.webhook(hookUrl, WebhookSignature.newSecret()), Subscription.Mode.DAILY);
        subscribe("now", "bill:hr6508-119", Channel.webhook(hookUrl, WebhookSignature.newSecret()), Subscription.Mode.DEVELOPMENTS);

        Matcher matcher = new Matcher(bootstrap, "it-matcher", new SubscriptionMatcher(store), clock);
        matcher.start();
        running.add(matcher);
        DeliveryConfig delivery = DeliveryConfig.defaults(bootstrap, UNSUBSCRIBE_KEY)
                .withGroupId("it-delivery")
                .withWebhooks(Duration.ofSeconds(2), "loopback")
                .withSmtp(SmtpSettings.plain("127.0.0.1", greenMail.getSmtp().getPort(), "alerts@example.org"));
        DeliveryEngine engine = DeliveryEngine.create(delivery, null, clock);
        engine.start();
        running.add(engine);
        DigestAssembler first = startAssembler();

        DevelopmentDetected seed1 = SeedStory.introduced();
        DevelopmentDetected other = otherStory("farm1", "The Senate Agriculture Committee added H.R. 6508's language to the farm bill.");
        produce(seed1);
        await(() -> first.openPeriods().contains("daily-hook daily 2025-12-09 (1 items)"));
        clock.now.set(Instant.parse("2025-12-09T10:01:00Z")); // stories are ordered by their first match
        produce(other);
        await(() -> first.openPeriods().equals(List.of(
                "daily-hook daily 2025-12-09 (2 items)", "daily-mail daily 2025-12-09 (1 items)",
                "deleted daily 2025-12-09 (2 items)", "weekly-hook weekly 2025-W50 (2 items)")));
        String nowKey = AlertMatched.keyFor(seed1.id(), "now", org.newsalert.events.DeliveryTarget.Kind.WEBHOOK);
        await(() -> received.containsKey(nowKey)); // mode developments is not held back

        // A restart mid-period: the open items were not committed, the new assembler reads them again.
        first.close();
        running.remove(first);
        DevelopmentDetected seed4 = SeedStory.committeeAction();
        clock.now.set(Instant.parse("2025-12-09T10:02:00Z"));
        produce(seed4);
        DigestAssembler second = startAssembler();
        await(() -> second.openPeriods().equals(List.of(
                "daily-hook daily 2025-12-09 (3 items)", "daily-mail daily 2025-12-09 (2 items)",
                "deleted daily 2025-12-09 (3 items)", "weekly-hook weekly 2025-W50 (3 items)")));
        store.delete("deleted");

        // Past the period's end, and past the minute a subscription missing from the store is waited for.
        clock.now.set(Instant.parse("2025-12-10T00:01:05Z"));
        String hookKey = AlertMatched.keyFor("digest:daily:2025-12-09", "daily-hook", org.newsalert.events.DeliveryTarget.Kind.WEBHOOK);
        await(() -> received.containsKey(hookKey) && greenMail.getReceivedMessages().length == 1);

        JsonNode hook = Json.mapper().readTree(received.get(hookKey).get(0));
        assertThat(hook.path("type").asText()).isEqualTo("digest");
        JsonNode data = hook.path("data");
        assertThat(data.path("period").path("label").asText()).isEqualTo("2025-12-09");
        assertThat(data.path("developmentCount").asInt()).isEqualTo(3);
        assertThat(data.path("storyCount").asInt()).isEqualTo(2);
        List<String> stories = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        data.path("stories").forEach(s -> {
            stories.add(s.path("storyId").asText());
            s.path("developments").forEach(d -> articles.add(d.path("development").path("articleId").asText()));
        });
        assertThat(stories).containsExactly(SeedStory.STORY, "story-farm");
        assertThat(articles).containsExactly("seed1", "seed4", "farm1");

        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("[newsalert] 2 developments in 1 story \u2014 daily digest for 9 Dec 2025");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("alice@example.org");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        // Another restart after the hand-off, then an item of the new day: once the assembler holds it, it
        // has read everything before it, and must not have made any digest again.
        await(() -> !second.openPeriods().toString().contains("daily 2025-12-09"));
        second.close();
        running.remove(second);
        DigestAssembler third = startAssembler();
        produce(otherStory("farm2", "The farm bill passed the Senate."));
        await(() -> third.openPeriods().contains("daily-hook daily 2025-12-10 (1 items)"));
        assertThat(third.openPeriods()).containsExactly(
                "daily-hook daily 2025-12-10 (1 items)", "weekly-hook weekly 2025-W50 (4 items)");

        List<String> digests = committedAlerts(bootstrap).stream()
                .filter(AlertMatched::hasDigest).map(a -> a.subscriptionId() + " " + a.digest().period()).toList();
        assertThat(digests).containsExactlyInAnyOrder("daily-hook 2025-12-09", "daily-mail 2025-12-09");
        assertThat(received.get(hookKey)).hasSize(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void shouldSendADailyDigestAtMidnightInTheSubscriptionsTimeZone() throws Exception {
        String bootstrap = kafka.bootstrapServers();
        subscribe("tokyo", "bill:hr6508-119", Channel.webhook(hookUrl, WebhookSignature.newSecret()), Subscription.Mode.DAILY, "Asia/Tokyo");
        subscribe("utc", "bill:hr6508-119", Channel.webhook(hookUrl, WebhookSignature.newSecret()), Subscription.Mode.DAILY);
        Matcher matcher = new Matcher(bootstrap, "it-matcher", new SubscriptionMatcher(store), clock);
        matcher.start();
        running.add(matcher);
        DeliveryEngine engine = DeliveryEngine.create(DeliveryConfig.defaults(bootstrap, UNSUBSCRIBE_KEY)
                .withGroupId("it-delivery").withWebhooks(Duration.ofSeconds(2), "loopback"), null, clock);
        engine.start();
        running.add(engine);
        DigestAssembler assembler = startAssembler();

        produce(SeedStory.introduced()); // matched at 10:00 UTC: 19:00 on 9 Dec in Tokyo
        await(() -> assembler.openPeriods().equals(List.of("tokyo daily 2025-12-09 (1 items)", "utc daily 2025-12-09 (1 items)")));

        clock.now.set(Instant.parse("2025-12-09T15:00:01Z")); // Tokyo's midnight; UTC's 9 Dec is still open
        String tokyoKey = AlertMatched.keyFor("digest:daily:2025-12-09", "tokyo", org.newsalert.events.DeliveryTarget.Kind.WEBHOOK);
        await(() -> received.containsKey(tokyoKey));
        JsonNode period = Json.mapper().readTree(received.get(tokyoKey).get(0)).path("data").path("period");
        assertThat(period.path("label").asText()).isEqualTo("2025-12-09");
        assertThat(period.path("timeZone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(period.path("start").asText()).isEqualTo("2025-12-08T15:00:00Z");
        assertThat(period.path("end").asText()).isEqualTo("2025-12-09T15:00:00Z");
        await(() -> !assembler.openPeriods().toString().contains("tokyo"));
        assertThat(assembler.openPeriods()).containsExactly("utc daily 2025-12-09 (1 items)");
        assertThat(received).hasSize(1);
    }

    /** Every committed record of the alerts topic, read up to the end offsets as of now. */
    private static List<AlertMatched> committedAlerts(String bootstrap) {
        List<AlertMatched> out = new ArrayList<>();
        try (var c = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap, "isolation.level", "read_committed"),
                new StringDeserializer(), Topics.ALERTS.valueSerde().deserializer())) {
            List<TopicPartition> parts = c.partitionsFor(Topics.ALERTS.name()).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
            }
        }
        return out;
    }

    private static DevelopmentDetected otherStory(String article, String sentence) {
        return new DevelopmentDetected(DevelopmentDetected.idFor("story-farm", article), "story-farm", article, ArticleKind.DEVELOPMENT,
                "committee_action", List.of(sentence), "Farm bill picks up the NATO withdrawal language",
                List.of("hr6508-119"), List.of(new Tag(Tag.Type.BILL, "hr6508-119", "H.R. 6508")), "Article " + article,
                "https://farm.example.org/" + article, "Farm Wire", Instant.parse("2025-12-09T09:00:00Z"), List.of("Farm Wire"));
    }

    private void produce(DevelopmentDetected... ds) throws Exception {
        try (var p = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all"),
                new StringSerializer(), Topics.DEVELOPMENTS.valueSerde().serializer())) {
            for (DevelopmentDetected d : ds) {
                p.send(new ProducerRecord<>(Topics.DEVELOPMENTS.name(), d.storyId(), d)).get();
            }
        }
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within " + WAIT);
            }
            Thread.sleep(100);
        }
    }
}
