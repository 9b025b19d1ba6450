package org.newsalert.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.newsalert.events.ArticleKind;

/**
 * Enrich's own meters, tagged {@code service=enrich}: articles enriched by kind, developments out,
 * dead letters by reason, stories live and articles held for reordering. Counters count processing,
 * so an exactly-once transaction that aborts and is retried counts its articles again; the gauges
 * are set by the task that owns the sequencing partition (0 on an instance that does not own it).
 */
public final class EnrichMetrics implements AutoCloseable {
    static final Tags SERVICE = Tags.of("service", "enrich");

    private final MeterRegistry registry;
    private final Map<ArticleKind, Counter> articles = new EnumMap<>(ArticleKind.class);
    private final Map<ArticleKind, Counter> developments = new EnumMap<>(ArticleKind.class);
    private final Counter unreadable;
    private final Counter failed;
    private final AtomicLong liveStories = new AtomicLong();
    private final AtomicLong buffered = new AtomicLong();
    private final List<Meter> gauges = new ArrayList<>();

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        for (ArticleKind k : ArticleKind.values()) {
            articles.put(k, Counter.builder("newsalert.enrich.articles").tags(SERVICE.and("kind", k.name()))
                    .description("articles enriched, by the story decision (NEW_STORY, DEVELOPMENT, COVERAGE)").register(registry));
            if (k != ArticleKind.COVERAGE) {
                developments.put(k, Counter.builder("newsalert.enrich.developments").tags(SERVICE.and("kind", k.name()))
                        .description("developments written to newsalert.developments").register(registry));
            }
        }
        unreadable = deadLetters("unreadable");
        failed = deadLetters("processing_failed");
        gauges.add(Gauge.builder("newsalert.enrich.stories.live", liveStories, AtomicLong::get).tags(SERVICE)
                .description("stories in the clusterer's live set (an article within the quiet period, event time)").register(registry));
        gauges.add(Gauge.builder("newsalert.enrich.reorder.buffered", buffered, AtomicLong::get).tags(SERVICE)
                .description("articles held in the reorder buffer, waiting to be enriched in published-time order").register(registry));
    }

    /** Meters that record nothing: for topologies run outside a service (tests, backtests). */
    public static EnrichMetrics none() {
        return new EnrichMetrics(new CompositeMeterRegistry());
    }

    private Counter deadLetters(String reason) {
        return Counter.builder("newsalert.enrich.dead.letters").tags(SERVICE.and("reason", reason))
                .description("records sent to newsalert.enrich.dead-letters").register(registry);
    }

    void enriched(ArticleKind kind, boolean development) {
        articles.get(kind).increment();
        if (development && developments.containsKey(kind)) {
            developments.get(kind).increment();
        }
    }

    void unreadable() {
        unreadable.increment();
    }

    void failed() {
        failed.increment();
    }

    void liveStories(long n) {
        liveStories.set(n);
    }

    void buffered(long n) {
        buffered.set(n);
    }

    @Override
    public void close() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }
}
