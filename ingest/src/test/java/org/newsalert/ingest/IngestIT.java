package org.newsalert.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.FeedPolled;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.ingest.config.FeedSource;
import org.newsalert.ingest.config.IngestConfig;
import org.newsalert.ingest.poll.FeedPoller;
import org.newsalert.ingest.publish.ArticlePublisher;
import org.newsalert.ingest.publish.SeenLedger;
import org.newsalert.ingest.replay.Replayer;
import org.newsalert.ingest.sample.SampleSite;
import org.newsalert.ops.HealthCheck;
import org.newsalert.ops.OpsConfig;
import org.newsalert.ops.OpsServer;
import org.newsalert.testing.KafkaCluster;
import org.newsalert.testing.OpsProbe;
import org.newsalert.testing.Records;
import org.newsalert.testing.TestKafka;

/** Ingest against a real broker and real HTTP servers on loopback. */
class IngestIT {
    private static KafkaCluster kafka;
    private static SampleSite site;
    private static IngestConfig config;

    @BeforeAll
    static void start() {
        kafka = TestKafka.dedicated(false);
        site = SampleSite.start(0);
        config = IngestConfig.from(ConfigSource.ofMap(java.util.Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "outbound.allow", "loopback",
                "ingest.host.delay", "10ms",
                "ingest.timeout", "5s")));
        TopicCreator.ensure(kafka.bootstrapServers(), (short) 1, IngestService.topics());
    }

    @AfterAll
    static void stop() {
        site.close();
        kafka.close();
    }

    private static FeedSource feed(String url) {
        return new FeedSource(URI.create(url), null, Duration.ofMinutes(1), true, true);
    }

    @Test
    void shouldPublishEachSampleArticleOnceAcrossPollsAndARestart() {
        List<FeedSource> feeds = SampleSite.OUTLETS.stream().map(o -> feed(site.baseUrl() + "/" + o + "/feed.xml")).toList();
        SeenLedger first = SeenLedger.load(kafka.bootstrapServers());
        try (var publisher = new ArticlePublisher(kafka.bootstrapServers(), "it-ingest", first);
                var poller = new FeedPoller(feeds, config, first, publisher, Clock.systemUTC())) {
            assertThat(feeds).allSatisfy(f -> assertThat(poller.pollOnce(f).outcome()).isEqualTo(FeedPolled.Outcome.OK));
            assertThat(feeds).allSatisfy(f -> assertThat(poller.pollOnce(f).outcome()).isEqualTo(FeedPolled.Outcome.NOT_MODIFIED));
        }
        // A restarted ingester has no ETags: it downloads the feeds again and its ledger, rebuilt
        // from Kafka, keeps it from publishing the same articles twice.
        SeenLedger ledger = SeenLedger.load(kafka.bootstrapServers());
        try (var publisher = new ArticlePublisher(kafka.bootstrapServers(), "it-ingest", ledger);
                var poller = new FeedPoller(feeds, config, ledger, publisher, Clock.systemUTC())) {
            assertThat(feeds).allSatisfy(f -> {
                FeedPolled r = poller.pollOnce(f);
                assertThat(r.outcome()).isEqualTo(FeedPolled.Outcome.OK);
                assertThat(r.newItems()).isZero();
            });
        }
        List<ConsumerRecord<String, ArticleFetched>> records = Records.readAtLeast(kafka.bootstrapServers(), Topics.ARTICLES, 3, Duration.ofSeconds(30))
                .stream().filter(r -> r.value().feedUrl().startsWith(site.baseUrl())).toList();
        assertThat(records).hasSize(3);
        ArticleFetched newsmax = records.stream().map(ConsumerRecord::value).filter(a -> a.url().contains("newsmax")).findFirst().orElseThrow();
        assertThat(newsmax.url()).isEqualTo(site.baseUrl() + "/newsmax/massie-seeks-us-nato-exit.html");
        assertThat(newsmax.title()).isEqualTo("Massie Seeks US NATO Exit Amid Trump's Tough Talk on Allies");
        assertThat(newsmax.published()).isEqualTo(Instant.parse("2025-12-10T23:30:00Z"));
        assertThat(newsmax.textOrigin()).isEqualTo(ArticleFetched.TextOrigin.PAGE);
        assertThat(newsmax.text()).contains("Rep. Thomas Massie, R-Ky., on Wednesday introduced a bill").doesNotContain("Markets close higher");
        assertThat(newsmax.fingerprint()).matches("[0-9a-f]{16}");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(r.value().id());
            assertThat(r.timestamp()).isEqualTo(r.value().published().toEpochMilli());
        });
    }

    @Test
    void shouldReportABrokenFeedAndKeepPollingTheGoodOne() throws Exception {
        HttpServer broken = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        broken.createContext("/garbage.xml", ex -> {
            byte[] b = "<rss><channel><title>half a feed".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        broken.createContext("/error.xml", ex -> {
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        broken.start();
        String base = "http://127.0.0.1:" + broken.getAddress().getPort();
        FeedSource garbage = feed(base + "/garbage.xml");
        FeedSource error = feed(base + "/error.xml");
        FeedSource good = feed(site.baseUrl() + "/benzinga/feed.xml?variant=health");
        SeenLedger ledger = SeenLedger.load(kafka.bootstrapServers());
        try (var publisher = new ArticlePublisher(kafka.bootstrapServers(), "it-health", ledger);
                var poller = new FeedPoller(List.of(garbage, error, good), config, ledger, publisher, Clock.systemUTC())) {
            FeedPolled g = poller.pollOnce(garbage);
            FeedPolled e = poller.pollOnce(error);
            FeedPolled e2 = poller.pollOnce(error);
            FeedPolled ok = poller.pollOnce(good);
            assertThat(g.outcome()).isEqualTo(FeedPolled.Outcome.PARSE_ERROR);
            assertThat(g.detail()).isNotBlank();
            assertThat(e.outcome()).isEqualTo(FeedPolled.Outcome.HTTP_ERROR);
            assertThat(e.httpStatus()).isEqualTo(503);
            assertThat(e2.consecutiveFailures()).isEqualTo(2);
            assertThat(Duration.between(e2.at(), e2.nextPollAt())).isEqualTo(Duration.ofMinutes(2));
            assertThat(ok.outcome()).isEqualTo(FeedPolled.Outcome.OK);
        } finally {
            broken.stop(0);
        }
        var health = Records.readUntil(kafka.bootstrapServers(), Topics.FEED_HEALTH, Duration.ofSeconds(30),
                l -> l.stream().filter(r -> r.key().startsWith(base)).count() >= 3);
        assertThat(health.stream().filter(r -> r.key().equals(garbage.url().toString())).map(r -> r.value().outcome()))
                .containsExactly(FeedPolled.Outcome.PARSE_ERROR);
    }

    @Test
    void shouldReplayTheSeedDumpWithOriginalTimestampsOnce(@TempDir Path dir) throws Exception {
        Path dump = SampleSite.writeSeedDump(dir);
        SeenLedger ledger = SeenLedger.load(kafka.bootstrapServers());
        Replayer.Summary first;
        try (var publisher = new ArticlePublisher(kafka.bootstrapServers(), "it-replay-1", ledger)) {
            first = new Replayer(ledger, publisher, Clock.systemUTC()).replay(List.of(dump), (s, done) -> {});
        }
        SeenLedger reloaded = SeenLedger.load(kafka.bootstrapServers());
        Replayer.Summary second;
        try (var publisher = new ArticlePublisher(kafka.bootstrapServers(), "it-replay-2", reloaded)) {
            second = new Replayer(reloaded, publisher, Clock.systemUTC()).replay(List.of(dump), (s, done) -> {});
        }
        assertThat(first.published()).isEqualTo(3);
        assertThat(second.published()).isZero();
        assertThat(second.alreadySeen()).isEqualTo(3);
        var records = Records.readAtLeast(kafka.bootstrapServers(), Topics.ARTICLES, 3, Duration.ofSeconds(30)).stream()
                .filter(r -> r.value().textOrigin() == ArticleFetched.TextOrigin.ARCHIVE).toList();
        // three partitions: order across them is not defined, the key-to-timestamp pairing is
        assertThat(records.stream().collect(java.util.stream.Collectors.toMap(ConsumerRecord::key, ConsumerRecord::timestamp)))
                .isEqualTo(java.util.Map.of(
                        "715be73ec72489d5", Instant.parse("2025-12-10T15:00:00Z").toEpochMilli(),
                        "1690def15c59d693", Instant.parse("2025-12-10T23:30:00Z").toEpochMilli(),
                        "ed7df31b8f441e38", Instant.parse("2025-12-11T14:00:00Z").toEpochMilli()));
    }

    @Test
    void shouldTurnReadyAndCountPollsAndArticlesOnTheOpsEndpoints(@TempDir Path dir) throws Exception {
        // A site of its own: its article URLs (and ids) are new to the ledger the other tests share.
        try (SampleSite own = SampleSite.start(0)) {
            StringBuilder feeds = new StringBuilder("defaults: { interval: 10m }\nfeeds:\n");
            SampleSite.OUTLETS.forEach(o -> feeds.append("  - url: ").append(own.baseUrl()).append('/').append(o).append("/feed.xml\n"));
            String missing = own.baseUrl() + "/gone/feed.xml";
            feeds.append("  - url: ").append(missing).append('\n');
            IngestConfig c = config.withFeedsFile(java.nio.file.Files.writeString(dir.resolve("feeds.yaml"), feeds));
            var registry = OpsServer.newRegistry();
            try (OpsServer ops = OpsServer.start(new OpsConfig("127.0.0.1", 0), registry)) {
                OpsProbe probe = new OpsProbe(ops.address().orElseThrow());
                ops.check("ingest", HealthCheck.starting("ingest"));
                assertThat(probe.get(OpsServer.READY).statusCode()).isEqualTo(503);
                assertThat(probe.get(OpsServer.LIVE).statusCode()).isEqualTo(200);
                try (IngestService ingest = IngestService.start(c, registry)) {
                    ops.check("ingest", ingest);
                    var ready = probe.getUntil(OpsServer.READY, Duration.ofSeconds(30), r -> r.statusCode() == 200);
                    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                    Instant deadline = Instant.now().plusSeconds(30);
                    while (ingest.health().size() < 4 && Instant.now().isBefore(deadline)) {
                        Thread.sleep(100);
                    }
                    assertThat(ingest.health()).hasSize(4);
                    OpsProbe.Scrape m = probe.scrape();
                    java.util.Map<String, String> service = java.util.Map.of("service", "ingest");
                    assertThat(m.value("newsalert_ingest_articles_published_total", service)).hasValue(ingest.publishedCount());
                    assertThat(ingest.publishedCount()).isEqualTo(3);
                    assertThat(m.value("newsalert_ingest_feeds", service)).hasValue(4);
                    assertThat(m.value("newsalert_ingest_feeds_failing", service)).hasValue(1);
                    assertThat(m.value("newsalert_ingest_polls_total", java.util.Map.of("feed", missing, "outcome", "HTTP_ERROR"))).hasValue(1);
                    for (String o : SampleSite.OUTLETS) {
                        assertThat(m.value("newsalert_ingest_polls_total", java.util.Map.of("feed", own.baseUrl() + "/" + o + "/feed.xml", "outcome", "OK")))
                                .as(o).hasValue(1);
                    }
                    assertThat(m.value("newsalert_ingest_extraction_fallbacks_total", service)).hasValue(0);
                    assertThat(m.value("newsalert_ingest_duplicates_skipped_total", service)).hasValue(0);
                    assertThat(m.value("newsalert_ingest_poll_duration_seconds_count", java.util.Map.of("outcome", "OK"))).hasValue(3);
                }
            }
        }
    }
}
