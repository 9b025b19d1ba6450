package org.newsalert.notify.digest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.DigestEmitted;
import org.newsalert.events.DigestItemMatched;
import org.newsalert.events.Subscription;
import org.newsalert.events.Topic;
import org.newsalert.notify.ConsumerThread;
import org.newsalert.notify.matching.AlertRules;
import org.newsalert.notify.subscription.SubscriptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the matches of {@code daily} and {@code weekly} subscriptions into one digest per period: a
 * plain consumer of the digest-items topic that keeps the open periods in memory ({@link DigestBook})
 * and, once the clock passes a period's end, writes its digest to the alerts topic, where delivery
 * treats it like any alert. Each hand-off is one Kafka transaction: the digests, the state record
 * saying which period was sent ({@link DigestEmitted}) and the consumer offsets, which never pass an
 * item of a period still open; a restart re-reads those items and rebuilds the open periods. A period
 * of a deleted or disabled subscription is dropped with a log line; empty periods send nothing.
 */
public final class DigestAssembler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DigestAssembler.class);
    private static final Duration RESTART_AFTER_FAILURE = Duration.ofSeconds(5);
    /** How long after a period's end an unknown subscription is waited for (this instance's store may lag the matcher's). */
    private static final Duration UNKNOWN_SUBSCRIPTION_GRACE = Duration.ofMinutes(1);
    /** Digests above this are cut down (fewer developments shown), so they fit Kafka's default 1 MB message. */
    private static final int MAX_DIGEST_BYTES = 900_000;

    private final String bootstrap;
    private final String groupId;
    private final DigestTopics topics;
    private final SubscriptionStore subscriptions;
    private final Clock clock;
    private final Duration tick;
    private final DigestBook book = new DigestBook();
    private final ConsumerThread worker = new ConsumerThread("notify-digest", log, "digest assembler thread died; no more digests are sent");
    private final List<Parked> toPark = new ArrayList<>();
    private final Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile List<String> openSnapshot = List.of();
    private KafkaProducer<String, byte[]> producer;

    /** A dead letter to write with the next transaction, for an item of {@code partition}. */
    private record Parked(int partition, ProducerRecord<String, byte[]> record) {}

    /** A period's outcome, made durable in one transaction: sent ({@code alert} set) or dropped. */
    private record Settled(DigestBook.Open open, AlertMatched alert, DigestEmitted state) {}

    /**
     * @param tick how often the clock is looked at (and the longest a due digest waits for it)
     */
    public DigestAssembler(String bootstrap, String groupId, DigestTopics topics, SubscriptionStore subscriptions, Clock clock, Duration tick) {
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.groupId = Objects.requireNonNull(groupId, "groupId");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tick = Objects.requireNonNull(tick, "tick");
    }

    public DigestAssembler(String bootstrap, String groupId, SubscriptionStore subscriptions, Clock clock) {
        this(bootstrap, groupId, DigestTopics.catalogue(), subscriptions, clock, Duration.ofSeconds(1));
    }

    public void start() {
        worker.start(this::loop);
    }

    /** The open periods as {@code <subscription> <mode> <period> (<n> items)}, as of the last tick. */
    public List<String> openPeriods() {
        return openSnapshot;
    }

    private void loop() {
        while (worker.running()) {
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(producerProps(), new StringSerializer(), new ByteArraySerializer());
                    KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProps(), new StringDeserializer(), new ByteArrayDeserializer())) {
                producer = p;
                consumer = c;
                worker.polling(c);
                if (!worker.running()) {
                    return;
                }
                p.initTransactions();
                c.subscribe(List.of(topics.items().name()), new Rebalance());
                while (worker.running()) {
                    for (ConsumerRecord<String, byte[]> r : c.poll(tick)) {
                        read(r);
                    }
                    settle();
                    openSnapshot = book.open().stream().map(Object::toString).sorted().toList();
                }
            } catch (WakeupException e) {
                // close() asked us to stop
            } catch (RuntimeException e) {
                // Nothing past the last transaction is committed: the next consumer rebuilds the open periods.
                log.error("digest assembler failed; rebuilding from the last committed offsets in {}", RESTART_AFTER_FAILURE, e);
                ConsumerThread.sleep(RESTART_AFTER_FAILURE);
            } finally {
                consumer = null;
                worker.polling(null);
                producer = null;
                book.clear();
                toPark.clear();
                committed.clear();
            }
        }
    }

    private void read(ConsumerRecord<String, byte[]> r) {
        if (r.value() == null) {
            park(r, "null digest item (tombstone) on " + r.topic());
            return;
        }
        DigestItemMatched item;
        try {
            item = topics.items().valueSerde().deserializer().deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            park(r, "cannot read DigestItemMatched: " + e.getMessage());
            return;
        }
        if (!DigestPeriod.isDigest(item.mode())) {
            park(r, "mode " + item.mode().wireName() + " has no digest");
            return;
        }
        Instant at = item.alert().matchedAt() != null ? item.alert().matchedAt() : Instant.ofEpochMilli(r.timestamp());
        DigestBook.Added added = book.add(r.partition(), r.offset(), item, at);
        log.debug("{}-{}@{} for {}: {}", r.topic(), r.partition(), r.offset(), item.subscriptionId(), added);
    }

    /** Sends or drops every due period, and commits the offsets, in one transaction. */
    private void settle() {
        Instant now = clock.instant();
        List<Settled> settled = new ArrayList<>();
        for (DigestBook.Open o : book.due(now)) {
            Optional<Subscription> s = subscriptions.get(o.subscriptionId());
            if (s.isEmpty() && now.isBefore(o.period().end().plus(UNKNOWN_SUBSCRIPTION_GRACE))) {
                continue; // perhaps created a moment ago and not yet in this instance's store
            }
            long position = consumer.position(new TopicPartition(topics.items().name(), o.partition()));
            if (s.isEmpty() || !s.get().active()) {
                String why = s.isEmpty() ? "was deleted" : "is disabled (" + s.get().disabledReason() + ")";
                log.info("subscription {} {}: dropping its {} digest for {} ({} items)", o.subscriptionId(), why,
                        o.period().mode().wireName(), o.period().label(), o.items().size());
                settled.add(new Settled(o, null, state(o, position, null, true, now)));
                continue;
            }
            AlertMatched digest = build(o, s.get(), now);
            settled.add(new Settled(o, digest, state(o, position, digest, false, now)));
        }
        Set<DigestBook.Open> leaving = new HashSet<>();
        settled.forEach(x -> leaving.add(x.open()));
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            offsets.put(tp, new OffsetAndMetadata(book.committable(tp.partition(), consumer.position(tp), leaving)));
        }
        if (settled.isEmpty() && toPark.isEmpty() && offsets.equals(committed)) {
            return;
        }
        producer.beginTransaction();
        try {
            for (Settled x : settled) {
                if (x.alert() != null) {
                    producer.send(record(topics.alerts(), x.alert().subscriptionId(), x.alert()));
                }
                producer.send(record(topics.state(), x.open().subscriptionId(), x.state()));
            }
            toPark.forEach(x -> producer.send(x.record()));
            producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException e) {
            throw e; // another instance owns our partitions now; the loop starts over
        } catch (KafkaException e) {
            try {
                producer.abortTransaction();
            } catch (KafkaException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
        for (Settled x : settled) {
            book.settled(x.open(), x.state());
            if (x.alert() != null) {
                log.info("digest {} for subscription {}: {}", x.alert().key(), x.open().subscriptionId(), x.alert().development().title());
            }
        }
        toPark.clear();
        committed.clear();
        committed.putAll(offsets);
    }

    private AlertMatched build(DigestBook.Open o, Subscription s, Instant now) {
        int max = DigestBuilder.MAX_DEVELOPMENTS;
        while (true) {
            AlertMatched a = DigestBuilder.build(o.period(), o.items(), AlertRules.target(s), now, max);
            int size = topics.alerts().valueSerde().serializer().serialize(topics.alerts().name(), a).length;
            if (size <= MAX_DIGEST_BYTES || max == 1) {
                return a;
            }
            max = Math.max(1, max / 2);
        }
    }

    private static DigestEmitted state(DigestBook.Open o, long position, AlertMatched digest, boolean dropped, Instant now) {
        return new DigestEmitted(o.subscriptionId(), o.period().mode(), o.period().label(), o.period().startInstant(), o.period().end(),
                o.partition(), position, digest == null ? null : digest.key(), o.items().size(), dropped, now);
    }

    private void park(ConsumerRecord<String, byte[]> r, String reason) {
        log.warn("parking {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), reason);
        DeadLetter d = new DeadLetter("notify", r.topic(), r.partition(), r.offset(), r.key(),
                r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8), reason, clock.instant());
        toPark.add(new Parked(r.partition(), record(topics.deadLetters(), r.key() == null ? "" : r.key(), d)));
    }

    private static <V> ProducerRecord<String, byte[]> record(Topic<String, V> topic, String key, V value) {
        return new ProducerRecord<>(topic.name(), key, topic.valueSerde().serializer().serialize(topic.name(), value));
    }

    /** The state topic read whole: it is a small table (one record per digest subscription). */
    private List<DigestEmitted> readState() {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, DigestEmitted> out = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            List<PartitionInfo> infos = c.partitionsFor(topics.state().name());
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topics.state().name() + " does not exist; notify creates it at start-up");
            }
            for (PartitionInfo i : infos) {
                parts.add(new TopicPartition(i.topic(), i.partition()));
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.key() == null) {
                        continue;
                    }
                    if (r.value() == null) {
                        out.remove(r.key());
                        continue;
                    }
                    try {
                        out.put(r.key(), topics.state().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                    } catch (RuntimeException e) {
                        log.warn("skipping unreadable digest state {} at {}-{}@{}: {}", r.key(), r.topic(), r.partition(), r.offset(), e.getMessage());
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            forget(partitions); // every transaction is committed before poll returns: nothing is in flight
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            // Fetching the positions waits for a previous owner's open transaction to end, so the state read next includes it.
            partitions.forEach(consumer::position);
            List<DigestEmitted> state = readState();
            book.restore(state);
            log.info("digest assembler assigned {}; {} subscriptions have had a digest", partitions, state.size());
        }

        private void forget(Collection<TopicPartition> partitions) {
            Set<Integer> numbers = new HashSet<>();
            partitions.forEach(tp -> numbers.add(tp.partition()));
            book.forget(numbers);
            partitions.forEach(committed::remove);
            toPark.removeIf(x -> numbers.contains(x.partition())); // the next owner reads and parks them again
        }
    }

    private Map<String, Object> consumerProps() {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return p;
    }

    private Map<String, Object> producerProps() {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Zombie fencing is by consumer group generation (sendOffsetsToTransaction with the group metadata), so the id need only be unique.
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsalert-digest-" + groupId + "-" + UUID.randomUUID());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "notify-digest-" + UUID.randomUUID());
        return p;
    }

    @Override
    public void close() {
        worker.stop(Duration.ofSeconds(30));
    }
}
