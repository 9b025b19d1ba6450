package org.newsalert.notify.subscription;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.newsalert.events.Subscription;
import org.newsalert.events.Topic;
import org.newsalert.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions table backed by its compacted topic, the source of truth. A thread reads the
 * topic from the beginning into a map, without a consumer group, so every instance holds the whole
 * table. Writes go through an idempotent producer and return only once the reader has passed the
 * write's offset, so a caller always reads what it just wrote.
 *
 * <p>If the reader thread fails, the store fails closed: every later call throws
 * {@link StoreUnavailableException} rather than serving a table that silently stopped updating.
 */
public final class KafkaSubscriptionStore implements SubscriptionStore {
    private static final Logger log = LoggerFactory.getLogger(KafkaSubscriptionStore.class);

    private final Topic<String, Subscription> topic;
    private final Duration timeout;
    private final KafkaProducer<String, Subscription> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Deserializer<String> keys;
    private final Deserializer<Subscription> values;
    private final Map<String, Subscription> table = new ConcurrentHashMap<>();
    private final Thread reader;

    // Guarded by "this": the next offset the reader will read, per partition, and its health.
    private final Map<Integer, Long> positions = new HashMap<>();
    private boolean caughtUpAtStart;
    private volatile Throwable failure;
    private volatile boolean closing;

    private KafkaSubscriptionStore(Map<String, Object> clientConfig, Topic<String, Subscription> topic, Duration timeout) {
        this.topic = topic;
        this.timeout = timeout;
        this.keys = topic.keySerde().deserializer();
        this.values = topic.valueSerde().deserializer();

        Map<String, Object> p = new HashMap<>(clientConfig);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeout.toMillis(), 30_000L));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000L));
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(p, topic.keySerde().serializer(), topic.valueSerde().serializer());

        Map<String, Object> c = new HashMap<>(clientConfig);
        c.remove(ConsumerConfig.GROUP_ID_CONFIG);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());

        this.reader = new Thread(this::read, "subscriptions-reader-" + topic.name());
        reader.setDaemon(true);
        reader.setUncaughtExceptionHandler((t, e) -> fail(e));
    }

    /**
     * Starts a store on {@link Topics#SUBSCRIPTIONS} and waits until it has read the whole topic.
     *
     * @param clientConfig at least {@code bootstrap.servers}; shared by its producer and consumer
     * @param timeout how long start-up, and each write, may wait for the broker
     */
    public static KafkaSubscriptionStore start(Map<String, Object> clientConfig, Duration timeout) {
        return start(clientConfig, Topics.SUBSCRIPTIONS, timeout);
    }

    /** As {@link #start(Map, Duration)} on another topic of the same shape (tests use their own). */
    public static KafkaSubscriptionStore start(
            Map<String, Object> clientConfig, Topic<String, Subscription> topic, Duration timeout) {
        Objects.requireNonNull(clientConfig, "clientConfig");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(timeout, "timeout");
        KafkaSubscriptionStore store = new KafkaSubscriptionStore(clientConfig, topic, timeout);
        store.reader.start();
        try {
            store.awaitStartup();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void read() {
        try {
            // A topic created a moment ago may not be in this client's metadata yet: ask again until the deadline.
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && !closing) {
                partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                        .map(pi -> new TopicPartition(pi.topic(), pi.partition()))
                        .toList();
                if (partitions.isEmpty()) {
                    if (System.nanoTime() > deadline) {
                        throw new StoreUnavailableException("topic " + topic.name() + " does not exist");
                    }
                    Thread.sleep(200);
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            boolean startedUp = false;
            while (!closing) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    apply(r);
                }
                synchronized (this) {
                    for (TopicPartition tp : partitions) {
                        positions.put(tp.partition(), consumer.position(tp, timeout));
                    }
                    if (!startedUp) {
                        startedUp = end.entrySet().stream()
                                .allMatch(e -> positions.get(e.getKey().partition()) >= e.getValue());
                        caughtUpAtStart = startedUp;
                    }
                    notifyAll();
                }
            }
        } catch (WakeupException e) {
            if (!closing) {
                fail(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        } catch (RuntimeException e) {
            fail(e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> r) {
        String id = keys.deserialize(r.topic(), r.key());
        if (id == null) {
            log.warn("skipping record without key at {}-{}@{}", r.topic(), r.partition(), r.offset());
            return;
        }
        if (r.value() == null) {
            table.remove(id);
            return;
        }
        try {
            table.put(id, values.deserialize(r.topic(), r.value()));
        } catch (SerializationException e) {
            // One bad record must not stop the table: keep the last good value and say where it is.
            log.error("skipping unreadable subscription {} at {}-{}@{}: {}",
                    id, r.topic(), r.partition(), r.offset(), e.getMessage());
        }
    }

    private synchronized void fail(Throwable e) {
        if (failure == null) {
            failure = e;
            log.error("subscriptions reader on {} failed; the store refuses requests from now on", topic.name(), e);
        }
        notifyAll();
    }

    private synchronized void awaitStartup() {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUpAtStart) {
            waitUntil(deadline, "reading " + topic.name() + " at start-up");
        }
    }

    /** Waits until the reader has passed {@code offset} on {@code partition}. */
    private synchronized void awaitRead(int partition, long offset) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (positions.getOrDefault(partition, -1L) <= offset) {
            waitUntil(deadline, "reading back offset " + offset + " of " + topic.name() + "-" + partition);
        }
    }

    private void waitUntil(long deadline, String what) {
        checkHealthy();
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new StoreUnavailableException("timed out after " + timeout + " " + what);
        }
        try {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while " + what, e);
        }
        checkHealthy();
    }

    /** Why the store refuses requests (its reader failed, or it is closed), or empty while it serves the table. */
    public Optional<String> failure() {
        Throwable f = failure;
        if (f != null) {
            return Optional.of("the subscriptions reader failed: " + f);
        }
        return closing ? Optional.of("closed") : Optional.empty();
    }

    private void checkHealthy() {
        if (failure != null) {
            throw new StoreUnavailableException("subscriptions store failed: " + failure, failure);
        }
        if (closing) {
            throw new StoreUnavailableException("subscriptions store is closed");
        }
    }

    private void write(String id, Subscription value) {
        checkHealthy();
        RecordMetadata written;
        try {
            written = producer.send(new ProducerRecord<>(topic.name(), id, value))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while writing subscription " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new StoreUnavailableException("could not write subscription " + id + " to " + topic.name(), e);
        }
        awaitRead(written.partition(), written.offset());
    }

    @Override
    public void put(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription");
        write(subscription.id(), subscription);
    }

    @Override
    public boolean delete(String id) {
        Objects.requireNonNull(id, "id");
        if (get(id).isEmpty()) {
            return false;
        }
        write(id, null);
        return true;
    }

    @Override
    public Optional<Subscription> get(String id) {
        checkHealthy();
        return Optional.ofNullable(table.get(id));
    }

    @Override
    public List<Subscription> byOwner(String owner) {
        checkHealthy();
        return table.values().stream()
                .filter(s -> s.owner().equals(owner))
                .sorted(InMemorySubscriptionStore.OLDEST_FIRST)
                .toList();
    }

    @Override
    public List<Subscription> all() {
        checkHealthy();
        return table.values().stream().sorted(InMemorySubscriptionStore.OLDEST_FIRST).toList();
    }

    @Override
    public void close() {
        closing = true;
        synchronized (this) {
            notifyAll();
        }
        consumer.wakeup();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
