package org.newsalert.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Times records through a stage on the broker, the same way for every stage: a reader is
 * positioned at the current end of the output topics first, then all input records are written in
 * one producer transaction, which the stage (reading committed records only) cannot see until it
 * commits. The clock starts at the commit, so the stage meets the whole input as a backlog at one
 * instant and the bench producer's own speed is not part of the figure; it stops when the reader
 * has seen the expected number of output records (read committed).
 */
public final class FlowTimer {
    /** One record to send: key, value and its timestamp (the article's published time). */
    public record Input(byte[] key, byte[] value, long timestamp) {}

    /** What came out and how long it took. */
    public record Flow(long sent, long received, Map<String, Long> receivedByTopic, Duration elapsed, boolean complete) {
        /** Output records per second up to the last one read (all of them when {@link #complete}). */
        public double perSecond() {
            return elapsed.isZero() ? 0 : received / (elapsed.toNanos() / 1e9);
        }
    }

    private FlowTimer() {}

    public static Flow run(String bootstrapServers, String inputTopic, List<Input> inputs, List<String> outputTopics,
            long expected, Duration timeout) throws InterruptedException {
        CountDownLatch positioned = new CountDownLatch(1);
        AtomicLong lastArrival = new AtomicLong();
        AtomicReference<Throwable> readerFailure = new AtomicReference<>();
        Map<String, Long> byTopic = new HashMap<>();
        AtomicLong received = new AtomicLong();
        long deadline = System.nanoTime() + timeout.toNanos();
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> parts = new ArrayList<>();
                for (String t : outputTopics) {
                    c.partitionsFor(t, Duration.ofSeconds(60)).forEach(p -> parts.add(new TopicPartition(t, p.partition())));
                }
                c.assign(parts);
                c.seekToEnd(parts);
                parts.forEach(p -> c.position(p, Duration.ofSeconds(60))); // resolve now, before any input exists
                positioned.countDown();
                while (received.get() < expected && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                    var records = c.poll(Duration.ofMillis(100));
                    if (!records.isEmpty()) {
                        long now = System.nanoTime();
                        for (var r : records) {
                            byTopic.merge(r.topic(), 1L, Long::sum);
                        }
                        received.addAndGet(records.count());
                        lastArrival.set(now);
                    }
                }
            } catch (RuntimeException e) {
                readerFailure.set(e);
            } finally {
                positioned.countDown();
            }
        }, "bench-reader");
        reader.setDaemon(true);
        reader.start();
        if (!positioned.await(90, TimeUnit.SECONDS) || readerFailure.get() != null) {
            reader.interrupt();
            throw new IllegalStateException("bench reader could not position on " + outputTopics, readerFailure.get());
        }
        long start;
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsalert-bench-input-" + UUID.randomUUID(),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024), new ByteArraySerializer(), new ByteArraySerializer())) {
            p.initTransactions();
            p.beginTransaction();
            for (Input in : inputs) {
                p.send(new ProducerRecord<>(inputTopic, null, in.timestamp(), in.key(), in.value()));
            }
            p.flush(); // every record is in the log, invisible to read-committed consumers until the commit
            start = System.nanoTime();
            p.commitTransaction();
        }
        reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1000));
        reader.interrupt();
        if (readerFailure.get() != null) {
            throw new IllegalStateException("bench reader failed: " + readerFailure.get(), readerFailure.get());
        }
        // A stage that stalls is a result too: the caller reports how far it got.
        long last = lastArrival.get();
        return new Flow(inputs.size(), received.get(), Map.copyOf(byTopic), Duration.ofNanos(last == 0 ? 0 : last - start),
                received.get() >= expected);
    }
}
