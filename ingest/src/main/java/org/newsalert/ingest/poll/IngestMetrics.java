package org.newsalert.ingest.poll;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsalert.events.FeedPolled;

/**
 * Ingest's meters, all tagged {@code service=ingest}: polls by feed and outcome, feeds failing,
 * articles published, duplicates skipped, extraction fallbacks. Registered on the registry the
 * service is given (never the global one), and removed again on {@link #close()}.
 */
public final class IngestMetrics implements AutoCloseable {
    static final Tags SERVICE = Tags.of("service", "ingest");

    private final MeterRegistry registry;
    private final Counter published;
    private final Counter duplicates;
    private final Counter fallbacks;
    private final List<Meter> gauges = new ArrayList<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        published = Counter.builder("newsalert.ingest.articles.published").tags(SERVICE)
                .description("articles written to newsalert.articles (committed transactions)").register(registry);
        duplicates = Counter.builder("newsalert.ingest.duplicates.skipped").tags(SERVICE)
                .description("feed items not published because the dedup ledger (or the same poll) already had them").register(registry);
        fallbacks = Counter.builder("newsalert.ingest.extraction.fallbacks").tags(SERVICE)
                .description("articles published with the feed's text because their page could not be fetched or extracted").register(registry);
    }

    /** Meters that record nothing: for pollers run outside a service (tests, tools). */
    public static IngestMetrics none() {
        return new IngestMetrics(new CompositeMeterRegistry());
    }

    /** Gauges read from the poller: feeds configured and feeds whose last poll failed. */
    void bindFeeds(Supplier<Number> feeds, Supplier<Number> failing) {
        gauges.add(Gauge.builder("newsalert.ingest.feeds", feeds).tags(SERVICE)
                .description("feeds in the feed list").register(registry));
        gauges.add(Gauge.builder("newsalert.ingest.feeds.failing", failing).tags(SERVICE)
                .description("feeds whose latest poll failed (HTTP, parse, timeout, fetch, blocked)").register(registry));
    }

    void polled(FeedPolled result, Duration took) {
        Tags tags = SERVICE.and("feed", result.feedUrl()).and("outcome", result.outcome().name());
        Counter.builder("newsalert.ingest.polls").tags(tags).description("feed polls by feed and outcome").register(registry).increment();
        Timer.builder("newsalert.ingest.poll.duration").tags(SERVICE.and("outcome", result.outcome().name()))
                .description("time of one poll: fetch, parse, page fetches, publish").register(registry).record(took);
    }

    void published(int articles) {
        published.increment(articles);
    }

    void duplicateSkipped() {
        duplicates.increment();
    }

    void extractionFallback() {
        fallbacks.increment();
    }

    @Override
    public void close() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }
}
