package org.newsalert.ingest.config;

import java.nio.file.Path;
import java.time.Duration;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.outbound.AddressPolicy;
import org.newsalert.outbound.GuardedHttp;

/**
 * The ingest service's settings, declared once: name, default and meaning live here and the
 * README's configuration table mirrors them.
 *
 * @param bootstrapServers Kafka cluster ({@code KAFKA_BOOTSTRAP_SERVERS})
 * @param feedsFile the YAML or OPML feed list ({@code NEWSALERT_FEEDS_FILE})
 * @param allowList addresses outbound fetches may reach despite being private/loopback ({@code NEWSALERT_OUTBOUND_ALLOW})
 * @param workers concurrent fetches ({@code NEWSALERT_INGEST_WORKERS})
 * @param hostDelay minimum gap between two requests to one host ({@code NEWSALERT_INGEST_HOST_DELAY})
 * @param maxBackoff longest wait after repeated failures of a feed ({@code NEWSALERT_INGEST_MAX_BACKOFF})
 * @param timeout whole-request deadline ({@code NEWSALERT_INGEST_TIMEOUT})
 * @param maxBytes response size cap ({@code NEWSALERT_INGEST_MAX_BYTES})
 * @param userAgent the User-Agent sent ({@code NEWSALERT_INGEST_USER_AGENT})
 * @param replicationFactor replication of topics created at start-up ({@code NEWSALERT_TOPIC_REPLICATION})
 */
public record IngestConfig(
        String bootstrapServers,
        Path feedsFile,
        String allowList,
        int workers,
        Duration hostDelay,
        Duration maxBackoff,
        Duration timeout,
        long maxBytes,
        String userAgent,
        short replicationFactor) {

    public static final String DEFAULT_USER_AGENT =
            "newsalert/0.1 (feed reader; +https://github.com/newsalert/newsalert)";

    public static IngestConfig from(ConfigSource c) {
        String feeds = c.string("feeds.file", null);
        return new IngestConfig(
                c.bootstrapServers(),
                feeds == null ? null : Path.of(feeds),
                c.string("outbound.allow", ""),
                c.integer("ingest.workers", 4),
                c.duration("ingest.host.delay", Duration.ofSeconds(1)),
                c.duration("ingest.max.backoff", Duration.ofHours(6)),
                c.duration("ingest.timeout", Duration.ofSeconds(30)),
                c.bytes("ingest.max.bytes", 10L << 20),
                c.string("ingest.user.agent", DEFAULT_USER_AGENT),
                (short) c.integer("topic.replication", 1));
    }

    public AddressPolicy addressPolicy() {
        return AddressPolicy.allowing(allowList);
    }

    public GuardedHttp.Settings httpSettings() {
        return new GuardedHttp.Settings(addressPolicy(), Duration.ofSeconds(10), timeout, maxBytes, 5, userAgent);
    }

    public IngestConfig withBootstrapServers(String servers) {
        return new IngestConfig(servers, feedsFile, allowList, workers, hostDelay, maxBackoff, timeout, maxBytes, userAgent, replicationFactor);
    }

    public IngestConfig withFeedsFile(Path file) {
        return new IngestConfig(bootstrapServers, file, allowList, workers, hostDelay, maxBackoff, timeout, maxBytes, userAgent, replicationFactor);
    }
}
