package org.newsalert.notify.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsalert.events.AlertDelivered;
import org.newsalert.events.Topic;

/**
 * The set of delivered alert keys, mirrored from a compacted topic: loaded in full at start and
 * caught up again whenever the engine is given partitions, so an alert delivered by a crashed or
 * rebalanced-away instance is not sent again by the next owner.
 */
final class Ledger implements AutoCloseable {
    private final Topic<String, AlertDelivered> topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    Ledger(String bootstrap, Topic<String, AlertDelivered> topic) {
        this.topic = topic;
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "notify-ledger-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = consumer.partitionsFor(topic.name(), Duration.ofSeconds(60)).stream()
                .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
        if (parts.isEmpty()) {
            throw new IllegalStateException("ledger topic " + topic.name() + " does not exist");
        }
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
    }

    /** Reads the ledger topic up to its current end. Called from the engine's poll thread only. */
    void catchUp() {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read the delivery ledger " + topic.name() + " to its end within 120 s");
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.value() == null) {
                    delivered.remove(r.key());
                } else if (r.key() != null) {
                    delivered.add(r.key());
                }
            }
        }
    }

    boolean contains(String alertKey) {
        return delivered.contains(alertKey);
    }

    int size() {
        return delivered.size();
    }

    /** Marks the key delivered at once in memory and returns the write to the topic, for the caller to await. */
    Future<RecordMetadata> record(Producer<String, byte[]> producer, AlertDelivered entry) {
        delivered.add(entry.alertKey());
        return producer.send(new ProducerRecord<>(topic.name(), entry.alertKey(), topic.valueSerde().serializer().serialize(topic.name(), entry)));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
