package org.newsalert.enrich;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.newsalert.events.Topic;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enrich Streams application, wired: topics created, topology built, started, stopped. */
public final class EnrichService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);
    private final KafkaStreams streams;

    private EnrichService(KafkaStreams streams) {
        this.streams = streams;
    }

    /** The topics enrich reads or writes (internal topics are Streams' own business). */
    public static List<Topic<?, ?>> topics() {
        return List.of(Topics.ARTICLES, Topics.ARTICLES_ENRICHED, Topics.STORIES, Topics.DEVELOPMENTS, Topics.ENRICH_DEAD_LETTERS);
    }

    public static EnrichService start(EnrichConfig config) {
        return start(config, ArticlePipeline.withDefaults(config.storyQuietPeriod()));
    }

    public static EnrichService start(EnrichConfig config, ArticlePipeline pipeline) {
        TopicCreator.ensure(config.bootstrapServers(), config.replicationFactor(), topics());
        KafkaStreams streams = new KafkaStreams(EnrichTopology.build(config, pipeline), EnrichTopology.streamsProperties(config));
        // A thread that dies on an unexpected error is replaced; its task restores from the
        // changelogs and the exactly-once commit makes the retry safe.
        streams.setUncaughtExceptionHandler(e -> {
            log.error("enrich stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> log.info("enrich: {} -> {}", before, now));
        streams.start();
        log.info("enrich started (application id {}, state in {})", config.applicationId(), config.stateDir());
        return new EnrichService(streams);
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
    public void close() {
        // Leave the group at once: a restart or a story rebuild need not wait out the session timeout.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        log.info("enrich stopped");
    }
}
