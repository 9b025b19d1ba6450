package org.newsalert.ingest.poll;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.FeedPolled;
import org.newsalert.events.FeedPolled.Outcome;
import org.newsalert.ingest.article.ArticleAssembler;
import org.newsalert.ingest.config.FeedSource;
import org.newsalert.ingest.config.IngestConfig;
import org.newsalert.ingest.feed.FeedItem;
import org.newsalert.ingest.feed.FeedParseException;
import org.newsalert.ingest.feed.FeedParser;
import org.newsalert.ingest.feed.ParsedFeed;
import org.newsalert.ingest.publish.ArticlePublisher;
import org.newsalert.ingest.publish.PublishException;
import org.newsalert.ingest.publish.SeenLedger;
import org.newsalert.outbound.BlockedAddressException;
import org.newsalert.outbound.GuardedHttp;
import org.newsalert.outbound.OutboundException;
import org.newsalert.outbound.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Polls every feed on its own schedule: conditional GET, parse, fetch and extract the pages of new
 * items, publish. A poll runs on a worker pool, so a slow or broken feed only ever holds its own
 * worker; a failure backs that feed off exponentially and is reported as a {@link FeedPolled}
 * record and a log line naming the feed. Validators (ETag, Last-Modified) are only advanced
 * after the poll's articles are committed, so a failed publish is retried by the next poll.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    /** Bounds one poll's page fetching; the rest are picked up by the next poll. */
    static final int MAX_NEW_ITEMS_PER_POLL = 100;

    private final List<FeedSource> feeds;
    private final IngestConfig config;
    private final SeenLedger ledger;
    private final ArticlePublisher publisher;
    private final GuardedHttp http;
    private final FeedParser parser = FeedParser.lenient();
    private final ArticleAssembler assembler;
    private final HostGate gate;
    private final Clock clock;
    private final Map<URI, FeedState> states = new ConcurrentHashMap<>();
    private final Map<String, FeedPolled> health = new ConcurrentHashMap<>();
    private final AtomicInteger published = new AtomicInteger();
    private final IngestMetrics metrics;
    private ScheduledExecutorService scheduler;
    private volatile boolean polling;
    private ExecutorService workers;

    public FeedPoller(List<FeedSource> feeds, IngestConfig config, SeenLedger ledger, ArticlePublisher publisher, Clock clock) {
        this(feeds, config, ledger, publisher, clock, IngestMetrics.none());
    }

    public FeedPoller(List<FeedSource> feeds, IngestConfig config, SeenLedger ledger, ArticlePublisher publisher, Clock clock,
            IngestMetrics metrics) {
        this.feeds = List.copyOf(feeds);
        this.metrics = metrics;
        metrics.bindFeeds(this.feeds::size, this::failingCount);
        this.config = config;
        this.ledger = ledger;
        this.publisher = publisher;
        this.clock = clock;
        this.http = new GuardedHttp(config.httpSettings());
        this.gate = new HostGate(config.hostDelay());
        this.assembler = new ArticleAssembler(http, gate::await);
    }

    /** Starts polling every feed now, then on its interval; returns at once. */
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "feed-scheduler"));
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> daemon(r, "feed-worker-" + n.incrementAndGet()));
        for (FeedSource f : feeds) {
            states.put(f.url(), FeedState.initial(clock.instant()));
            schedule(f, Duration.ZERO);
        }
        polling = true;
        log.info("polling {} feeds with {} workers", feeds.size(), config.workers());
    }

    private void schedule(FeedSource f, Duration delay) {
        if (scheduler.isShutdown()) {
            return;
        }
        scheduler.schedule(() -> workers.execute(() -> {
            FeedPolled r = pollOnce(f);
            schedule(f, Duration.between(clock.instant(), r.nextPollAt()).isNegative()
                    ? Duration.ZERO : Duration.between(clock.instant(), r.nextPollAt()));
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One poll of one feed, synchronously; never throws for the outside world's failures. */
    public FeedPolled pollOnce(FeedSource feed) {
        // Every line logged during the poll (HTTP client, parser, extractor, Kafka) names the feed.
        MDC.put("feed", feed.url().toString());
        long t0 = System.nanoTime();
        try {
            FeedPolled r = poll(feed);
            metrics.polled(r, Duration.ofNanos(System.nanoTime() - t0));
            health.put(r.feedUrl(), r);
            return r;
        } finally {
            MDC.remove("feed");
        }
    }

    private FeedPolled poll(FeedSource feed) {
        FeedState state = states.computeIfAbsent(feed.url(), u -> FeedState.initial(clock.instant()));
        String url = feed.url().toString();
        Instant started = clock.instant();
        Integer status = null;
        Duration retryAfter = null;
        Outcome outcome;
        String detail;
        int items = 0;
        int fresh = 0;
        try {
            Fetched fetched = fetchFeed(feed, state);
            status = fetched.status();
            if (status != null && status == 304) {
                FeedPolled nm = new FeedPolled(url, Outcome.NOT_MODIFIED, 304, 0, 0, null, started, 0, started.plus(feed.interval()));
                recordHealth(nm);
                return finish(feed, state.succeeded(null, null, nm.nextPollAt()), nm);
            }
            if (status != null && (status < 200 || status >= 300)) {
                retryAfter = fetched.retryAfter();
                outcome = Outcome.HTTP_ERROR;
                detail = "HTTP " + status;
            } else {
                ParsedFeed parsed = parser.parse(fetched.body(), fetched.contentType(), url);
                items = parsed.items().size();
                List<ArticlePublisher.Item> batch = newArticles(feed, parsed);
                fresh = batch.size();
                Instant next = started.plus(feed.interval());
                // A feed that only parsed after repair is kept (nothing lost) but reported, so its owner can fix it.
                String repairNote = parsed.repaired()
                        ? "not well-formed, parsed after repair (charset " + parsed.charset() + "); items may contain replacement characters"
                        : null;
                if (repairNote != null) {
                    log.warn("feed {}: {}", url, repairNote);
                }
                FeedPolled ok = new FeedPolled(url, Outcome.OK, status, items, fresh, repairNote, started, 0, next);
                publisher.publish(batch, ok);
                published.addAndGet(fresh);
                metrics.published(fresh);
                if (feed.fetchPages()) {
                    batch.stream().filter(i -> i.article().textOrigin() == ArticleFetched.TextOrigin.FEED)
                            .forEach(i -> metrics.extractionFallback());
                }
                if (fresh > 0) {
                    log.info("feed {}: {} new of {} items published", url, fresh, items);
                }
                return finish(feed, state.succeeded(fetched.etag(), fetched.lastModified(), next), ok);
            }
        } catch (BlockedAddressException e) {
            outcome = Outcome.BLOCKED;
            detail = e.getMessage();
        } catch (TimeoutException e) {
            outcome = Outcome.TIMEOUT;
            detail = e.getMessage();
        } catch (OutboundException | IOException e) {
            outcome = Outcome.FETCH_ERROR;
            detail = e.getMessage();
        } catch (FeedParseException e) {
            outcome = Outcome.PARSE_ERROR;
            detail = e.getMessage();
        } catch (PublishException e) {
            outcome = Outcome.FETCH_ERROR;
            detail = "could not publish to Kafka, will retry: " + e.getMessage();
        } catch (RuntimeException e) {
            // A bug or a library surprise on one feed must not end the poller; it is reported like any failure.
            outcome = Outcome.PARSE_ERROR;
            detail = "unexpected " + e;
            log.error("feed {}: unexpected failure", url, e);
        }
        int failures = state.consecutiveFailures() + 1;
        Instant next = started.plus(FeedState.backoff(feed.interval(), failures - 1, config.maxBackoff(), retryAfter));
        FeedPolled bad = new FeedPolled(url, outcome, status, items, 0, detail, started, failures, next);
        log.warn("feed {}: {} ({}); failure {} in a row, next poll at {}", url, outcome, detail, failures, next);
        recordHealth(bad);
        return finish(feed, state.failed(next), bad);
    }

    private void recordHealth(FeedPolled h) {
        try {
            publisher.publish(List.of(), h);
        } catch (PublishException e) {
            log.warn("feed {}: could not record health: {}", h.feedUrl(), e.getMessage());
        }
    }

    private FeedPolled finish(FeedSource feed, FeedState next, FeedPolled result) {
        states.put(feed.url(), next);
        return result;
    }

    private List<ArticlePublisher.Item> newArticles(FeedSource feed, ParsedFeed parsed) {
        String source = feed.name() != null ? feed.name() : parsed.title() != null && !parsed.title().isBlank() ? parsed.title() : feed.host();
        List<FeedItem> ordered = new ArrayList<>(parsed.items());
        // Oldest first, so the articles topic follows publication order within a feed.
        ordered.sort(Comparator.comparing((FeedItem i) -> i.published() == null ? Instant.MAX : i.published()));
        List<ArticlePublisher.Item> out = new ArrayList<>();
        Map<String, Boolean> inBatch = new HashMap<>();
        for (FeedItem item : ordered) {
            if (out.size() >= MAX_NEW_ITEMS_PER_POLL) {
                log.info("feed {}: more than {} new items; the rest wait for the next poll", feed.url(), MAX_NEW_ITEMS_PER_POLL);
                break;
            }
            List<String> keys = ArticleAssembler.seenKeys(feed, item);
            if (keys.isEmpty()) {
                continue;
            }
            if (keys.stream().anyMatch(k -> ledger.contains(k) || inBatch.containsKey(k))) {
                metrics.duplicateSkipped();
                continue;
            }
            ArticleFetched a = assembler.assemble(feed, source, item, clock.instant());
            List<String> all = new ArrayList<>(keys);
            String idKey = SeenLedger.idKey(a.id());
            if (!all.contains(idKey)) {
                if (ledger.contains(idKey) || inBatch.containsKey(idKey)) {
                    metrics.duplicateSkipped();
                    continue;
                }
                all.add(idKey);
            }
            all.forEach(k -> inBatch.put(k, true));
            out.add(new ArticlePublisher.Item(a, all));
        }
        return out;
    }

    private record Fetched(Integer status, byte[] body, String contentType, String etag, String lastModified, Duration retryAfter) {}

    private Fetched fetchFeed(FeedSource feed, FeedState state) throws OutboundException, IOException {
        URI u = feed.url();
        if ("file".equalsIgnoreCase(u.getScheme())) {
            Path p = Path.of(u);
            long size = Files.size(p);
            if (size > config.maxBytes()) {
                throw new OutboundException("feed file " + p + " is " + size + " bytes, over the " + config.maxBytes() + " byte cap");
            }
            return new Fetched(null, Files.readAllBytes(p), null, null, null, null);
        }
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
        if (state.etag() != null) {
            headers.put("If-None-Match", state.etag());
        }
        if (state.lastModified() != null) {
            headers.put("If-Modified-Since", state.lastModified());
        }
        try {
            gate.await(feed.host());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundException("interrupted waiting to poll " + u, e);
        }
        GuardedHttp.Response r = http.get(u, headers);
        return new Fetched(r.status(), r.body(), r.header("Content-Type").orElse(null),
                r.header("ETag").orElse(null), r.header("Last-Modified").orElse(null), retryAfter(r.header("Retry-After").orElse(null)));
    }

    static Duration retryAfter(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            try {
                return Duration.between(Instant.now(), ZonedDateTime.parse(v.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    /** The latest poll outcome per feed URL (for the health endpoint). */
    public Map<String, FeedPolled> health() {
        return Map.copyOf(health);
    }

    public int publishedCount() {
        return published.get();
    }

    /** Feeds whose latest poll failed. */
    public int failingCount() {
        return (int) health.values().stream().filter(h -> h.consecutiveFailures() > 0).count();
    }

    /** True once {@link #start()} ran and until {@link #close()}; never blocks (probes call it). */
    public boolean polling() {
        return polling;
    }

    @Override
    public synchronized void close() {
        polling = false;
        metrics.close();
        if (scheduler != null) {
            scheduler.shutdownNow();
            workers.shutdownNow();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
