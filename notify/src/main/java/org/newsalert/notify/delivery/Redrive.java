package org.newsalert.notify.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.AlertPending;
import org.newsalert.events.DeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-drives parked alerts: reads the dead-letter topic to its end, keeps the latest letter per alert
 * key that {@code which} accepts, and writes each back to the pending topic as attempt 1, due now.
 * Letters whose value is not an alert (unreadable records) are skipped and logged. Re-driving an
 * alert that was delivered since is harmless: the ledger stops it.
 */
public final class Redrive {
    private static final Logger log = LoggerFactory.getLogger(Redrive.class);

    private Redrive() {}

    /** Returns the alert keys written back, in dead-letter order. Usable without a running engine (the CLI). */
    public static List<String> run(String bootstrap, DeliveryTopics topics, Predicate<DeadLetter> which, Clock clock) {
        Map<String, AlertMatched> chosen = new LinkedHashMap<>();
        Map<String, Object> cp = new java.util.HashMap<>();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cp.put(ConsumerConfig.CLIENT_ID_CONFIG, "notify-redrive-" + UUID.randomUUID());
        cp.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var serde = topics.deadLetters().valueSerde();
        try (var consumer = new KafkaConsumer<>(cp, new StringDeserializer(), serde.deserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topics.deadLetters().name(), Duration.ofSeconds(60)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts, Duration.ofSeconds(60));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topics.deadLetters().name() + " to its end within 120 s");
                }
                for (ConsumerRecord<String, DeadLetter> r : consumer.poll(Duration.ofMillis(200))) {
                    DeadLetter d = r.value();
                    if (d == null || !which.test(d)) {
                        continue;
                    }
                    try {
                        AlertMatched a = topics.alerts().valueSerde().deserializer().deserialize(d.sourceTopic(),
                                d.value() == null ? null : d.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        if (a == null) {
                            throw new IllegalArgumentException("empty value");
                        }
                        chosen.remove(a.key());
                        chosen.put(a.key(), a);
                    } catch (RuntimeException e) {
                        log.warn("dead letter {}@{} is not an alert and cannot be re-driven: {}", r.partition(), r.offset(), e.getMessage());
                    }
                }
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<Future<RecordMetadata>> writes = new ArrayList<>();
        try (var producer = new KafkaProducer<>(DeliveryEngine.producerProps(bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            var pending = topics.pending();
            for (AlertMatched a : chosen.values()) {
                AlertPending p = new AlertPending(a, 1, clock.instant(), null, null, null);
                writes.add(producer.send(new ProducerRecord<>(pending.name(), a.key(), pending.valueSerde().serializer().serialize(pending.name(), p))));
            }
            for (Future<RecordMetadata> f : writes) {
                f.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving dead letters", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write re-driven alerts to " + topics.pending().name() + ": " + e, e);
        }
        log.info("re-drove {} dead-lettered alerts", chosen.size());
        return List.copyOf(chosen.keySet());
    }
}
