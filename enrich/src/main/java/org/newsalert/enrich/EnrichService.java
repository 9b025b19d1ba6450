package org.newsalert.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.newsalert.events.Topic;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.ops.HealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich Streams application, wired: topics created, topology built, started, stopped. Ready
 * only while Streams is RUNNING: REBALANCING includes restoring stores from their changelogs,
 * and a rolling update must wait for that; nothing routes traffic to enrich, so the brief
 * unreadiness of an ordinary rebalance costs nothing.
 */
public final class EnrichService implements AutoCloseable, HealthCheck {
    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);
    private final KafkaStreams streams;
    private final EnrichMetrics metrics;
    private final KafkaStreamsMetrics streamsMetrics;
    private volatile boolean closing;

    private EnrichService(KafkaStreams streams, EnrichMetrics metrics, KafkaStreamsMetrics streamsMetrics) {
        this.streams = streams;
        this.metrics = metrics;
        this.streamsMetrics = streamsMetrics;
    }

    /** The topics enrich reads or writes (internal topics are Streams' own business). */
    public static List<Topic<?, ?>> topics() {
        return List.of(Topics.ARTICLES, Topics.ARTICLES_ENRICHED, Topics.STORIES, Topics.DEVELOPMENTS, Topics.ENRICH_DEAD_LETTERS);
    }

    public static EnrichService start(EnrichConfig config) {
        return start(config, ArticlePipeline.withDefaults(config.storyQuietPeriod()));
    }

    public static EnrichService start(EnrichConfig config, ArticlePipeline pipeline) {
        return start(config, pipeline, new CompositeMeterRegistry());
    }

    /** Starts the app with its own meters and Streams' client metrics on {@code registry}. */
    public static EnrichService start(EnrichConfig config, ArticlePipeline pipeline, MeterRegistry registry) {
        TopicCreator.ensure(config.bootstrapServers(), config.replicationFactor(), topics());
        EnrichMetrics metrics = new EnrichMetrics(registry);
        KafkaStreams streams = new KafkaStreams(EnrichTopology.build(config, pipeline, metrics), EnrichTopology.streamsProperties(config));
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams, EnrichMetrics.SERVICE);
        streamsMetrics.bindTo(registry);
        // A thread that dies on an unexpected error is replaced; its task restores from the
        // changelogs and the exactly-once commit makes the retry safe.
        streams.setUncaughtExceptionHandler(e -> {
            log.error("enrich stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> log.info("enrich: {} -> {}", before, now));
        streams.start();
        log.info("enrich started (application id {}, state in {})", config.applicationId(), config.stateDir());
        return new EnrichService(streams, metrics, streamsMetrics);
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Waits until the app is RUNNING (tasks assigned and restored). */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (streams.state() == KafkaStreams.State.RUNNING) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public Map<String, String> notReady() {
        KafkaStreams.State s = streams.state();
        return switch (s) {
            case RUNNING -> Map.of();
            case CREATED, REBALANCING -> Map.of("streams", "Kafka Streams is " + s + " (joining the group, or restoring stores from their changelogs)");
            default -> Map.of("streams", "Kafka Streams is " + s);
        };
    }

    @Override
    public Map<String, String> broken() {
        KafkaStreams.State s = streams.state();
        boolean dead = s == KafkaStreams.State.ERROR || s == KafkaStreams.State.PENDING_ERROR
                || (!closing && (s == KafkaStreams.State.NOT_RUNNING || s == KafkaStreams.State.PENDING_SHUTDOWN));
        return dead ? Map.of("streams", "Kafka Streams is " + s + " and will not recover by itself") : Map.of();
    }

    @Override
    public void close() {
        closing = true;
        streamsMetrics.close();
        metrics.close();
        // Leave the group at once: a restart or a story rebuild need not wait out the session timeout.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        log.info("enrich stopped");
    }
}
