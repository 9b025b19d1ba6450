package org.newsalert.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The one way tests get a broker. {@link #shared()} is one broker per test JVM (topics are named
 * per test, so tests do not see each other's data); {@link #dedicated()} is a broker of the
 * test's own, for tests that stop or restart it.
 *
 * <p>Testcontainers' {@code apache/kafka-native} is used when a Docker engine answers, the
 * embedded KRaft broker otherwise. {@code NEWSALERT_TEST_BROKER=embedded|container} forces one.
 */
public final class TestKafka {
    private static final Logger log = LoggerFactory.getLogger(TestKafka.class);
    private static KafkaCluster shared;

    private TestKafka() {}

    /** A broker shared by every test of this JVM, closed when the JVM exits. */
    public static synchronized KafkaCluster shared() {
        if (shared == null) {
            shared = start(false);
            KafkaCluster c = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(c::close, "test-kafka-shutdown"));
        }
        return shared;
    }

    /**
     * A broker for one test, which the test closes. Restartable tests ask for the embedded kind,
     * since only it supports {@link KafkaCluster#restartBroker()}.
     */
    public static KafkaCluster dedicated(boolean mustRestart) {
        return start(mustRestart);
    }

    private static KafkaCluster start(boolean mustRestart) {
        String forced = System.getenv().getOrDefault("NEWSALERT_TEST_BROKER", "").trim();
        boolean container = !mustRestart
                && (forced.equals("container") || (forced.isEmpty() && dockerAvailable()));
        log.info("test broker: {}", container ? "Testcontainers " + ContainerCluster.IMAGE : "embedded KRaft");
        return container ? new ContainerCluster() : new EmbeddedCluster();
    }

    /** Whether a Docker engine answers; false on machines with only the client or nothing. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
