package org.newsalert.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.newsalert.events.Topic;

/** Reads a topic from the beginning in tests, waiting until a condition holds or a deadline passes. */
public final class Records {
    private Records() {}

    /**
     * Consumes {@code topic} from the start until {@code done} accepts the records read so far or
     * {@code timeout} passes; returns what was read either way, so the caller's assertion shows it.
     */
    public static <K, V> List<ConsumerRecord<K, V>> readUntil(
            String bootstrap, Topic<K, V> topic, Duration timeout, Predicate<List<ConsumerRecord<K, V>>> done) {
        Properties p = new Properties();
        p.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        List<ConsumerRecord<K, V>> out = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            while (System.nanoTime() < deadline && !done.test(out)) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /** Reads until at least {@code n} records arrived, then a short grace period to catch extras. */
    public static <K, V> List<ConsumerRecord<K, V>> readAtLeast(String bootstrap, Topic<K, V> topic, int n, Duration timeout) {
        List<ConsumerRecord<K, V>> first = readUntil(bootstrap, topic, timeout, l -> l.size() >= n);
        if (first.size() < n) {
            return first;
        }
        return readUntil(bootstrap, topic, Duration.ofSeconds(2), l -> false);
    }
}
