package org.newsalert.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.newsalert.events.FeedPolled;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.ingest.config.FeedList;
import org.newsalert.ingest.config.FeedSource;
import org.newsalert.ingest.config.IngestConfig;
import org.newsalert.ingest.poll.FeedPoller;
import org.newsalert.ingest.poll.IngestMetrics;
import org.newsalert.ingest.publish.ArticlePublisher;
import org.newsalert.ingest.publish.SeenLedger;
import org.newsalert.ops.HealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service, wired: topics created, the seen-ledger rebuilt from Kafka, the feed list
 * loaded and polled until {@link #close()}. It is ready once its transactional producer is
 * initialised and the poller runs, and stays ready while Kafka takes its transactions; failing
 * feeds do not make it unready (they are the outside world's, and are counted in the metrics).
 */
public final class IngestService implements AutoCloseable, HealthCheck {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final ArticlePublisher publisher;
    private final FeedPoller poller;

    private IngestService(ArticlePublisher publisher, FeedPoller poller) {
        this.publisher = publisher;
        this.poller = poller;
    }

    /** The topics ingest writes. */
    public static List<org.newsalert.events.Topic<?, ?>> topics() {
        return List.of(Topics.ARTICLES, Topics.ARTICLES_SEEN, Topics.FEED_HEALTH);
    }

    public static IngestService start(IngestConfig config) {
        return start(config, new CompositeMeterRegistry());
    }

    /** Starts the service with its meters on {@code registry}. */
    public static IngestService start(IngestConfig config, MeterRegistry registry) {
        Objects.requireNonNull(config.bootstrapServers(), "KAFKA_BOOTSTRAP_SERVERS is required");
        if (config.feedsFile() == null) {
            throw new org.newsalert.events.config.ConfigException("NEWSALERT_FEEDS_FILE is required: a YAML or OPML feed list");
        }
        List<FeedSource> feeds = FeedList.load(config.feedsFile());
        TopicCreator.ensure(config.bootstrapServers(), config.replicationFactor(), topics());
        SeenLedger ledger = SeenLedger.load(config.bootstrapServers());
        ArticlePublisher publisher = new ArticlePublisher(config.bootstrapServers(), "newsalert-ingest", ledger);
        FeedPoller poller = new FeedPoller(feeds, config, ledger, publisher, Clock.systemUTC(), new IngestMetrics(registry));
        poller.start();
        log.info("ingest started: {} feeds from {}", feeds.size(), config.feedsFile());
        return new IngestService(publisher, poller);
    }

    /** A transactional id for one-off publishers (replay) that must not fence the running service. */
    public static String oneOffTransactionalId(String purpose) {
        return "newsalert-" + purpose + "-" + UUID.randomUUID();
    }

    public Map<String, FeedPolled> health() {
        return poller.health();
    }

    public int publishedCount() {
        return poller.publishedCount();
    }

    @Override
    public Map<String, String> notReady() {
        Map<String, String> out = new LinkedHashMap<>();
        if (!poller.polling()) {
            out.put("poller", "not polling (stopped)");
        }
        publisher.lastFailure().ifPresent(e -> out.put("kafka", "the latest publish transaction failed: " + e));
        return out;
    }

    @Override
    public void close() {
        poller.close();
        publisher.close();
        log.info("ingest stopped");
    }
}
