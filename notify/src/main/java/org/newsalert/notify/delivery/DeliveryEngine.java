package org.newsalert.notify.delivery;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsalert.events.AlertDelivered;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.AlertPending;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.DeliveryAttempted.Outcome;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Delivers alerts with plain Kafka clients: consumes the alerts topic and the pending (retry)
 * topic in one group, sends through per-endpoint {@link Lanes}, records every attempt, schedules
 * retries in the compacted pending topic (rebuilt into in-memory timers whenever its partitions are
 * assigned), parks exhausted alerts as dead letters and keeps a ledger of delivered keys. An alert's
 * offset is committed only once its outcome is durable, so delivery is at-least-once and the ledger
 * makes the repeats no-ops.
 */
public final class DeliveryEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);
    private static final Duration PRODUCE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REDISPATCH_AFTER_FAILURE = Duration.ofSeconds(5);

    /** Told of every attempt once it is recorded; e.g. the subscription side disables a subscription on {@link Outcome#GONE}. */
    @FunctionalInterface
    public interface Listener {
        void attempted(DeliveryAttempted attempt);
    }

    private final DeliveryConfig config;
    private final DeliveryTopics topics;
    private final Map<DeliveryTarget.Kind, Sender> senders;
    private final Listener listener;
    private final Clock clock;
    private final DeliveryMetrics metrics;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Set once the group gave this engine its first assignment (possibly empty): it is a working member. */
    private volatile boolean assigned;
    private final List<KafkaClientMetrics> clientMetrics = new ArrayList<>();
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentLinkedQueue<Completion> completions = new ConcurrentLinkedQueue<>();

    // Poll-thread state.
    private final Map<TopicPartition, OffsetTracker> trackers = new HashMap<>();
    private final Map<String, Timer> timers = new HashMap<>();
    private final TreeSet<Timer> due = new TreeSet<>(Comparator.comparing(Timer::dueAt).thenComparing(Timer::key));
    private final Map<String, Integer> inFlightKeys = new HashMap<>();
    private int inFlight;

    private volatile Thread thread;
    private KafkaConsumer<String, byte[]> consumer;
    private Producer<String, byte[]> producer;
    private Ledger ledger;
    private Lanes lanes;

    /** Where an in-flight attempt came from: an alerts-topic offset to commit, a pending record to settle, or both. */
    private record Source(TopicPartition alertPartition, long offset, Integer pendingPartition) {}

    private record Timer(String key, Instant dueAt, AlertPending pending, Source source) {}

    private record Completion(String key, Source source, long generation, Timer retry) {}

    public DeliveryEngine(DeliveryConfig config, Map<DeliveryTarget.Kind, Sender> senders, Listener listener, Clock clock) {
        this(config, senders, listener, clock, DeliveryMetrics.none());
    }

    public DeliveryEngine(DeliveryConfig config, Map<DeliveryTarget.Kind, Sender> senders, Listener listener, Clock clock,
            DeliveryMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.config = Objects.requireNonNull(config, "config");
        this.topics = config.topics();
        this.senders = Map.copyOf(senders);
        this.listener = listener == null ? a -> {} : listener;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The engine with the configured email and webhook senders. */
    public static DeliveryEngine create(DeliveryConfig config, Listener listener, Clock clock) {
        return new DeliveryEngine(config, senders(config, clock), listener, clock);
    }

    /** The configured senders: webhooks always, email when SMTP is set. */
    public static Map<DeliveryTarget.Kind, Sender> senders(DeliveryConfig config, Clock clock) {
        Map<DeliveryTarget.Kind, Sender> senders = new HashMap<>();
        var http = new org.newsalert.outbound.GuardedHttp(org.newsalert.outbound.GuardedHttp.Settings
                .defaults(org.newsalert.outbound.AddressPolicy.allowing(config.outboundAllowList()))
                .withTotalTimeout(config.webhookTimeout())
                .withMaxBytes(64 * 1024));
        senders.put(DeliveryTarget.Kind.WEBHOOK, new WebhookSender(http, config.webhookTimeout(), clock));
        if (config.smtp() != null) {
            senders.put(DeliveryTarget.Kind.EMAIL, new EmailSender(config.smtp(), new AlertEmail(config.unsubscribeUrl(), config.tokens())));
        }
        return senders;
    }

    /** Loads the ledger, joins the group and starts delivering on a thread of its own. */
    public synchronized void start() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        producer = new KafkaProducer<>(producerProps(config.bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
        ledger = new Ledger(config.bootstrapServers(), topics.ledger());
        ledger.catchUp();
        log.info("delivery ledger loaded: {} delivered alerts", ledger.size());
        lanes = new Lanes(config.threads(), config.perEndpoint());
        consumer = new KafkaConsumer<>(consumerProps(), new StringDeserializer(), new ByteArrayDeserializer());
        // records-lag-max of the alerts and pending partitions, among the clients' own metrics
        clientMetrics.add(new KafkaClientMetrics(consumer, DeliveryMetrics.SERVICE));
        clientMetrics.add(new KafkaClientMetrics(producer, DeliveryMetrics.SERVICE));
        clientMetrics.forEach(m -> m.bindTo(metrics.registry()));
        thread = new Thread(this::run, "notify-delivery-poll");
        thread.setUncaughtExceptionHandler((t, e) -> log.error("delivery engine stopped by an unexpected error", e));
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topics.alerts().name(), topics.pending().name()), new Rebalance());
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(config.pollInterval())) {
                    if (r.topic().equals(topics.alerts().name())) {
                        onAlert(r);
                    } else {
                        onPending(r);
                    }
                }
                fireDue();
                settleCompletions();
                commit(false);
                throttle();
                metrics.pending(timers.size());
                metrics.inFlight(inFlight);
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            try {
                drain(trackers.keySet());
                commit(true);
            } catch (RuntimeException e) {
                log.warn("could not commit on shutdown: {}", e.toString());
            }
            consumer.close();
        }
    }

    private void onAlert(ConsumerRecord<String, byte[]> r) {
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        OffsetTracker tracker = trackers.computeIfAbsent(tp, k -> new OffsetTracker());
        AlertMatched alert;
        try {
            alert = r.value() == null ? null : topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            alert = null;
            park(r, "cannot read AlertMatched: " + e.getMessage());
        }
        if (alert == null) {
            if (r.value() == null) {
                park(r, "null alert (tombstone) on the alerts topic");
            }
            tracker.seen(r.offset());
            return;
        }
        tracker.started(r.offset());
        dispatch(alert, 1, null, new Source(tp, r.offset(), null));
    }

    private void onPending(ConsumerRecord<String, byte[]> r) {
        Timer old = timers.remove(r.key());
        if (old != null) {
            due.remove(old);
        }
        if (r.value() == null || r.key() == null) {
            return;
        }
        AlertPending p;
        try {
            p = topics.pending().valueSerde().deserializer().deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            log.warn("skipping unreadable pending record {} at {}-{}@{}: {}", r.key(), r.topic(), r.partition(), r.offset(), e.getMessage());
            return;
        }
        Timer t = new Timer(r.key(), p.dueAt(), p, new Source(null, -1, r.partition()));
        timers.put(t.key(), t);
        due.add(t);
    }

    private void fireDue() {
        Instant now = clock.instant();
        List<Timer> ready = new ArrayList<>();
        for (Timer t : due) {
            if (t.dueAt().isAfter(now)) {
                break;
            }
            if (!inFlightKeys.containsKey(t.key())) {
                ready.add(t);
            }
        }
        for (Timer t : ready) {
            due.remove(t);
            timers.remove(t.key());
            dispatch(t.pending().alert(), t.pending().attempt(), t.pending(), t.source());
        }
    }

    private void dispatch(AlertMatched alert, int attempt, AlertPending pending, Source source) {
        Sender sender = senders.get(alert.target().kind());
        String lane = sender == null ? "none" : sender.lane(alert);
        long gen = generation.get();
        inFlight++;
        inFlightKeys.merge(alert.key(), 1, Integer::sum);
        lanes.submit(lane, () -> {
                    if (generation.get() != gen || !running.get()) {
                        return Boolean.FALSE; // partitions were revoked before this started: the next owner does it
                    }
                    attempt(sender, alert, attempt, pending);
                    return Boolean.TRUE;
                })
                .whenComplete((ran, error) -> {
                    Timer retry = null;
                    if (error != null) {
                        log.error("could not settle alert {} (attempt {}); trying again in {}", alert.key(), attempt, REDISPATCH_AFTER_FAILURE, error);
                        AlertPending again = pending != null ? pending
                                : new AlertPending(alert, attempt, clock.instant(), String.valueOf(error), null, clock.instant());
                        retry = new Timer(alert.key(), clock.instant().plus(REDISPATCH_AFTER_FAILURE), again, source);
                    }
                    completions.add(new Completion(alert.key(), source, Boolean.TRUE.equals(ran) || error != null ? gen : -1, retry));
                });
    }

    /** One attempt and its durable consequences; runs on a lane thread. Throws only if Kafka writes fail. */
    private void attempt(Sender sender, AlertMatched alert, int attempt, AlertPending pending) {
        // Lines logged during the attempt (senders, HTTP client, Kafka) name the subscription, alert and story.
        MDC.put("subscription", alert.subscriptionId());
        MDC.put("alert", alert.key());
        MDC.put("story", alert.development().storyId());
        try {
            attemptOnce(sender, alert, attempt, pending);
        } finally {
            MDC.remove("subscription");
            MDC.remove("alert");
            MDC.remove("story");
        }
    }

    private void attemptOnce(Sender sender, AlertMatched alert, int attempt, AlertPending pending) {
        String key = alert.key();
        DeliveryTarget t = alert.target();
        List<Future<RecordMetadata>> writes = new ArrayList<>();
        List<DeliveryAttempted> told = new ArrayList<>();
        if (ledger.contains(key)) {
            told.add(new DeliveryAttempted(key, t.subscriptionId(), t.kind(), 0, Outcome.DUPLICATE, null, null, clock.instant(), null));
            if (pending != null) {
                writes.add(send(topics.pending(), key, null));
            }
        } else {
            DeliveryResult result;
            if (sender == null) {
                result = new DeliveryResult.Rejected(null, "no sender configured for channel " + t.kind());
            } else {
                try {
                    result = sender.send(alert, attempt);
                } catch (RuntimeException e) {
                    result = new DeliveryResult.RetryLater(null, "sender failed: " + e, null);
                    log.warn("sender for {} threw", t, e);
                }
            }
            Instant now = clock.instant();
            Instant first = pending != null && pending.firstAttemptAt() != null ? pending.firstAttemptAt() : now;
            if (result instanceof DeliveryResult.Delivered d) {
                writes.add(ledger.record(producer, new AlertDelivered(key, t.subscriptionId(), t.kind(), attempt, now)));
                told.add(attempted(alert, attempt, Outcome.DELIVERED, d.status(), null, now, null));
            } else if (result instanceof DeliveryResult.Gone g) {
                told.add(attempted(alert, attempt, Outcome.GONE, g.status(), g.detail(), now, null));
            } else if (result instanceof DeliveryResult.Rejected rj) {
                told.add(attempted(alert, attempt, Outcome.REJECTED, rj.status(), rj.reason(), now, null));
            } else if (result instanceof DeliveryResult.RetryLater rl) {
                var delay = config.retrySchedule().delayAfter(attempt, rl.retryAfter());
                if (delay.isPresent()) {
                    Instant next = now.plus(delay.get());
                    writes.add(send(topics.pending(), key, new AlertPending(alert, attempt + 1, next, rl.error(), rl.status(), first)));
                    told.add(attempted(alert, attempt, Outcome.RETRY_SCHEDULED, rl.status(), rl.error(), now, next));
                    pending = null; // replaced, not tombstoned
                } else {
                    String reason = "gave up after " + attempt + " attempts since " + first + "; last error: " + rl.error();
                    writes.add(send(topics.deadLetters(), key, new DeadLetter("notify", topics.alerts().name(), -1, -1, key,
                            new String(topics.alerts().valueSerde().serializer().serialize(topics.alerts().name(), alert), StandardCharsets.UTF_8),
                            reason, now)));
                    told.add(attempted(alert, attempt, Outcome.DEAD_LETTERED, rl.status(), reason, now, null));
                }
            }
            if (pending != null) {
                writes.add(send(topics.pending(), key, null));
            }
        }
        for (DeliveryAttempted a : told) {
            writes.add(send(topics.deliveries(), a.subscriptionId(), a));
        }
        await(writes);
        for (DeliveryAttempted a : told) {
            metrics.attempted(a);
            if (a.outcome() == Outcome.DELIVERED && alert.matchedAt() != null) {
                metrics.delivered(a.channel(), Duration.between(alert.matchedAt(), a.at()));
            }
            if (a.outcome() == Outcome.DEAD_LETTERED || a.outcome() == Outcome.GONE || a.outcome() == Outcome.REJECTED) {
                log.warn("alert {} for subscription {} ({}): {} after attempt {}: {}", a.alertKey(), a.subscriptionId(), a.channel(),
                        a.outcome(), a.attempt(), a.error());
            }
            try {
                listener.attempted(a);
            } catch (RuntimeException e) {
                log.warn("delivery listener failed for {}", a, e);
            }
        }
    }

    private static DeliveryAttempted attempted(AlertMatched a, int attempt, Outcome o, Integer status, String error, Instant at, Instant next) {
        return new DeliveryAttempted(a.key(), a.subscriptionId(), a.target().kind(), attempt, o, status, error, at, next);
    }

    private <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, V value) {
        byte[] bytes = value == null ? null : topic.valueSerde().serializer().serialize(topic.name(), value);
        return producer.send(new ProducerRecord<>(topic.name(), key, bytes));
    }

    private static void await(List<Future<RecordMetadata>> writes) {
        try {
            for (Future<RecordMetadata> f : writes) {
                f.get(PRODUCE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording a delivery", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not record a delivery outcome: " + e, e);
        }
    }

    /** Parks an unreadable alerts record, synchronously, so its offset can be committed. */
    private void park(ConsumerRecord<String, byte[]> r, String reason) {
        String value = r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8);
        await(List.of(send(topics.deadLetters(), r.key() == null ? "" : r.key(),
                new DeadLetter("notify", r.topic(), r.partition(), r.offset(), r.key(), value, reason, clock.instant()))));
        log.warn("parked record {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), reason);
        metrics.parked(r.topic());
    }

    private void settleCompletions() {
        for (Completion c; (c = completions.poll()) != null; ) {
            inFlight--;
            inFlightKeys.computeIfPresent(c.key(), (k, n) -> n > 1 ? n - 1 : null);
            if (c.generation() != generation.get()) {
                continue; // skipped or finished after its partitions were revoked: nothing of ours to commit
            }
            if (c.retry() != null) {
                // The alert's offset stays in flight until a later attempt settles it.
                timers.put(c.key(), c.retry());
                due.add(c.retry());
                continue;
            }
            if (c.source().alertPartition() != null) {
                OffsetTracker tr = trackers.get(c.source().alertPartition());
                if (tr != null) {
                    tr.finished(c.source().offset());
                }
            }
        }
    }

    private void commit(boolean sync) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        trackers.forEach((tp, tr) -> tr.committable(sync).ifPresent(o -> offsets.put(tp, new OffsetAndMetadata(o))));
        if (offsets.isEmpty()) {
            return;
        }
        if (sync) {
            consumer.commitSync(offsets);
        } else {
            consumer.commitAsync(offsets, (o, e) -> {
                if (e != null) {
                    log.warn("offset commit failed (will retry with the next): {}", e.toString());
                }
            });
        }
        offsets.forEach((tp, o) -> trackers.get(tp).committed(o.offset()));
    }

    private void throttle() {
        Set<TopicPartition> alertParts = new HashSet<>();
        for (TopicPartition tp : consumer.assignment()) {
            if (tp.topic().equals(topics.alerts().name())) {
                alertParts.add(tp);
            }
        }
        if (inFlight >= config.maxInFlight()) {
            consumer.pause(alertParts);
        } else if (!consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
    }

    /** Waits (bounded) for attempts already running; those not yet started are skipped and left to the next owner. */
    private void drain(Collection<TopicPartition> partitions) {
        generation.incrementAndGet();
        long deadline = System.nanoTime() + config.drainTimeout().toNanos();
        long gen = generation.get();
        while (inFlight > 0 && System.nanoTime() < deadline) {
            for (Completion c; (c = completions.poll()) != null; ) {
                inFlight--;
                inFlightKeys.computeIfPresent(c.key(), (k, n) -> n > 1 ? n - 1 : null);
                if (c.generation() == gen - 1 && c.retry() == null && c.source().alertPartition() != null) {
                    OffsetTracker tr = trackers.get(c.source().alertPartition());
                    if (tr != null) {
                        tr.finished(c.source().offset());
                    }
                }
            }
            if (inFlight > 0) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (inFlight > 0) {
            log.warn("{} deliveries still running after {}; their alerts will be retried by the next owner", inFlight, config.drainTimeout());
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            drain(partitions);
            try {
                commit(true);
            } catch (RuntimeException e) {
                log.warn("could not commit revoked partitions: {}", e.toString());
            }
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            generation.incrementAndGet();
            forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            ledger.catchUp();
            assigned = true;
            List<TopicPartition> pending = partitions.stream().filter(tp -> tp.topic().equals(topics.pending().name())).toList();
            // The pending topic is a table, not a queue: read it whole to rebuild the timers.
            consumer.seekToBeginning(pending);
            log.info("assigned {}; ledger holds {} delivered alerts", partitions, ledger.size());
        }

        private void forget(Collection<TopicPartition> partitions) {
            for (TopicPartition tp : partitions) {
                trackers.remove(tp);
                if (tp.topic().equals(topics.pending().name())) {
                    timers.values().removeIf(t -> {
                        boolean drop = Objects.equals(t.source().pendingPartition(), tp.partition());
                        if (drop) {
                            due.remove(t);
                        }
                        return drop;
                    });
                }
            }
            // Retries of revoked alerts partitions that failed to settle are the next owner's.
            timers.values().removeIf(t -> {
                boolean drop = t.source().alertPartition() != null && partitions.contains(t.source().alertPartition());
                if (drop) {
                    due.remove(t);
                }
                return drop;
            });
        }
    }

    /**
     * Puts dead letters back in the pending topic as first attempts with a fresh schedule; returns
     * the alert keys re-driven. The running engine (this one or any in the group) picks them up.
     */
    public List<String> redrive(Predicate<DeadLetter> which) {
        return Redrive.run(config.bootstrapServers(), topics, which, clock);
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            if (!running.compareAndSet(true, false)) {
                return;
            }
            t = thread;
        }
        try {
            t.join(config.drainTimeout().plusSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lanes.close();
        clientMetrics.forEach(KafkaClientMetrics::close);
        metrics.close();
        producer.close(Duration.ofSeconds(10));
        ledger.close();
    }

    /** Why the engine cannot deliver yet (or any more), or empty when it can. */
    public java.util.Optional<String> notReady() {
        if (!running.get()) {
            return java.util.Optional.of("not started, or stopped");
        }
        Thread t = thread;
        if (t == null) {
            return java.util.Optional.of("starting");
        }
        if (!t.isAlive()) {
            return java.util.Optional.of("the delivery thread has stopped");
        }
        return assigned ? java.util.Optional.empty()
                : java.util.Optional.of("waiting for the consumer group " + config.groupId() + " to assign partitions");
    }

    /** True when the delivery thread died while the engine should be running: only a restart helps. */
    public boolean broken() {
        Thread t = thread;
        return running.get() && t != null && !t.isAlive();
    }

    static Map<String, Object> producerProps(String bootstrap) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "notify-delivery-" + UUID.randomUUID());
        return p;
    }

    private Map<String, Object> consumerProps() {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        return p;
    }
}
