package org.newsalert.ingest.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.ArticleFetched.TextOrigin;
import org.newsalert.events.Json;
import org.newsalert.ingest.article.ArticleAssembler;
import org.newsalert.ingest.article.CanonicalUrl;
import org.newsalert.ingest.article.SimHash;
import org.newsalert.ingest.config.FeedSource;
import org.newsalert.ingest.feed.FeedItem;
import org.newsalert.ingest.feed.FeedParseException;
import org.newsalert.ingest.feed.FeedParser;
import org.newsalert.ingest.feed.ParsedFeed;
import org.newsalert.ingest.publish.ArticlePublisher;
import org.newsalert.ingest.publish.PublishException;
import org.newsalert.ingest.publish.SeenLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes archived material through the same path as live ingest, stamped with the articles'
 * original published times: feed files (RSS/Atom, any folder of them) and article dumps in JSON
 * Lines ({@code id, url, source, published, title, text}; {@code published} a timestamp or a
 * date). The seen-ledger makes a second replay of the same input publish nothing. Input order is
 * kept (dumps are expected in stream order); bad lines are reported with file and line number
 * and skipped, never silently.
 */
public final class Replayer {
    private static final Logger log = LoggerFactory.getLogger(Replayer.class);
    private static final int BATCH = 500;

    /** Progress callback, called about every two seconds and once at the end. */
    @FunctionalInterface
    public interface Progress {
        void update(Summary soFar, boolean done);
    }

    /** What a replay did. */
    public record Summary(int files, long read, long published, long alreadySeen, long rejected, Duration elapsed) {
        public double perSecond() {
            return elapsed.isZero() ? 0 : read / (elapsed.toNanos() / 1e9);
        }

        public String toJson() {
            return String.format(Locale.ROOT,
                    "{\"files\":%d,\"read\":%d,\"published\":%d,\"already_seen\":%d,\"rejected\":%d,\"seconds\":%.1f,\"articles_per_second\":%.0f}",
                    files, read, published, alreadySeen, rejected, elapsed.toNanos() / 1e9, perSecond());
        }
    }

    private final SeenLedger ledger;
    private final ArticlePublisher publisher;
    private final Clock clock;
    private final FeedParser parser = FeedParser.lenient();
    private final ArticleAssembler assembler = new ArticleAssembler(null, host -> {});

    private int files;
    private long read;
    private long published;
    private long seen;
    private long rejected;
    private final List<ArticlePublisher.Item> batch = new ArrayList<>();
    private final Set<String> batchKeys = new HashSet<>();
    private long started;
    private long lastReport;

    public Replayer(SeenLedger ledger, ArticlePublisher publisher, Clock clock) {
        this.ledger = ledger;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Summary replay(List<Path> inputs, Progress progress) throws IOException, PublishException {
        started = System.nanoTime();
        lastReport = started;
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IOException("no such file or folder: " + input);
            }
            List<Path> paths;
            try (Stream<Path> s = Files.walk(input)) {
                paths = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path p : paths) {
                files++;
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                    replayDump(p, progress);
                } else if (name.endsWith(".md") || name.endsWith(".txt") || name.startsWith(".")) {
                    files--; // READMEs beside archives are not input
                } else {
                    replayFeed(p, progress);
                }
            }
        }
        flush();
        Summary s = summary();
        progress.update(s, true);
        return s;
    }

    private void replayDump(Path p, Progress progress) throws IOException, PublishException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(p), decoder), 1 << 16)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                read++;
                ArticleFetched a;
                try {
                    a = fromDumpLine(Json.mapper().readTree(line), p, clock);
                } catch (IOException | IllegalArgumentException e) {
                    rejected++;
                    log.warn("replay {} line {}: skipped: {}", p, n, e.getMessage());
                    continue;
                }
                offer(a, List.of(SeenLedger.idKey(a.id())), progress);
            }
        }
    }

    /** One dump line as an article; throws IllegalArgumentException naming the missing or bad field. */
    public static ArticleFetched fromDumpLine(JsonNode j, Path file, Clock clock) {
        String url = text(j, "url");
        String id = text(j, "id");
        if (id == null && url == null) {
            throw new IllegalArgumentException("neither 'id' nor 'url' is given");
        }
        String canonical = url == null ? null : CanonicalUrl.of(url);
        // A dump's own ids are kept: reports and gold files refer to articles by them.
        String articleId = id != null ? id : CanonicalUrl.articleId(canonical);
        String published = text(j, "published");
        if (published == null) {
            throw new IllegalArgumentException("'published' is missing");
        }
        String title = text(j, "title");
        String body = text(j, "text");
        if ((title == null || title.isBlank()) && (body == null || body.isBlank())) {
            throw new IllegalArgumentException("both 'title' and 'text' are empty");
        }
        String t = title == null ? "" : title;
        String x = body == null ? "" : body;
        return new ArticleFetched(articleId, canonical != null ? canonical : "urn:newsalert:" + articleId,
                text(j, "source"), file.toString(), null, t, text(j, "author"), parseTime(published), clock.instant(),
                x, text(j, "language"), SimHash.hex(t + "\n" + x), TextOrigin.ARCHIVE);
    }

    private void replayFeed(Path p, Progress progress) throws IOException, PublishException {
        read++;
        ParsedFeed feed;
        try {
            feed = parser.parse(Files.readAllBytes(p), null, p.toUri().toString());
        } catch (FeedParseException e) {
            rejected++;
            log.warn("replay {}: not a feed, skipped: {}", p, e.getMessage());
            return;
        }
        read--; // the file is not an article; its items are
        FeedSource source = new FeedSource(p.toUri(), feed.title(), Duration.ofDays(1), true, false);
        String name = feed.title() != null && !feed.title().isBlank() ? feed.title() : p.getFileName().toString();
        for (FeedItem item : feed.items()) {
            read++;
            List<String> keys = ArticleAssembler.seenKeys(source, item);
            ArticleFetched a = assembler.assemble(source, name, item, clock.instant());
            List<String> all = new ArrayList<>(keys);
            if (!all.contains(SeenLedger.idKey(a.id()))) {
                all.add(SeenLedger.idKey(a.id()));
            }
            offer(a, all, progress);
        }
    }

    private void offer(ArticleFetched a, List<String> keys, Progress progress) throws PublishException {
        if (keys.stream().anyMatch(k -> ledger.contains(k) || batchKeys.contains(k))) {
            seen++;
        } else {
            batch.add(new ArticlePublisher.Item(a, keys));
            batchKeys.addAll(keys);
            if (batch.size() >= BATCH) {
                flush();
            }
        }
        long now = System.nanoTime();
        if (now - lastReport > 2_000_000_000L) {
            lastReport = now;
            progress.update(summary(), false);
        }
    }

    private void flush() throws PublishException {
        if (batch.isEmpty()) {
            return;
        }
        publisher.publish(batch, null);
        published += batch.size();
        batch.clear();
        batchKeys.clear();
    }

    private Summary summary() {
        return new Summary(files, read, published, seen, rejected, Duration.ofNanos(System.nanoTime() - started));
    }

    /** A full ISO-8601 timestamp (offset or Z), a local date-time taken as UTC, or a date alone (midnight UTC). */
    public static Instant parseTime(String s) {
        String v = s.trim();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'published' is not an ISO-8601 date or timestamp: '" + s + "'");
        }
    }

    private static String text(JsonNode j, String field) {
        JsonNode n = j.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
