package org.newsalert.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The limit a stage on this broker can approach: one thread that consumes records and produces
 * them unchanged to another topic (acks=all, idempotent, no parsing, no transactions), the plain
 * consumer-to-producer loop any Kafka stage contains. It reads committed records only, as enrich's
 * exactly-once consumer does, so both see the bench's input at the same moment (see {@link FlowTimer}).
 */
final class RawCopier implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final Thread thread;
    private volatile RuntimeException failure;

    RawCopier(String bootstrapServers, String from, String to) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "newsalert-bench-raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024), new ByteArraySerializer(), new ByteArraySerializer());
        consumer.subscribe(List.of(from));
        thread = new Thread(() -> {
            try {
                while (true) {
                    for (var r : consumer.poll(Duration.ofMillis(100))) {
                        producer.send(new ProducerRecord<>(to, null, r.timestamp(), r.key(), r.value()));
                    }
                }
            } catch (WakeupException e) {
                // close() asked us to stop
            } catch (RuntimeException e) {
                failure = e;
            }
        }, "bench-raw-copier");
        thread.setDaemon(true);
    }

    /** Starts copying and waits until the consumer owns its partitions, so the timed run has no group join in it. */
    void startAndAwaitAssignment(Duration timeout) throws InterruptedException {
        // Joining happens inside poll; poll once on this thread before handing the consumer over.
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumer.assignment().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("raw copier got no partitions within " + timeout);
            }
            if (!consumer.poll(Duration.ofMillis(200)).isEmpty()) {
                throw new IllegalStateException("raw copier input topic is not empty");
            }
        }
        thread.start();
    }

    void checkHealthy() {
        if (failure != null) {
            throw new IllegalStateException("raw copier failed: " + failure, failure);
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
        consumer.close(Duration.ofSeconds(5));
        producer.close(Duration.ofSeconds(5));
    }
}
