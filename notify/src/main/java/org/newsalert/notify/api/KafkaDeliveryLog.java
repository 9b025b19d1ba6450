package org.newsalert.notify.api;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery log the API shows, read from the deliveries topic: a thread follows the whole topic
 * (no consumer group; every instance sees every attempt) and keeps the last {@code perSubscription}
 * attempts of each subscription in memory. The topic's retention bounds how far back it goes.
 */
public final class KafkaDeliveryLog implements DeliveryLog, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaDeliveryLog.class);

    private final Map<String, Deque<DeliveryAttempted>> bySubscription = new ConcurrentHashMap<>();
    private final int perSubscription;
    private final KafkaConsumer<String, DeliveryAttempted> consumer;
    private final Topic<String, DeliveryAttempted> topic;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private KafkaDeliveryLog(String bootstrap, Topic<String, DeliveryAttempted> topic, int perSubscription) {
        this.topic = topic;
        this.perSubscription = perSubscription;
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "notify-delivery-log-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), topic.valueSerde().deserializer());
        this.thread = new Thread(this::follow, "notify-delivery-log");
        thread.setDaemon(true);
    }

    public static KafkaDeliveryLog start(String bootstrap, Topic<String, DeliveryAttempted> topic, int perSubscription) {
        KafkaDeliveryLog l = new KafkaDeliveryLog(bootstrap, topic, perSubscription);
        l.thread.start();
        return l;
    }

    private void follow() {
        try {
            List<TopicPartition> parts = consumer.partitionsFor(topic.name(), Duration.ofSeconds(60)).stream()
                    .map(i -> new TopicPartition(topic.name(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            while (running.get()) {
                for (ConsumerRecord<String, DeliveryAttempted> r : consumer.poll(Duration.ofMillis(500))) {
                    add(r.value());
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.error("delivery log stopped following {}; the API shows deliveries up to now only", topic.name(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    void add(DeliveryAttempted a) {
        if (a == null || a.subscriptionId() == null) {
            return;
        }
        Deque<DeliveryAttempted> d = bySubscription.computeIfAbsent(a.subscriptionId(), k -> new ArrayDeque<>());
        synchronized (d) {
            d.addFirst(a);
            while (d.size() > perSubscription) {
                d.removeLast();
            }
        }
    }

    /** Newest first. */
    @Override
    public List<DeliveryAttempted> forSubscription(String id, int limit) {
        Deque<DeliveryAttempted> d = bySubscription.get(id);
        if (d == null) {
            return List.of();
        }
        List<DeliveryAttempted> out = new ArrayList<>();
        synchronized (d) {
            for (Iterator<DeliveryAttempted> it = d.iterator(); it.hasNext() && out.size() < limit; ) {
                out.add(it.next());
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (running.compareAndSet(true, false)) {
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
