package org.newsalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.EnrichService;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.Channel;
import org.newsalert.events.Json;
import org.newsalert.events.RebuildHeaders;
import org.newsalert.events.StoryUpdated;
import org.newsalert.events.Subscription;
import org.newsalert.events.Topic;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.sample.SampleSite;
import org.newsalert.notify.NotifyConfig;
import org.newsalert.notify.NotifyService;
import org.newsalert.notify.api.ApiTokens;
import org.newsalert.notify.api.SubscriptionClient;
import org.newsalert.notify.matching.TopicBackfill;
import org.newsalert.notify.subscription.SubscriptionRequest;
import org.newsalert.testing.KafkaCluster;
import org.newsalert.testing.TestKafka;

/**
 * {@code replay --since DATE} on a real broker with the real services: the seed story enriched and
 * alerted once, then rebuilt twice, and finally continued live from the rebuilt state. The
 * subscriber must get nothing from a rebuild, the test channel must get the rebuild's alerts, and
 * the live enrich continuing under the rebuild's id must alert on what is new, once.
 */
class StoryRebuildIT {
    private static final String MATCHER_GROUP = "rebuild-it-matcher";
    private static final String DELIVERY_GROUP = "rebuild-it-delivery";
    private static final String FIRST = "715be73ec72489d5";
    private static final String SECOND = "1690def15c59d693";
    private static final String THIRD = "ed7df31b8f441e38";
    private static final String TOKEN = ApiTokens.generate();

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void shouldRebuildStoriesWithoutAlertingSubscribersAgain(@TempDir Path dir) throws Exception {
        try (KafkaCluster kafka = TestKafka.dedicated(false); Hooks hooks = new Hooks()) {
            String bs = kafka.bootstrapServers();
            List<Topic<?, ?>> topics = new ArrayList<>(IngestService.topics());
            topics.addAll(EnrichService.topics());
            topics.addAll(NotifyService.topics());
            TopicCreator.ensure(bs, (short) 1, topics);
            Path enrichProps = Files.writeString(dir.resolve("enrich.properties"), String.join("\n",
                    "enrich.application.id=rebuild-it-enrich", "enrich.state.dir=" + dir.resolve("enrich"), "enrich.reorder.idle=300ms"));
            EnrichConfig live = EnrichConfig.from(ConfigSource.of(enrichProps, Map.of()).with(Map.of("KAFKA_BOOTSTRAP_SERVERS", bs)));

            try (NotifyService notify = NotifyService.start(notifyConfig(bs), System.out)) {
                new SubscriptionClient(URI.create("http://127.0.0.1:" + notify.apiPort()), TOKEN).subscribe(new SubscriptionRequest(
                        "org:nato", SubscriptionRequest.ChannelRequest.webhook(hooks.url("/subscriber"), null), null, null));

                // Live: the three seed articles make one story and one alert.
                EnrichService enrich = EnrichService.start(live);
                try {
                    assertThat(cli("replay", "--bootstrap-servers", bs, SampleSite.writeSeedDump(dir).toString()).rc).isZero();
                    await("the first alert", () -> hooks.received("/subscriber").size() == 1);
                    assertThat(cli("replay", "--since", "2025-01-01", "--bootstrap-servers", bs, "--config", enrichProps.toString()))
                            .as("a rebuild refused while enrich runs")
                            .satisfies(r -> assertThat(r.rc).isEqualTo(1))
                            .satisfies(r -> assertThat(r.err).contains("stop it first"));
                } finally {
                    enrich.close();
                }

                // Rebuild since a date after the first article: only the two later ones, no alert to the subscriber.
                Run first = cli("replay", "--since", "2025-12-10T20:00:00Z", "--bootstrap-servers", bs, "--config", enrichProps.toString());
                assertThat(first.rc).as(first.err).isZero();
                JsonNode s1 = Json.mapper().readTree(first.out.strip());
                String id1 = s1.path("rebuild").asText();
                assertThat(id1).matches("rebuild-it-enrich-rebuild-\\d{14}");
                assertThat(first.err).contains("NEWSALERT_ENRICH_APPLICATION_ID=" + id1);
                assertThat(List.of(s1.path("articles").asLong(), s1.path("stories").asLong(),
                        s1.path("developments").asLong(), s1.path("live_articles").asLong()))
                        .as("articles, stories, developments, live articles").containsExactly(2L, 1L, 1L, 0L);
                Map<String, StoryUpdated> rebuilt1 = storiesOf(bs, id1);
                assertThat(rebuilt1).containsOnlyKeys("story-" + SECOND);
                assertThat(rebuilt1.get("story-" + SECOND).articleIds()).containsExactly(SECOND, THIRD);

                // Rebuild of everything with a test channel: the rebuild's alert goes there, only there.
                Thread.sleep(1000); // rebuild ids have a resolution of one second
                Run second = cli("replay", "--since", "2025-12-10", "--bootstrap-servers", bs, "--config", enrichProps.toString(),
                        "--deliver-to", hooks.url("/test"));
                assertThat(second.rc).as(second.err).isZero();
                JsonNode s2 = Json.mapper().readTree(second.out.strip());
                String id2 = s2.path("rebuild").asText();
                assertThat(List.of(s2.path("articles").asLong(), s2.path("stories").asLong(), s2.path("developments").asLong(),
                        s2.path("live_articles").asLong())).containsExactly(3L, 1L, 1L, 0L);
                assertThat(storiesOf(bs, id2).get("story-" + FIRST).articleIds()).containsExactly(FIRST, SECOND, THIRD);
                await("the rebuild's alert on the test channel", () -> hooks.received("/test").size() == 1);
                JsonNode test = Json.mapper().readTree(hooks.received("/test").get(0)).path("data");
                assertThat(test.path("subscriptionId").asText()).startsWith("rebuild:" + id2 + ":");
                assertThat(test.path("development").path("articleId").asText()).isEqualTo(FIRST);

                awaitNotifyPast(kafka, id1);
                awaitNotifyPast(kafka, id2);
                assertThat(hooks.received("/subscriber")).as("subscriber alerts after two rebuilds").hasSize(1);
                assertThat(hooks.received("/test")).as("test channel alerts").hasSize(1);

                // The live enrich continues from the second rebuild's state: the follow-up joins the
                // rebuilt story as a development and is alerted to the subscriber, once.
                Path followUp = followUp(dir);
                try (EnrichService continued = EnrichService.start(live.withApplicationId(id2))) {
                    assertThat(cli("replay", "--bootstrap-servers", bs, followUp.toString()).rc).isZero();
                    await("the follow-up's alert", () -> hooks.received("/subscriber").size() == 2);
                }
                JsonNode alert = Json.mapper().readTree(hooks.received("/subscriber").get(1)).path("data").path("development");
                assertThat(alert.path("articleId").asText()).isEqualTo("followup-hearing");
                assertThat(alert.path("storyId").asText()).isEqualTo("story-" + FIRST);
                assertThat(alert.path("kind").asText()).isEqualTo(ArticleKind.DEVELOPMENT.name());
                assertThat(hooks.received("/test")).as("test channel after the continuation").hasSize(1);

                // A backfill, like the live matcher, leaves the rebuilds' records out: the two live developments only.
                Subscription late = new Subscription("late-subscriber", "it", "org:nato",
                        Channel.webhook(hooks.url("/late"), "whsec_" + Base64.getEncoder().encodeToString(new byte[32])),
                        Subscription.Mode.DEVELOPMENTS, java.time.Instant.now(), true, null);
                try (TopicBackfill backfill = new TopicBackfill(bs, java.time.Clock.systemUTC())) {
                    assertThat(backfill.run(late, java.time.Instant.parse("2025-12-01T00:00:00Z"))).as("backfilled alerts").isEqualTo(2);
                }
            }
        }
    }

