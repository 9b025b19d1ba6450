package org.newsalert.notify.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.RebuildHeaders;
import org.newsalert.events.Subscription;
import org.newsalert.events.Topics;
import org.newsalert.notify.subscription.Backfill;
import org.newsalert.notify.subscription.InMemorySubscriptionStore;
import org.newsalert.notify.subscription.SubscriptionMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backfill by re-reading: for a new subscription, reads the developments topic (and for mode
 * {@code all} the enriched articles) from the first record at or after {@code since} up to the end
 * it had when the job started, and writes the alerts that subscription alone would have had. Jobs
 * run one at a time on a thread of their own; the API request that scheduled one has long answered.
 */
public final class TopicBackfill implements Backfill, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TopicBackfill.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrap;
    private final Clock clock;
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notify-backfill");
        t.setDaemon(true);
        return t;
    });

    public TopicBackfill(String bootstrap, Clock clock) {
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void schedule(Subscription subscription, Instant since) {
        jobs.submit(() -> {
            try {
                int n = run(subscription, since);
                log.info("backfilled {} alerts for subscription {} since {}", n, subscription.id(), since);
            } catch (RuntimeException e) {
                log.error("backfill of subscription {} since {} failed", subscription.id(), since, e);
            }
        });
    }

    /** Runs one backfill on the calling thread; returns the number of alerts written. */
    public int run(Subscription subscription, Instant since) {
        InMemorySubscriptionStore one = new InMemorySubscriptionStore();
        one.put(subscription);
        SubscriptionMatcher matcher = new SubscriptionMatcher(one);
        List<AlertMatched> made = new ArrayList<>();
        Map<String, DevelopmentDetected> latestByStory = new HashMap<>();
        for (ConsumerRecord<String, DevelopmentDetected> r : read(Topics.DEVELOPMENTS.name(), Topics.DEVELOPMENTS.valueSerde().deserializer(), since)) {
            latestByStory.put(r.value().storyId(), r.value());
            made.addAll(AlertRules.forDevelopment(matcher, r.value(), clock.instant()));
        }
        if (subscription.mode() == Subscription.Mode.ALL) {
            for (ConsumerRecord<String, ArticleEnriched> r : read(Topics.ARTICLES_ENRICHED.name(), Topics.ARTICLES_ENRICHED.valueSerde().deserializer(), since)) {
                made.addAll(AlertRules.forArticle(matcher, r.value(), latestByStory.get(r.value().storyId()), clock.instant()));
            }
        }
        if (made.isEmpty()) {
            return 0;
        }
        var serde = Topics.ALERTS.valueSerde();
        try (var producer = new KafkaProducer<>(Matcher.producerProps(bootstrap, "notify-backfill"), new StringSerializer(), serde.serializer())) {
            List<Future<RecordMetadata>> writes = new ArrayList<>();
            for (AlertMatched a : made) {
                writes.add(producer.send(new ProducerRecord<>(Topics.ALERTS.name(), a.subscriptionId(), a)));
            }
            for (Future<RecordMetadata> f : writes) {
                f.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing backfill alerts", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not write backfill alerts for " + subscription.id() + ": " + e, e);
        }
        return made.size();
    }

    /** The topic's non-null values from {@code since} to the end offsets seen at the start. */
    private <V> List<ConsumerRecord<String, V>> read(String topic, org.apache.kafka.common.serialization.Deserializer<V> values, Instant since) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "notify-backfill-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, V>> out = new ArrayList<>();
        try (var c = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
            List<TopicPartition> parts = c.partitionsFor(topic, TIMEOUT).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            Map<TopicPartition, Long> query = new HashMap<>();
            parts.forEach(tp -> query.put(tp, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> start = c.offsetsForTimes(query, TIMEOUT);
            Map<TopicPartition, Long> end = c.endOffsets(parts, TIMEOUT);
            for (TopicPartition tp : parts) {
                OffsetAndTimestamp o = start.get(tp);
                c.seek(tp, o == null ? end.get(tp) : o.offset());
            }
            long deadline = System.nanoTime() + TIMEOUT.multipliedBy(2).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + TIMEOUT.multipliedBy(2));
                }
                for (ConsumerRecord<String, V> r : c.poll(Duration.ofMillis(200))) {
                    // A story rebuild's records re-tell what the live ones said: a backfill, like the live matcher, leaves them out.
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition())) && r.value() != null
                            && RebuildHeaders.read(r.headers()) == null) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        jobs.shutdownNow();
    }
}
