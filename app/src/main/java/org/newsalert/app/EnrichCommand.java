package org.newsalert.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.EnrichService;
import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The enrich Streams app alone, against a given cluster. */
@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Run the enrich service (Kafka Streams) alone against a Kafka cluster.")
final class EnrichCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka cluster (default: $KAFKA_BOOTSTRAP_SERVERS)")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE", description = "properties file of settings (environment variables override it)")
    Path config;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new HashMap<>();
        if (bootstrapServers != null) {
            flags.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        }
        EnrichConfig c = EnrichConfig.from(ConfigSource.of(config, System.getenv()).with(flags));
        if (c.bootstrapServers() == null) {
            throw new ConfigException("KAFKA_BOOTSTRAP_SERVERS (or --bootstrap-servers) is required; `newsalert run` starts an embedded broker");
        }
        EnrichService service = EnrichService.start(c);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            done.countDown();
        }, "enrich-shutdown"));
        done.await();
        return 0;
    }
}
