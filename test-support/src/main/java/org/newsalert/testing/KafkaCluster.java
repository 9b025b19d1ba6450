package org.newsalert.testing;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/** A real Kafka cluster for an integration test. */
public interface KafkaCluster extends AutoCloseable {

    String bootstrapServers();

    /** Whether {@link #restartBroker()} is supported (the embedded broker is; a container is not). */
    boolean canRestart();

    /** Stops the broker and starts it again on the same port and data, for fault tests. */
    void restartBroker();

    /** Stops the broker (keeping its data) until {@link #startBroker()}. */
    void stopBroker();

    void startBroker();

    default Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
    }

    @Override
    void close();
}
