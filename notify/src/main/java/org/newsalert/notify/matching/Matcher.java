package org.newsalert.notify.matching;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.DigestItemMatched;
import org.newsalert.events.RebuildHeaders;
import org.newsalert.events.Topic;
import org.newsalert.events.Topics;
import org.newsalert.notify.ConsumerThread;
import org.newsalert.notify.subscription.SubscriptionMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns developments (and, for mode {@code all}, enriched articles) into alerts, and the matches of
 * digest subscriptions into digest items: a plain consumer
 * group whose offsets are committed only after every write of the polled batch is acknowledged
 * (acks=all, idempotent producer). A crash replays the batch; the repeated alerts carry the same
 * keys and the delivery ledger drops them. Unreadable records are parked in notify's dead letters.
 */
public final class Matcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Matcher.class);
    private static final Duration PRODUCE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RESTART_AFTER_FAILURE = Duration.ofSeconds(5);
    private static final int STORIES_REMEMBERED = 10_000;

    private final String bootstrap;
    private final String groupId;
    private final SubscriptionMatcher matcher;
    private final Clock clock;
    private final ConsumerThread worker = new ConsumerThread("notify-matcher", log, "matcher thread died; no more alerts are matched");
    private final Topic<String, DevelopmentDetected> developments = Topics.DEVELOPMENTS;
    private final Topic<String, ArticleEnriched> articles = Topics.ARTICLES_ENRICHED;
    private final Topic<String, AlertMatched> alerts = Topics.ALERTS;
    private final Topic<String, DigestItemMatched> digestItems = Topics.DIGEST_ITEMS;
    private final Topic<String, DeadLetter> deadLetters = Topics.NOTIFY_DEAD_LETTERS;
    /** The latest development per story, so an article of mode {@code all} is matched with its story. */
    private final Map<String, DevelopmentDetected> latestByStory = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DevelopmentDetected> eldest) {
            return size() > STORIES_REMEMBERED;
        }
    };
    /** Subscriber alerts withheld per story rebuild (matcher thread only), logged at close. */
    private final Map<String, Long> rebuildWithheld = new HashMap<>();
    private final MeterRegistry registry;
    private static final Tags SERVICE = Tags.of("service", "notify");
    /** True once the current consumer got its first assignment from the group (possibly empty). */
    private volatile boolean assigned;
    private KafkaClientMetrics producerMetrics;
    private KafkaProducer<String, byte[]> producer;

    public Matcher(String bootstrap, String groupId, SubscriptionMatcher matcher, Clock clock) {
        this(bootstrap, groupId, matcher, clock, new CompositeMeterRegistry());
    }

    /** As above, with its meters (alerts matched, records parked, its Kafka clients' metrics) on {@code registry}. */
    public Matcher(String bootstrap, String groupId, SubscriptionMatcher matcher, Clock clock, MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.groupId = Objects.requireNonNull(groupId, "groupId");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized void start() {
        if (worker.running()) {
            throw new IllegalStateException("already started");
        }
        producer = new KafkaProducer<>(producerProps(bootstrap, "notify-matcher"), new StringSerializer(), new ByteArraySerializer());
        producerMetrics = new KafkaClientMetrics(producer, SERVICE);
        producerMetrics.bindTo(registry);
        worker.start(this::loop);
    }

    private void loop() {
        while (worker.running()) {
            assigned = false;
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProps(), new StringDeserializer(), new ByteArrayDeserializer());
                    KafkaClientMetrics lag = new KafkaClientMetrics(c, SERVICE)) {
                worker.polling(c);
                if (!worker.running()) {
                    return;
                }
                lag.bindTo(registry);
                c.subscribe(List.of(developments.name(), articles.name()), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        assigned = true;
                        log.info("matcher assigned {}", partitions);
                    }
                });
                while (worker.running()) {
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        process(records);
                        c.commitSync(next(records));
                    }
                }
            } catch (WakeupException e) {
                // close() asked us to stop
            } catch (RuntimeException e) {
                // Offsets of the failed batch were not committed: the next consumer reads it again.
                log.error("matcher failed; restarting from the last committed offsets in {}", RESTART_AFTER_FAILURE, e);
                ConsumerThread.sleep(RESTART_AFTER_FAILURE);
            } finally {
                worker.polling(null);
            }
        }
    }

    private void process(ConsumerRecords<String, byte[]> records) {
        List<Future<RecordMetadata>> writes = new ArrayList<>();
        Map<String, Integer> matched = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            if (r.value() == null) {
                continue;
            }
            List<AlertMatched> made;
            List<DigestItemMatched> digest;
            // Both inputs are keyed by story id: lines logged while matching name the story.
            MDC.put("story", r.key() == null ? "" : r.key());
            try {
                AlertRules.DevelopmentMatches m = matchesFor(r);
                made = m.alerts();
                digest = m.digestItems();
            } catch (RuntimeException e) {
                writes.add(park(r, "cannot match record: " + e));
                continue;
            } finally {
                MDC.remove("story");
            }
            RebuildHeaders.Mark rebuild = RebuildHeaders.read(r.headers());
            if (rebuild != null) {
                made = forRebuild(rebuild, made);
                digest = List.of(); // subscribers' digests already had these; a rebuild's test channel gets its alerts instead
            }
            for (AlertMatched a : made) {
                writes.add(send(alerts, a.subscriptionId(), a));
                matched.merge(a.target().kind().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            for (DigestItemMatched i : digest) {
                writes.add(send(digestItems, i.subscriptionId(), i));
            }
            if (!made.isEmpty()) {
                log.debug("{}@{}: {} alerts", r.topic(), r.offset(), made.size());
            }
        }
        try {
            for (Future<RecordMetadata> f : writes) {
                f.get(PRODUCE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing alerts", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write alerts to " + alerts.name() + ": " + e, e);
        }
        // Counted once written; a batch that fails is matched again and counted again.
        matched.forEach((channel, n) -> Counter.builder("newsalert.notify.alerts.matched").tags(SERVICE.and("channel", channel))
                .description("alerts written to newsalert.alerts (a development or article matched to a subscription)")
                .register(registry).increment(n));
    }

    /** A story rebuild's record alerts no subscriber (they had these articles already): skipped, or sent to its test channel. */
    private List<AlertMatched> forRebuild(RebuildHeaders.Mark rebuild, List<AlertMatched> made) {
        Long before = rebuildWithheld.put(rebuild.rebuildId(), rebuildWithheld.getOrDefault(rebuild.rebuildId(), 0L) + made.size());
        if (before == null) {
            log.info("records of story rebuild {} alert no subscriber{}", rebuild.rebuildId(),
                    rebuild.deliverTo() == null ? "" : "; their alerts go to the test channel " + rebuild.deliverTo());
        }
        return RebuildAlerts.route(rebuild, made);
    }

    /** What the record makes, read and matched once: a development's alerts and digest items, or an article's alerts. */
    private AlertRules.DevelopmentMatches matchesFor(ConsumerRecord<String, byte[]> r) {
        if (r.topic().equals(developments.name())) {
            DevelopmentDetected d = developments.valueSerde().deserializer().deserialize(r.topic(), r.value());
            latestByStory.put(d.storyId(), d);
            return AlertRules.matchDevelopment(matcher, d, clock.instant());
        }
        ArticleEnriched a = articles.valueSerde().deserializer().deserialize(r.topic(), r.value());
        return new AlertRules.DevelopmentMatches(AlertRules.forArticle(matcher, a, latestByStory.get(a.storyId()), clock.instant()), List.of());
    }

    private Future<RecordMetadata> park(ConsumerRecord<String, byte[]> r, String reason) {
        log.warn("parking {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), reason);
        Counter.builder("newsalert.notify.records.parked").tags(SERVICE.and("topic", r.topic()))
                .description("unreadable records moved to newsalert.notify.dead-letters").register(registry).increment();
        DeadLetter d = new DeadLetter("notify", r.topic(), r.partition(), r.offset(), r.key(),
                new String(r.value(), StandardCharsets.UTF_8), reason, clock.instant());
        return send(deadLetters, r.key() == null ? "" : r.key(), d);
    }

    private <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, V value) {
        return producer.send(new ProducerRecord<>(topic.name(), key, topic.valueSerde().serializer().serialize(topic.name(), value)));
    }

    private static Map<TopicPartition, OffsetAndMetadata> next(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> l = records.records(tp);
            out.put(tp, new OffsetAndMetadata(l.get(l.size() - 1).offset() + 1));
        }
        return out;
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

    static Map<String, Object> producerProps(String bootstrap, String purpose) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, purpose + "-" + UUID.randomUUID());
        return p;
    }

    /** Why the matcher is not matching (starting, rejoining its group, restarting after a failure), or empty. */
    public Optional<String> notReady() {
        if (!worker.started()) {
            return Optional.of("not started, or stopped");
        }
        if (worker.died()) {
            return Optional.of("the matcher thread has stopped");
        }
        return assigned ? Optional.empty()
                : Optional.of("waiting for the consumer group " + groupId + " to assign partitions");
    }

    /** True when the matcher thread died while it should run: only a restart helps. */
    public boolean broken() {
        return worker.died();
    }

    @Override
    public void close() {
        if (!worker.stop(Duration.ofSeconds(30))) {
            return;
        }
        producerMetrics.close();
        producer.close(Duration.ofSeconds(10));
        rebuildWithheld.forEach((id, n) -> log.info("story rebuild {}: {} subscriber alerts withheld", id, n));
    }
}
