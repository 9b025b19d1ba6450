package org.newsalert.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.FeedPolled;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.config.IngestConfig;
import org.newsalert.notify.NotifyConfig;
import org.newsalert.notify.NotifyService;
import org.newsalert.notify.api.ApiTokens;
import org.newsalert.notify.api.SubscriptionClient;
import org.newsalert.notify.api.SubscriptionView;
import org.newsalert.notify.subscription.SubscriptionRequest;
import org.newsalert.testing.KafkaCluster;
import org.newsalert.testing.Records;
import org.newsalert.testing.TestKafka;

/**
 * Hostile feeds beside a good one, polled by the real ingest service: each hostile one ends in a
 * feed-health record naming what went wrong, and the good feed's articles are still published.
 * Likewise hostile webhook URLs beside a good one, served by the real notify service.
 */
class HostileInputIT {
    private static final String GOOD = rss("<item><title>Committee schedules hearing on H.R. 6508</title>"
            + "<link>https://example.org/a1</link><guid>a1</guid><pubDate>Mon, 06 Jan 2025 14:00:00 GMT</pubDate>"
            + "<description>The House Foreign Affairs Committee will hold a hearing on the NATO bill.</description></item>");
    private static final String XXE = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + rss("<item><title>&xxe;</title><link>https://example.org/x</link></item>").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
    private static final String BOMB = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
            + "<rss version=\"2.0\"><channel><title>bomb</title><item><title>&g;</title><link>https://example.org/b</link></item></channel></rss>";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldReportEachHostileFeedAndStillIngestTheGoodOne(@TempDir Path dir) throws Exception {
        poll(dir, List.of("good", "xxe", "bomb", "huge", "slow"), (kinds, details, articles) -> {
            assertThat(kinds).isEqualTo(Map.of(
                    "good.xml", FeedPolled.Outcome.OK,
                    "xxe.xml", FeedPolled.Outcome.PARSE_ERROR,
                    "bomb.xml", FeedPolled.Outcome.PARSE_ERROR,
                    "huge.xml", FeedPolled.Outcome.FETCH_ERROR,
                    "slow.xml", FeedPolled.Outcome.TIMEOUT));
            assertThat(articles).extracting(ArticleFetched::title).containsExactly("Committee schedules hearing on H.R. 6508");
        });
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldRepairAFeedOfInvalidUtf8SayingSoAndStillIngestTheGoodOne(@TempDir Path dir) throws Exception {
        // Losing nothing wins over strictness: the item is kept (bad bytes become U+FFFD) and the
        // feed's health record says the feed was broken and repaired.
        poll(dir, List.of("good", "bad-utf8"), (kinds, details, articles) -> {
            assertThat(kinds).isEqualTo(Map.of("good.xml", FeedPolled.Outcome.OK, "bad-utf8.xml", FeedPolled.Outcome.OK));
            assertThat(details.get("good.xml")).isEqualTo("OK: null");
            assertThat(details.get("bad-utf8.xml")).startsWith("OK: not well-formed, parsed after repair");
            assertThat(articles).extracting(ArticleFetched::title).contains("Committee schedules hearing on H.R. 6508");
        });
    }

    /**
     * Webhooks to loopback (by address and by name) and to the cloud metadata address, with an
     * allow-list that admits exactly one other loopback address (127.0.0.2, where the good receiver
     * listens): each bad subscription gets one REJECTED attempt per alert in the delivery log naming
     * the address and the reason, nothing is scheduled for retry, nothing reaches the trap listening
     * on 127.0.0.1, and the good subscription receives each alert once.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldRejectWebhooksToLoopbackAndMetadataAddressesAndStillDeliverTheAllowedOne() throws Exception {
        InetAddress second = InetAddress.getByName("127.0.0.2");
        HttpServer good;
        try {
            good = HttpServer.create(new InetSocketAddress(second, 0), 0);
        } catch (IOException e) {
            // Linux routes all of 127.0.0.0/8 to lo; some systems only configure 127.0.0.1.
            Assumptions.assumeTrue(false, "cannot listen on 127.0.0.2 here: " + e);
            return;
        }
        Map<String, AtomicInteger> goodHooks = new ConcurrentHashMap<>();
        good.createContext("/hook", ex -> count(ex, goodHooks));
        HttpServer trap = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        Map<String, AtomicInteger> trapHooks = new ConcurrentHashMap<>();
        trap.createContext("/", ex -> count(ex, trapHooks));
        good.start();
        trap.start();
        String token = ApiTokens.generate();
        try (KafkaCluster kafka = TestKafka.dedicated(false)) {
            NotifyConfig config = NotifyConfig.from(ConfigSource.ofMap(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "NEWSALERT_API_HOST", "127.0.0.1",
                    "NEWSALERT_API_PORT", "0",
                    "NEWSALERT_API_TOKENS", "hostile=" + ApiTokens.hash(token),
                    "NEWSALERT_OUTBOUND_ALLOW", "127.0.0.2/32",
                    "NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", Base64.getEncoder().encodeToString(new byte[32]))));
            try (NotifyService notify = NotifyService.start(config, System.out);
                    KafkaProducer<String, DevelopmentDetected> producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                            Topics.DEVELOPMENTS.keySerde().serializer(), Topics.DEVELOPMENTS.valueSerde().serializer())) {
                SubscriptionClient api = new SubscriptionClient(URI.create("http://127.0.0.1:" + notify.apiPort()), token);
                Map<String, String> bad = new LinkedHashMap<>(); // subscription id -> what its error must name
                String trapPort = Integer.toString(trap.getAddress().getPort());
                bad.put(subscribe(api, "http://127.0.0.1:" + trapPort + "/hook").id(), "refused to connect to 127.0.0.1: it resolves to 127.0.0.1,");
                bad.put(subscribe(api, "http://localhost:" + trapPort + "/hook").id(), "refused to connect to localhost: it resolves to ");
                bad.put(subscribe(api, "http://169.254.169.254/latest/meta-data/").id(),
                        "refused to connect to 169.254.169.254: it resolves to 169.254.169.254,");
                String goodId = subscribe(api, "http://127.0.0.2:" + good.getAddress().getPort() + "/hook").id();

                List<String> goodKeys = new ArrayList<>();
                for (int i = 1; i <= 2; i++) {
                    DevelopmentDetected d = development(i);
                    producer.send(new ProducerRecord<>(Topics.DEVELOPMENTS.name(), d.storyId(), d)).get(30, TimeUnit.SECONDS);
                    String key = AlertMatched.keyFor(d.id(), goodId, DeliveryTarget.Kind.WEBHOOK);
                    goodKeys.add(key);
                    // The second alert is sent only after the first was refused everywhere: the engine goes on.
                    int n = i;
                    Pipeline.await("alert " + i + " delivered to the allowed receiver and refused for the others", Duration.ofSeconds(60),
                            () -> goodHooks.containsKey(key) && bad.keySet().stream().allMatch(id -> attempts(api, id).size() >= n));
                }
                Pipeline.await("the delivery group committed every alert", Duration.ofSeconds(30),
                        () -> lag(kafka, config.delivery().groupId(), Topics.ALERTS.name()) == 0);

                Map<String, Integer> receipts = new HashMap<>();
                goodHooks.forEach((k, v) -> receipts.put(k, v.get()));
                assertThat(receipts).as("webhooks at the allowed receiver, by webhook-id").isEqualTo(Map.of(goodKeys.get(0), 1, goodKeys.get(1), 1));
                assertThat(attempts(api, goodId)).extracting(DeliveryAttempted::outcome)
                        .containsExactly(DeliveryAttempted.Outcome.DELIVERED, DeliveryAttempted.Outcome.DELIVERED);
                assertThat(trapHooks).as("requests that reached the loopback trap").isEmpty();
                bad.forEach((id, expected) -> {
                    List<DeliveryAttempted> log = attempts(api, id);
                    System.out.println("delivery log of " + id + ": " + log);
                    assertThat(log).as("delivery log of %s", id).hasSize(2).allSatisfy(a -> {
                        assertThat(a.outcome()).isEqualTo(DeliveryAttempted.Outcome.REJECTED);
                        assertThat(a.attempt()).isEqualTo(1);
                        assertThat(a.nextAttemptAt()).isNull();
                        assertThat(a.error()).startsWith(expected)
                                .contains("a private/loopback/link-local/metadata address (add it to the allow-list to permit it)");
                    });
                });
                // Refused is final: nothing waits in the retry topic, nothing was parked after retries.
                assertThat(Records.readUntil(kafka.bootstrapServers(), Topics.NOTIFY_PENDING, Duration.ofSeconds(2), l -> false))
                        .as("scheduled retries").isEmpty();
                assertThat(Records.readUntil(kafka.bootstrapServers(), Topics.NOTIFY_DEAD_LETTERS, Duration.ofSeconds(2), l -> false))
                        .as("dead letters").isEmpty();
            }
        } finally {
            good.stop(0);
            trap.stop(0);
        }
    }

    private static SubscriptionView subscribe(SubscriptionClient api, String url) throws IOException, InterruptedException {
        return api.subscribe(new SubscriptionRequest("act", SubscriptionRequest.ChannelRequest.webhook(url, null), null, null));
    }

    private static List<DeliveryAttempted> attempts(SubscriptionClient api, String subscriptionId) {
        try {
            return api.deliveries(subscriptionId, 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static DevelopmentDetected development(int i) {
        String story = "hostile-story-" + i;
        String article = "hostile-article-" + i;
        return new DevelopmentDetected(DevelopmentDetected.idFor(story, article), story, article, ArticleKind.NEW_STORY, "introduced",
                List.of("Rep. Thomas Massie (R-KY) introduced the Hostile Input " + i + " Act on Monday."), "Hostile Input " + i + " Act",
                List.of("hr" + (9000 + i) + "-119"), List.of(), "Massie introduces Hostile Input " + i + " Act",
                "https://example.org/hostile-" + i, "Example Wire", Instant.parse("2025-01-06T14:00:00Z"), List.of("Example Wire"));
    }

    private static void count(HttpExchange ex, Map<String, AtomicInteger> into) throws IOException {
        try (ex) {
            ex.getRequestBody().readAllBytes();
            String id = ex.getRequestHeaders().getFirst("webhook-id");
            into.computeIfAbsent(id == null ? ex.getRequestURI().toString() : id, k -> new AtomicInteger()).incrementAndGet();
            ex.sendResponseHeaders(204, -1);
        }
    }

    private static long lag(KafkaCluster kafka, String group, String topic) {
        try (Admin admin = kafka.admin()) {
            var parts = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> req = new HashMap<>();
            parts.forEach(p -> req.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            var end = admin.listOffsets(req).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (var e : end.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += e.getValue().offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of group " + group, e);
        }
    }

    /** What to check once every feed was polled: outcome per feed file, and the articles published. */
    private interface Check {
        void verify(Map<String, FeedPolled.Outcome> outcomes, Map<String, String> details, List<ArticleFetched> articles);
    }

    private static void poll(Path dir, List<String> names, Check check) throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.setExecutor(Executors.newFixedThreadPool(8));
        site.createContext("/good.xml", ex -> send(ex, GOOD.getBytes(StandardCharsets.UTF_8)));
        site.createContext("/xxe.xml", ex -> send(ex, XXE.getBytes(StandardCharsets.UTF_8)));
        site.createContext("/bomb.xml", ex -> send(ex, BOMB.getBytes(StandardCharsets.UTF_8)));
        site.createContext("/bad-utf8.xml", ex -> {
            byte[] good = rss("<item><title>Broken XX bytes</title><link>https://example.org/u</link></item>").getBytes(StandardCharsets.UTF_8);
            String s = new String(good, StandardCharsets.ISO_8859_1).replace("XX", "\u00c3\u0028\u00ff\u00fe");
            send(ex, s.getBytes(StandardCharsets.ISO_8859_1));
        });
        site.createContext("/huge.xml", ex -> {
            // 256 MB, streamed in 64 KB chunks: the client must stop at its cap, not buffer it all.
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 4096; i++) {
                    out.write(chunk);
                }
            } catch (IOException closedByClient) {
                // expected: the client hangs up at its cap
            }
        });
        site.createContext("/slow.xml", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (byte b : GOOD.getBytes(StandardCharsets.UTF_8)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException | InterruptedException hungUp) {
                // expected: the client gives up at its deadline
            }
        });
        site.start();
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        StringBuilder feeds = new StringBuilder("defaults: { interval: 1h, stableGuids: true, fetchPages: false }\nfeeds:\n");
        names.forEach(n -> feeds.append("  - url: ").append(base).append('/').append(n).append(".xml\n"));
        Path feedList = Files.writeString(dir.resolve("feeds.yaml"), feeds.toString());

        try (KafkaCluster kafka = TestKafka.dedicated(false)) {
            IngestConfig config = IngestConfig.from(ConfigSource.ofMap(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "feeds.file", feedList.toString(),
                    "outbound.allow", "loopback",
                    "ingest.host.delay", "0s",
                    "ingest.timeout", "4s",
                    "ingest.max.bytes", "1M")));
            try (IngestService ingest = IngestService.start(config)) {
                Pipeline.await("every feed polled once", Duration.ofSeconds(60), () -> ingest.health().size() == names.size());
                Map<String, String> outcomes = new TreeMap<>();
                ingest.health().forEach((url, h) -> outcomes.put(url.substring(base.length() + 1), h.outcome() + ": " + h.detail()));
                System.out.println("hostile feed outcomes: " + outcomes);
                Map<String, FeedPolled.Outcome> kinds = new TreeMap<>();
                ingest.health().forEach((url, h) -> kinds.put(url.substring(base.length() + 1), h.outcome()));
                ingest.health().values().stream().filter(h -> h.outcome() != FeedPolled.Outcome.OK)
                        .forEach(h -> assertThat(h.detail()).as("reason for %s", h.feedUrl()).isNotBlank());
                List<ArticleFetched> articles = org.newsalert.testing.Records.readAtLeast(kafka.bootstrapServers(),
                        org.newsalert.events.Topics.ARTICLES, 1, Duration.ofSeconds(30)).stream().map(r -> r.value()).toList();
                check.verify(kinds, outcomes, articles);
            }
        } finally {
            site.stop(0);
        }
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title><link>https://example.org/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }

    private static void send(HttpExchange ex, byte[] body) throws IOException {
        try (ex) {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        }
    }
}
