package org.newsalert.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsalert.broker.EmbeddedKafka;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster a command talks to: the one given by {@code --bootstrap-servers} or
 * {@code KAFKA_BOOTSTRAP_SERVERS}, or else an embedded broker whose data and port are kept in the
 * state directory, so the next run finds its topics, offsets and Streams state again.
 */
final class Cluster implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Cluster.class);

    private final String bootstrapServers;
    private final EmbeddedKafka embedded;

    private Cluster(String bootstrapServers, EmbeddedKafka embedded) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
    }

    static Cluster connect(String given, Path stateDir) {
        String servers = given != null && !given.isBlank() ? given : System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (servers != null && !servers.isBlank()) {
            return new Cluster(servers.trim(), null);
        }
        Path dir = stateDir.resolve("kafka");
        Path portFile = stateDir.resolve("kafka.port");
        int port = 0;
        try {
            Files.createDirectories(dir);
            if (Files.exists(portFile)) {
                int saved = Integer.parseInt(Files.readString(portFile).trim());
                port = isFree(saved) ? saved : 0;
            }
            EmbeddedKafka k = EmbeddedKafka.start(dir, port, false);
            Files.writeString(portFile, Integer.toString(k.port()));
            log.info("embedded Kafka broker on {} (data in {})", k.bootstrapServers(), dir);
            return new Cluster(k.bootstrapServers(), k);
        } catch (IOException | NumberFormatException e) {
            throw new UncheckedIOException("cannot prepare the embedded broker in " + dir, e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
