package org.newsalert.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka in a container ({@code apache/kafka-native}), used where a Docker engine is available. */
final class ContainerCluster implements KafkaCluster {
    static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka-native:4.1.1");

    private final KafkaContainer container;

    ContainerCluster() {
        container = new KafkaContainer(IMAGE);
        container.start();
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public boolean canRestart() {
        return false;
    }

    @Override
    public void restartBroker() {
        throw new IllegalStateException("restarting a containerised broker is not supported; check canRestart()");
    }

    @Override
    public void stopBroker() {
        throw new IllegalStateException("stopping a containerised broker is not supported; check canRestart()");
    }

    @Override
    public void startBroker() {
        throw new IllegalStateException("starting a containerised broker is not supported; check canRestart()");
    }

    @Override
    public void close() {
        container.stop();
    }
}
