package org.newsalert.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.config.IngestConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The ingest service alone, against a given cluster: how it runs in production. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Run the ingest service alone against a Kafka cluster.")
final class IngestCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka cluster (default: $KAFKA_BOOTSTRAP_SERVERS)")
    String bootstrapServers;

    @Option(names = "--feeds", paramLabel = "FILE", description = "feed list, YAML or OPML (default: $NEWSALERT_FEEDS_FILE)")
    Path feeds;

    @Option(names = "--config", paramLabel = "FILE", description = "properties file of settings (environment variables override it)")
    Path config;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new HashMap<>();
        if (bootstrapServers != null) {
            flags.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        }
        if (feeds != null) {
            flags.put("feeds.file", feeds.toString());
        }
        IngestConfig c = IngestConfig.from(ConfigSource.of(config, System.getenv()).with(flags));
        if (c.bootstrapServers() == null) {
            throw new ConfigException("KAFKA_BOOTSTRAP_SERVERS (or --bootstrap-servers) is required; `newsalert run` starts an embedded broker");
        }
        IngestService service = IngestService.start(c);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            done.countDown();
        }, "ingest-shutdown"));
        done.await();
        return 0;
    }
}
