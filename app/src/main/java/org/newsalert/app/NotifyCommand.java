package org.newsalert.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.notify.NotifyConfig;
import org.newsalert.notify.NotifyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The notify service alone, against a given cluster: how it runs in production. */
@Command(name = "notify", mixinStandardHelpOptions = true,
        description = "Run the notify service alone (matching, email and webhook delivery, subscriptions API) against a Kafka cluster.")
final class NotifyCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka cluster (default: $KAFKA_BOOTSTRAP_SERVERS)")
    String bootstrapServers;

    @Option(names = "--port", paramLabel = "PORT", description = "API port (default: $NEWSALERT_API_PORT, else 8080)")
    Integer port;

    @Option(names = "--config", paramLabel = "FILE", description = "properties file of settings (environment variables override it)")
    Path config;

    @Option(names = "--print-alerts", description = "print one line per delivered alert to standard output")
    boolean printAlerts;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new HashMap<>();
        if (bootstrapServers != null) {
            flags.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        }
        if (port != null) {
            flags.put("NEWSALERT_API_PORT", port.toString());
        }
        ConfigSource source = ConfigSource.of(config, System.getenv()).with(flags);
        if (source.bootstrapServers() == null) {
            throw new ConfigException("KAFKA_BOOTSTRAP_SERVERS (or --bootstrap-servers) is required; `newsalert run` starts an embedded broker");
        }
        NotifyService service = NotifyService.start(NotifyConfig.from(source), printAlerts ? System.out : null);
        System.out.println("Subscriptions API: http://127.0.0.1:" + service.apiPort() + "/openapi.yaml");
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            done.countDown();
        }, "notify-shutdown"));
        done.await();
        return 0;
    }
}
