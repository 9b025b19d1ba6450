package org.newsalert.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsalert.events.Json;
import org.newsalert.events.TopicCreator;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.publish.ArticlePublisher;
import org.newsalert.ingest.publish.PublishException;
import org.newsalert.ingest.publish.SeenLedger;
import org.newsalert.ingest.replay.Replayer;

/**
 * A large article dump through the real replay path: the dump is written line by line to a
 * temporary JSON Lines file (never held in memory), then {@link Replayer} reads, fingerprints,
 * de-duplicates against the {@link SeenLedger} and publishes it transactionally with
 * {@link ArticlePublisher}, exactly as {@code newsalert replay} does.
 */
public final class ReplayBench {
    /** The replay's figures; {@code summary} is the Replayer's own. */
    public record Result(long articles, long dumpBytes, Duration generate, Duration ledgerLoad, Replayer.Summary summary) {}

    private ReplayBench() {}

    public static Result run(String bootstrapServers, long articles, long seed, String idPrefix, PrintWriter progress)
            throws IOException, PublishException {
        Path dir = Files.createTempDirectory("newsalert-bench-replay-");
        Path dump = dir.resolve("articles.jsonl");
        try {
            long t0 = System.nanoTime();
            writeDump(dump, articles, seed, idPrefix);
            Duration generate = Duration.ofNanos(System.nanoTime() - t0);
            long bytes = Files.size(dump);
            TopicCreator.ensure(bootstrapServers, (short) 1, IngestService.topics());
            long t1 = System.nanoTime();
            SeenLedger ledger = SeenLedger.load(bootstrapServers);
            Duration ledgerLoad = Duration.ofNanos(System.nanoTime() - t1);
            long[] lastPrint = {System.nanoTime()};
            try (ArticlePublisher publisher = new ArticlePublisher(bootstrapServers, IngestService.oneOffTransactionalId("bench-replay"), ledger)) {
                Replayer.Summary s = new Replayer(ledger, publisher, Clock.systemUTC()).replay(List.of(dump), (so, done) -> {
                    if (!done && System.nanoTime() - lastPrint[0] > 10_000_000_000L) {
                        lastPrint[0] = System.nanoTime();
                        progress.printf(Locale.ROOT, "  replay: %,d of %,d published (%.0f/s)%n", so.published(), articles, so.perSecond());
                        progress.flush();
                    }
                });
                if (s.published() != articles) {
                    throw new IllegalStateException("replay published " + s.published() + " of " + articles
                            + " generated articles (" + s.alreadySeen() + " already seen, " + s.rejected() + " rejected)");
                }
                return new Result(articles, bytes, generate, ledgerLoad, s);
            }
        } finally {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(dir);
        }
    }

    /** Streams {@code n} articles to {@code file} in the dump format the Replayer reads. */
    static void writeDump(Path file, long n, long seed, String idPrefix) throws IOException {
        SyntheticNews news = SyntheticNews.standard(seed, idPrefix);
        var writer = Json.mapper().writer();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Map<String, String> line = new LinkedHashMap<>();
            for (long i = 0; i < n; i++) {
                SyntheticNews.Article a = news.next();
                line.put("id", a.id());
                line.put("url", a.url());
                line.put("source", a.source());
                line.put("published", a.published().toString());
                line.put("title", a.title());
                line.put("text", a.text());
                w.write(writer.writeValueAsString(line));
                w.newLine();
            }
        }
    }
}
