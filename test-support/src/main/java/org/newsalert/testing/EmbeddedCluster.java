package org.newsalert.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsalert.broker.EmbeddedKafka;

/** The in-process KRaft broker, with its data in a temporary directory deleted on close. */
final class EmbeddedCluster implements KafkaCluster {
    private final Path dir;
    private final int port;
    private EmbeddedKafka kafka;

    EmbeddedCluster() {
        try {
            dir = Files.createTempDirectory("newsalert-test-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka = EmbeddedKafka.start(dir, 0, false);
        port = kafka.port();
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public boolean canRestart() {
        return true;
    }

    @Override
    public synchronized void restartBroker() {
        stopBroker();
        startBroker();
    }

    @Override
    public synchronized void stopBroker() {
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
    }

    @Override
    public synchronized void startBroker() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(dir, port, false);
        }
    }

    @Override
    public synchronized void close() {
        stopBroker();
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete test broker directory " + dir, e);
        }
    }
}
