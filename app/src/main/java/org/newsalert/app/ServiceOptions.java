package org.newsalert.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.ops.HealthCheck;
import org.newsalert.ops.OpsConfig;
import org.newsalert.ops.OpsServer;
import picocli.CommandLine.Option;

/** What the single-service commands ({@code ingest}, {@code enrich}, {@code notify}) share: a cluster, a config file, a lifetime. */
final class ServiceOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka cluster (default: $KAFKA_BOOTSTRAP_SERVERS)")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE", description = "properties file of settings (environment variables override it)")
    Path config;

    /** Settings from the config file and the environment, with command-line flags on top; a cluster is required. */
    ConfigSource source(Map<String, String> flags) {
        Map<String, String> all = new HashMap<>(flags);
        if (bootstrapServers != null) {
            all.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        }
        ConfigSource source = ConfigSource.of(config, System.getenv()).with(all);
        if (source.bootstrapServers() == null) {
            throw new ConfigException("KAFKA_BOOTSTRAP_SERVERS (or --bootstrap-servers) is required; `newsalert run` starts an embedded broker");
        }
        return source;
    }

    /**
     * Starts the ops endpoints (health, readiness, metrics) before the service, so liveness answers
     * during a long start-up and readiness says what it is waiting for; prints where they are.
     */
    static OpsServer startOps(ConfigSource source, String defaultHost, int defaultPort, String... services) {
        OpsServer ops = OpsServer.start(OpsConfig.from(source, defaultHost, defaultPort), OpsServer.newRegistry());
        for (String s : services) {
            ops.check(s, HealthCheck.starting(s));
        }
        ops.address().ifPresent(a -> System.out.println("Ops:           " + a + OpsServer.READY + "  (also " + OpsServer.LIVE + ", " + OpsServer.METRICS + ")"));
        return ops;
    }

    /** Closes {@code service}, then {@code ops}. */
    static AutoCloseable both(AutoCloseable service, OpsServer ops) {
        return () -> {
            try {
                service.close();
            } finally {
                ops.close();
            }
        };
    }

    /** Blocks until the JVM is asked to stop, then closes {@code service}. */
    static int runUntilShutdown(String name, AutoCloseable service) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(ServiceOptions.class).warn("stopping {}: {}", name, e.toString());
            }
            done.countDown();
        }, name + "-shutdown"));
        done.await();
        return 0;
    }
}
