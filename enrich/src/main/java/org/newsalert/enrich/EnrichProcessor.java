package org.newsalert.enrich;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.RebuildHeaders;
import org.newsalert.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The sequential heart of enrich: articles arrive here on a single partition, are put back into
 * published-time order by a small buffer, and go through the {@link ArticlePipeline} one at a
 * time. The buffer releases its oldest article when full and everything when no article has
 * arrived for a moment, so articles interleaved from several input partitions are processed in the
 * same order on every run, which makes stories reproducible. Articles with equal published times
 * keep their arrival order on the sequencing partition. Under a steady stream that never pauses, an
 * article would otherwise wait until the buffer filled: a max wait (wall time) releases, in
 * published order, up to the fresh articles (published less than {@link #FRESH} before they
 * arrived) that have waited that long, trading strict order for latency where latency matters.
 * Older articles (a feed's first poll, archives, a backlog of old news) keep the full reordering.
 * Batch runs turn the max wait off.
 */
final class EnrichProcessor implements Processor<String, ArticleFetched, String, EnrichResult> {
    private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);
    static final String BUFFER = "enrich-reorder-buffer";
    static final String SEQUENCE = "enrich-arrival-sequence";
    /** Separates a buffer key's order part from the id of the rebuild that marked the article. */
    static final String REBUILT = "|rebuild=";
    /** Wall time one idle punctuation may spend releasing the buffer before it lets Streams commit. */
    private static final long IDLE_RELEASE_BUDGET_NANOS = 2_000_000_000L;
    private static final long NO_DEADLINE = Long.MIN_VALUE;
    /** News younger than this when it arrives is live: the max wait applies to it. */
    static final Duration FRESH = Duration.ofHours(1);

    private final ArticlePipeline pipeline;
    private final int capacity;
    private final Duration idle;
    private final Duration maxWait;
    /** Buffer keys in arrival order with their arrival (wall) time; kept in memory, restored entries count from init. */
    private final java.util.LinkedHashMap<String, Long> arrivals = new java.util.LinkedHashMap<>();
    private final EnrichMetrics metrics;
    private final RebuildMark rebuild;
    private ProcessorContext<String, EnrichResult> ctx;
    private KeyValueStore<String, ArticleFetched> buffer;
    private KeyValueStore<String, Long> sequence;
    private StoreState state;
    private int buffered;
    private long lastArrivalMs;

    /** @param rebuild the rebuild this processor runs in, or null for the live app */
    EnrichProcessor(ArticlePipeline pipeline, int capacity, Duration idle, EnrichMetrics metrics, RebuildMark rebuild) {
        this(pipeline, capacity, idle, Duration.ZERO, metrics, rebuild);
    }

    /** @param maxWait the longest an article waits while others keep arriving; zero: no limit */
    EnrichProcessor(ArticlePipeline pipeline, int capacity, Duration idle, Duration maxWait, EnrichMetrics metrics, RebuildMark rebuild) {
        this.maxWait = maxWait;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.capacity = Math.max(1, capacity);
        this.idle = idle;
        this.rebuild = rebuild;
    }

    static StoreBuilder<KeyValueStore<String, ArticleFetched>> bufferStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BUFFER), Serdes.String(), Topics.ARTICLES.valueSerde());
    }

    /** Small counters: the arrival sequence, and {@link StoreState#LIVE_STORIES}. */
    static StoreBuilder<KeyValueStore<String, Long>> sequenceStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SEQUENCE), Serdes.String(), Serdes.Long());
    }

    @Override
    public void init(ProcessorContext<String, EnrichResult> context) {
        ctx = context;
        buffer = context.getStateStore(BUFFER);
        sequence = context.getStateStore(SEQUENCE);
        state = new StoreState(context);
        long restoredAt = context.currentSystemTimeMs();
        try (var it = buffer.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                if (isFresh(kv.value, restoredAt)) {
                    arrivals.put(kv.key, restoredAt);
                }
                buffered++;
            }
        }
        metrics.buffered(buffered);
        metrics.liveStories(state.liveStories());
        lastArrivalMs = context.currentSystemTimeMs();
        // The context's clock, not System's, so TopologyTestDriver can advance it.
        // Checked at a quarter of the shorter of the two limits, so an article overstays either by at most a quarter.
        long shorter = maxWait.isZero() ? idle.toMillis() : Math.min(idle.toMillis(), maxWait.toMillis());
        context.schedule(Duration.ofMillis(Math.max(50, shorter / 4)), PunctuationType.WALL_CLOCK_TIME, now -> {
            boolean held = rebuild != null && !rebuild.inputComplete().get();
            if (buffered > 0 && !held && now - lastArrivalMs >= idle.toMillis()) {
                releaseOldest(buffered, System.nanoTime() + IDLE_RELEASE_BUDGET_NANOS);
            } else if (buffered > 0 && !held && !maxWait.isZero()) {
                releaseWaited(now - maxWait.toMillis(), System.nanoTime() + IDLE_RELEASE_BUDGET_NANOS);
            }
        });
    }

    @Override
    public void process(Record<String, ArticleFetched> record) {
        ArticleFetched a = record.value();
        lastArrivalMs = ctx.currentSystemTimeMs();
        Long last = sequence.get("arrivals");
        long seq = last == null ? 0 : last + 1;
        sequence.put("arrivals", seq);
        // The rebuild mark rides in the buffer key (after the ordering part), so it survives the
        // buffer and a restore from its changelog without changing the store's value format.
        RebuildHeaders.Mark mark = RebuildHeaders.read(record.headers());
        String key = mark == null ? orderKey(a, seq) : orderKey(a, seq) + REBUILT + mark.rebuildId();
        buffer.put(key, a);
        if (isFresh(a, lastArrivalMs)) {
            arrivals.put(key, lastArrivalMs);
        }
        buffered++;
        if (buffered > capacity) {
            releaseOldest(buffered - capacity, NO_DEADLINE);
        }
        metrics.buffered(buffered);
    }

    @Override
    public void close() {
        // The task moved away (or the app stops): another instance reports these now.
        metrics.buffered(0);
        metrics.liveStories(0);
    }

    /**
     * Enriches up to {@code n} of the oldest buffered articles, stopping early once {@code deadlineNanos}
     * has passed; the next punctuation goes on where this one stopped, in the same order. The idle
     * release would otherwise put a whole buffer's work into one transaction, which outlasts the
     * exactly-once transaction timeout (10 s) when articles take more than 10 ms each.
     */
    private void releaseOldest(int n, long deadlineNanos) {
        java.util.List<org.apache.kafka.streams.KeyValue<String, ArticleFetched>> out = new java.util.ArrayList<>(n);
        try (var it = buffer.all()) {
            while (it.hasNext() && out.size() < n) {
                out.add(it.next());
            }
        }
        for (var kv : out) {
            if (deadlineNanos != NO_DEADLINE && System.nanoTime() - deadlineNanos > 0) {
                return;
            }
            buffer.delete(kv.key);
            arrivals.remove(kv.key);
            buffered--;
            enrich(kv.value, headersFor(kv.key));
        }
        metrics.buffered(buffered);
    }

    private static boolean isFresh(ArticleFetched a, long arrivedMs) {
        return a.published().toEpochMilli() >= arrivedMs - FRESH.toMillis();
    }

    /**
     * Releases buffered articles in published order until none left has arrived at or before
     * {@code arrivedBy}: an article that waited too long goes out together with every article
     * published before it, so the order among released articles stays the published order.
     */
    private void releaseWaited(long arrivedBy, long deadlineNanos) {
        while (buffered > 0 && !arrivals.isEmpty() && arrivals.values().iterator().next() <= arrivedBy) {
            if (System.nanoTime() - deadlineNanos > 0) {
                return; // the next punctuation goes on from here
            }
            int before = buffered;
            releaseOldest(1, NO_DEADLINE);
            if (buffered == before) {
                return;
            }
        }
    }

    /** Headers of the results of the buffered article under {@code key}: the rebuild mark, if any. */
    private Headers headersFor(String key) {
        RecordHeaders h = new RecordHeaders();
        int at = key.indexOf(REBUILT);
        if (at >= 0) {
            String id = key.substring(at + REBUILT.length());
            String deliverTo = rebuild != null && rebuild.id().equals(id) ? rebuild.deliverTo() : null;
            RebuildHeaders.write(h, new RebuildHeaders.Mark(id, deliverTo));
        }
        return h;
    }

    /** Each forwarded record gets its own headers: a sink or a later processor may add to them. */
    private static Headers copy(Headers h) {
        return new RecordHeaders(h.toArray());
    }

    private void enrich(ArticleFetched a, Headers headers) {
        // Lines logged while this article is processed (tagger, clusterer, serdes) name it and its story.
        MDC.put("article", a.id());
        try {
            enrichOne(a, headers);
        } finally {
            MDC.remove("article");
            MDC.remove("story");
        }
    }

    private void enrichOne(ArticleFetched a, Headers headers) {
        long ts = a.published().toEpochMilli();
        ArticlePipeline.Outcome o;
        try {
            o = pipeline.process(a, state);
        } catch (org.apache.kafka.streams.errors.StreamsException e) {
            throw e; // the task itself failed (e.g. migrated, fenced): Streams retries it; the article is not at fault
        } catch (RuntimeException e) {
            // One article that trips a bug is parked with the reason; the stream goes on.
            log.error("article {} ({}): enrich failed, sent to dead letters: {}", a.id(), a.url(), e.toString(), e);
            metrics.failed();
            ctx.forward(new Record<>(a.id(), new EnrichResult.Dead(new DeadLetter("enrich", Topics.ARTICLES.name(), -1, -1,
                    a.id(), org.newsalert.events.Json.write(a), "processing failed: " + e, Instant.now())), ts, copy(headers)));
            return;
        }
        String story = o.story().storyId();
        MDC.put("story", story);
        metrics.enriched(o.article().kind(), o.development() != null);
        metrics.liveStories(state.liveStories());
        ctx.forward(new Record<>(story, new EnrichResult.Enriched(o.article()), ts, copy(headers)));
        ctx.forward(new Record<>(story, new EnrichResult.Story(o.story()), ts, copy(headers)));
        if (o.development() != null) {
            ctx.forward(new Record<>(story, new EnrichResult.Development(o.development()), ts, copy(headers)));
            log.info("story {}: {} {} from {} ({})", story, o.development().kind(),
                    o.development().stage() == null ? "" : o.development().stage(), a.source(), a.title());
        }
    }

    /**
     * Published time first (zero-padded millis sort as text), then arrival: articles with the same
     * time (dumps often carry dates alone) keep the order in which they reached this partition,
     * which is their file order when a backtest feeds them through one partition.
     */
    static String orderKey(ArticleFetched a, long arrival) {
        return String.format(Locale.ROOT, "%019d|%019d", Math.max(0, a.published().toEpochMilli()), arrival);
    }
}
