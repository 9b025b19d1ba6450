package org.newsalert.ingest.publish;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.newsalert.events.ArticleSeen;
import org.newsalert.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What ingest has already published, rebuilt at start-up from the compacted
 * {@code newsalert.ingest.seen} topic. Kafka is the memory, this set a cache of it: records are
 * written in the same transaction as the articles they describe, so the two never disagree.
 */
public final class SeenLedger {
    private static final Logger log = LoggerFactory.getLogger(SeenLedger.class);

    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    public static String idKey(String articleId) {
        return "id:" + articleId;
    }

    public static String guidKey(String feedUrl, String guid) {
        return "guid:" + feedUrl + "|" + guid;
    }

    /** Reads the ledger topic from the beginning to its current end. */
    public static SeenLedger load(String bootstrapServers) {
        SeenLedger ledger = new SeenLedger();
        var topic = Topics.ARTICLES_SEEN;
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        long start = System.nanoTime();
        try (var consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic.name(), Duration.ofSeconds(60)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = committedEnd(bootstrapServers, consumer, parts);
            while (parts.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(60)) < end.get(p))) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) {
                        ledger.keys.remove(r.key());
                    } else {
                        ledger.keys.add(r.key());
                    }
                }
            }
        }
        log.info("seen ledger loaded: {} keys in {} ms", ledger.keys.size(), (System.nanoTime() - start) / 1_000_000);
        return ledger;
    }

    /**
     * The end to read to. A transaction's commit markers are written just after the commit returns,
     * so right after a restart the last committed ledger records can still sit above the stable
     * offset; wait (bounded) until the stable end reaches the high watermark seen at start.
     */
    private static Map<TopicPartition, Long> committedEnd(
            String bootstrapServers, KafkaConsumer<?, ?> committed, List<TopicPartition> parts) {
        Map<TopicPartition, Long> high;
        try (var uncommitted = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            high = uncommitted.endOffsets(parts, Duration.ofSeconds(60));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            Map<TopicPartition, Long> stable = committed.endOffsets(parts, Duration.ofSeconds(60));
            boolean caughtUp = parts.stream().allMatch(p -> stable.get(p) >= high.get(p));
            if (caughtUp || System.nanoTime() > deadline) {
                if (!caughtUp) {
                    log.warn("seen ledger: a transaction is still open on {}; loading what is committed", parts);
                }
                return stable;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return stable;
            }
        }
    }

    /** An empty ledger (tests of pure logic). */
    public static SeenLedger empty() {
        return new SeenLedger();
    }

    public boolean contains(String key) {
        return keys.contains(key);
    }

    void remember(ArticleSeen seen) {
        keys.add(seen.key());
    }

    public int size() {
        return keys.size();
    }
}
