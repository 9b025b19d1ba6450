package org.newsalert.enrich;

import java.time.Duration;
import org.newsalert.events.config.ConfigSource;

/**
 * The enrich service's settings, declared once (the README's configuration table mirrors them).
 *
 * @param bootstrapServers Kafka cluster ({@code KAFKA_BOOTSTRAP_SERVERS})
 * @param applicationId Streams application id: consumer group and prefix of internal topics ({@code NEWSALERT_ENRICH_APPLICATION_ID})
 * @param stateDir where Streams keeps its local stores ({@code NEWSALERT_ENRICH_STATE_DIR})
 * @param storyQuietPeriod a story with no article for this long (event time) is closed ({@code NEWSALERT_ENRICH_STORY_QUIET_PERIOD})
 * @param reorderBuffer articles held to be processed in published-time order ({@code NEWSALERT_ENRICH_REORDER_BUFFER})
 * @param reorderIdle when no article arrived for this long (wall time), the buffer is released ({@code NEWSALERT_ENRICH_REORDER_IDLE})
 * @param reorderMaxWait an article waits in the buffer at most about this long (wall time) even while others keep
 *     arriving; zero turns the limit off, which batch runs (backtest) do so their order depends only on their input
 *     ({@code NEWSALERT_ENRICH_REORDER_MAX_WAIT})
 * @param replicationFactor replication of topics created at start-up ({@code NEWSALERT_TOPIC_REPLICATION})
 */
public record EnrichConfig(
        String bootstrapServers,
        String applicationId,
        String stateDir,
        Duration storyQuietPeriod,
        int reorderBuffer,
        Duration reorderIdle,
        Duration reorderMaxWait,
        short replicationFactor) {

    public EnrichConfig {
        if (reorderMaxWait == null || reorderMaxWait.isNegative()) {
            throw new org.newsalert.events.config.ConfigException("NEWSALERT_ENRICH_REORDER_MAX_WAIT must be zero (off) or a positive duration");
        }
    }

    public static EnrichConfig from(ConfigSource c) {
        return new EnrichConfig(
                c.bootstrapServers(),
                c.string("enrich.application.id", "newsalert-enrich"),
                c.string("enrich.state.dir", System.getProperty("java.io.tmpdir") + "/newsalert-enrich"),
                c.duration("enrich.story.quiet.period", Duration.ofDays(1095)),
                c.integer("enrich.reorder.buffer", 1000),
                c.duration("enrich.reorder.idle", Duration.ofSeconds(1)),
                c.duration("enrich.reorder.max.wait", Duration.ofMillis(250)),
                (short) c.integer("topic.replication", 1));
    }

    public EnrichConfig withBootstrapServers(String s) {
        return new EnrichConfig(s, applicationId, stateDir, storyQuietPeriod, reorderBuffer, reorderIdle, reorderMaxWait, replicationFactor);
    }

    public EnrichConfig withStateDir(String s) {
        return new EnrichConfig(bootstrapServers, applicationId, s, storyQuietPeriod, reorderBuffer, reorderIdle, reorderMaxWait, replicationFactor);
    }

    public EnrichConfig withApplicationId(String s) {
        return new EnrichConfig(bootstrapServers, s, stateDir, storyQuietPeriod, reorderBuffer, reorderIdle, reorderMaxWait, replicationFactor);
    }
}