    private record Run(int rc, String out, String err) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int rc = cl.execute(args);
        return new Run(rc, out.toString(), err.toString());
    }

    private static NotifyConfig notifyConfig(String bs) {
        return NotifyConfig.from(ConfigSource.ofMap(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bs,
                "NEWSALERT_API_HOST", "127.0.0.1",
                "NEWSALERT_API_PORT", "0",
                "NEWSALERT_API_TOKENS", "it=" + ApiTokens.hash(TOKEN),
                "NEWSALERT_OUTBOUND_ALLOW", "loopback",
                "NEWSALERT_NOTIFY_MATCHER_GROUP", MATCHER_GROUP,
                "NEWSALERT_NOTIFY_DELIVERY_GROUP", DELIVERY_GROUP,
                "NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", Base64.getEncoder().encodeToString(new byte[32]))));
    }


    /** The invented hearing follow-up of the seed story (see enrich's seeds README) as a one-line dump. */
    private static Path followUp(Path dir) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../enrich/src/test/resources/seeds/4-made-up-followup.txt")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        Map<String, String> a = Map.of("id", "followup-hearing", "url", "https://made-up-gazette.example/nato-act-hearing",
                "source", "Made-up Gazette", "published", "2026-02-11T15:00:00Z", "title", lines.get(0).strip(),
                "text", String.join("\n", lines));
        return Files.writeString(dir.resolve("followup.jsonl"), Json.write(a) + "\n");
    }

    /** The latest state of each story the rebuild {@code id} wrote. */
    private static Map<String, StoryUpdated> storiesOf(String bs, String id) {
        Map<String, StoryUpdated> out = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(bs, Topics.STORIES.name())) {
            RebuildHeaders.Mark m = RebuildHeaders.read(r.headers());
            if (m != null && m.rebuildId().equals(id)) {
                out.put(r.key(), Topics.STORIES.valueSerde().deserializer().deserialize(r.topic(), r.value()));
            }
        }
        return out;
    }

    /**
     * Waits until notify's matcher has committed past every record of rebuild {@code id} and delivery
     * has committed to the end of the alerts: after that, nothing of the rebuild can still be sent.
     */
    private static void awaitNotifyPast(KafkaCluster kafka, String id) {
        Map<TopicPartition, Long> past = new HashMap<>();
        for (String topic : List.of(Topics.DEVELOPMENTS.name(), Topics.ARTICLES_ENRICHED.name())) {
            for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), topic)) {
                RebuildHeaders.Mark m = RebuildHeaders.read(r.headers());
                if (m != null && m.rebuildId().equals(id)) {
                    past.merge(new TopicPartition(topic, r.partition()), r.offset() + 1, Math::max);
                }
            }
        }
        assertThat(past).as("records of rebuild " + id).isNotEmpty();
        await("the matcher past rebuild " + id, () -> {
            Map<TopicPartition, OffsetAndMetadata> c = committed(kafka, MATCHER_GROUP);
            return past.entrySet().stream().allMatch(e -> c.get(e.getKey()) != null && c.get(e.getKey()).offset() >= e.getValue());
        });
        await("delivery at the end of the alerts", () -> {
            Map<TopicPartition, OffsetAndMetadata> c = committed(kafka, DELIVERY_GROUP);
            try (Admin admin = kafka.admin()) {
                Map<TopicPartition, OffsetSpec> req = new HashMap<>();
                admin.describeTopics(List.of(Topics.ALERTS.name())).allTopicNames().get().get(Topics.ALERTS.name()).partitions()
                        .forEach(p -> req.put(new TopicPartition(Topics.ALERTS.name(), p.partition()), OffsetSpec.latest()));
                return admin.listOffsets(req).all().get().entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                        || (c.get(e.getKey()) != null && c.get(e.getKey()).offset() >= e.getValue().offset()));
            }
        });
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(KafkaCluster kafka, String group) throws Exception {
        try (Admin admin = kafka.admin()) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String bs, String topic) {
        Map<String, Object> p = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bs,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (var c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp, Duration.ofSeconds(10)) < end.get(tp)) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            boolean ok;
            try {
                ok = condition.call();
            } catch (Exception e) {
                ok = false;
            }
            if (ok) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A loopback webhook receiver keeping each request body per path. */
    private static final class Hooks implements AutoCloseable {
        private final HttpServer server;
        private final Map<String, List<String>> bodies = new java.util.concurrent.ConcurrentHashMap<>();

        Hooks() throws Exception {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            for (String path : List.of("/subscriber", "/test", "/late")) {
                server.createContext(path, ex -> {
                    bodies.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>())
                            .add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    ex.sendResponseHeaders(204, -1);
                    ex.close();
                });
            }
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        List<String> received(String path) {
            return List.copyOf(bodies.getOrDefault(path, List.of()));
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
