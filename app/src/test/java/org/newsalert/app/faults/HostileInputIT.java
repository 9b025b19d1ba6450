package org.newsalert.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.FeedPolled;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.config.IngestConfig;
import org.newsalert.testing.KafkaCluster;
import org.newsalert.testing.TestKafka;

/**
 * Hostile feeds beside a good one, polled by the real ingest service: each hostile one ends in a
 * feed-health record naming what went wrong, and the good feed's articles are still published.
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
