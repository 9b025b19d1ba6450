package org.newsalert.ingest.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.ArticleSeen;
import org.newsalert.events.FeedPolled;
import org.newsalert.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles, their dedup-ledger entries and the poll's health record in one Kafka
 * transaction (idempotent producer, {@code acks=all}): either the article and the memory of having
 * published it both land, or neither does and the next poll tries again. Articles are keyed by
 * article id and stamped with their published time.
 */
public final class ArticlePublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    /** One article to publish with the ledger keys that mark it seen. */
    public record Item(ArticleFetched article, List<String> seenKeys) {
        public Item {
            Objects.requireNonNull(article, "article");
            seenKeys = List.copyOf(seenKeys);
        }
    }

    private final String bootstrapServers;
    private final String transactionalId;
    private final SeenLedger ledger;
    private KafkaProducer<byte[], byte[]> producer;
    /** Why the latest transaction failed, or null after a success: what readiness reports. */
    private volatile String lastFailure;

    public ArticlePublisher(String bootstrapServers, String transactionalId, SeenLedger ledger) {
        this.bootstrapServers = bootstrapServers;
        this.transactionalId = transactionalId;
        this.ledger = ledger;
        this.producer = newProducer();
    }

    private KafkaProducer<byte[], byte[]> newProducer() {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000);
        KafkaProducer<byte[], byte[]> kp = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        kp.initTransactions();
        return kp;
    }

    /**
     * Publishes {@code items} (and {@code health}, if given) atomically; returns how many were
     * written. Throws {@link PublishException} when the transaction failed, in which case nothing
     * of it is visible to read-committed consumers and the ledger is unchanged.
     */
    public synchronized int publish(List<Item> items, FeedPolled health) throws PublishException {
        List<ArticleSeen> seen = new ArrayList<>();
        try {
            producer.beginTransaction();
            for (Item it : items) {
                ArticleFetched a = it.article();
                send(Topics.ARTICLES.name(), a.published().toEpochMilli(), a.id(),
                        Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), a));
                for (String key : it.seenKeys()) {
                    ArticleSeen s = new ArticleSeen(key, a.id(), a.fetched());
                    seen.add(s);
                    send(Topics.ARTICLES_SEEN.name(), null, key,
                            Topics.ARTICLES_SEEN.valueSerde().serializer().serialize(Topics.ARTICLES_SEEN.name(), s));
                }
            }
            if (health != null) {
                send(Topics.FEED_HEALTH.name(), null, health.feedUrl(),
                        Topics.FEED_HEALTH.valueSerde().serializer().serialize(Topics.FEED_HEALTH.name(), health));
            }
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            lastFailure = e.toString();
            // Fatal for this producer instance: another one took over the id, or state is lost.
            log.error("producer {} cannot continue ({}); recreating it", transactionalId, e.toString());
            closeQuietly();
            producer = newProducer();
            throw new PublishException("transaction failed, producer recreated: " + e.getMessage(), e);
        } catch (KafkaException e) {
            lastFailure = e.toString();
            try {
                producer.abortTransaction();
            } catch (KafkaException abortFailure) {
                closeQuietly();
                producer = newProducer();
            }
            throw new PublishException("transaction aborted: " + e.getMessage(), e);
        }
        lastFailure = null;
        seen.forEach(ledger::remember);
        return items.size();
    }

    /** Why the latest transaction failed, or empty if it committed (or none was tried yet). */
    public java.util.Optional<String> lastFailure() {
        return java.util.Optional.ofNullable(lastFailure);
    }

    private void send(String topic, Long timestamp, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, null, timestamp, key.getBytes(java.nio.charset.StandardCharsets.UTF_8), value));
    }

    private void closeQuietly() {
        try {
            producer.close(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            log.debug("closing producer", e);
        }
    }

    @Override
    public synchronized void close() {
        producer.close(Duration.ofSeconds(30));
    }

}
