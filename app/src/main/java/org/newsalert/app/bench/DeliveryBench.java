package org.newsalert.app.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.EnrichService;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.Channel;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Subscription;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.notify.NotifyConfig;
import org.newsalert.notify.NotifyService;
import org.newsalert.notify.delivery.WebhookSignature;
import org.newsalert.notify.subscription.SubscriptionService;
import org.newsalert.notify.subscription.ValidationException;

/**
 * The notify side of the bench, measured on real deliveries: the notify service as deployed
 * (matcher and delivery engine, its settings from the environment, the receiver's address
 * allow-listed) sends to a loopback webhook receiver (the JDK's HTTP server answering 204), which
 * notes when each {@code webhook-id} arrives. Every clock reading is {@code System.nanoTime()} in
 * this one JVM, so producer and receiver share a clock. Fresh consumer groups start at the end of
 * their topics, so whatever earlier sections left on the broker is neither matched nor sent again.
 */
public final class DeliveryBench {
    /** Every synthetic headline names "the ... Act", so this query matches every development here. */
    static final String QUERY = "act";
    /** Alerts sent and awaited before the clock starts (connections, JIT); checked like the rest, not timed. */
    public static final int WARM_UP = 20;
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private DeliveryBench() {}

    /** Nearest-rank percentiles of latencies in milliseconds. */
    public record Latency(int alerts, double p50Millis, double p99Millis, double maxMillis) {
        static Latency of(Collection<Double> millis) {
            List<Double> s = millis.stream().sorted().toList();
            if (s.isEmpty()) {
                return new Latency(0, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Latency(s.size(), rank(s, 0.50), rank(s, 0.99), s.get(s.size() - 1));
        }

        private static double rank(List<Double> sorted, double q) {
            int i = (int) Math.ceil(q * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }

        /** {alerts, p50, p99, max}, the times null when nothing arrived. */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("alerts", alerts);
            m.put("p50", alerts == 0 ? null : Math.round(p50Millis * 10) / 10.0);
            m.put("p99", alerts == 0 ? null : Math.round(p99Millis * 10) / 10.0);
            m.put("max", alerts == 0 ? null : Math.round(maxMillis * 10) / 10.0);
            return m;
        }
    }

    /**
     * Developments straight into {@code newsalert.developments}: a burst (as fast as the producer
     * takes them) for throughput, then a paced stream for the latency of one alert when notify is
     * not saturated.
     *
     * @param missing expected webhooks that never arrived (over warm-up, burst and paced)
     * @param duplicates webhooks received more than once (extra receipts counted)
     * @param unexpected webhook ids received that no development here should have caused
     */
    public record Delivery(int burst, Duration burstElapsed, Latency burstLatency, int paced, double pacedRate, Latency pacedLatency,
            int missing, int duplicates, int unexpected, boolean settled, int threads, int perEndpoint) {
        public double alertsPerSecond() {
            return burstElapsed.isZero() ? 0 : burst / (burstElapsed.toNanos() / 1e9);
        }

        public boolean complete() {
            return missing == 0;
        }
    }

    /**
     * Articles into {@code newsalert.articles} at a steady rate, through enrich and notify, to the
     * webhooks of the developments they became.
     */
    public record ArticleToWebhook(int articles, double rate, int enriched, int developments, Latency latency, Latency enrichPart,
            int missing, int duplicates, int reorderBuffer, Duration reorderIdle, Duration elapsed) {
        public boolean complete() {
            return enriched == articles && missing == 0;
        }
    }

    // --- delivery: development -> webhook -----------------------------------------------------------

    public static Delivery delivery(String servers, int burst, int paced, double rate, PrintWriter progress)
            throws InterruptedException, IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NotifyConfig config = notifyConfig(servers, run);
        TopicCreator.ensure(servers, config.replicationFactor(), NotifyService.topics());
        startGroupsAtEnd(servers, config);
        try (Receiver rx = new Receiver();
                NotifyService notify = NotifyService.start(config, null);
                KafkaProducer<String, byte[]> producer = producer(servers)) {
            Subscription sub = subscribe(notify, run, rx.url());
            try {
                DevelopmentFactory devs = new DevelopmentFactory(run);
                Set<String> expected = new HashSet<>();
                progress(progress, "delivery: %d warm-up alerts", WARM_UP);
                Phase warm = phase(rx, producer, devs.next(WARM_UP), sub.id(), 0, Duration.ofSeconds(120), expected);
                progress(progress, "delivery: a burst of %,d developments", burst);
                Phase b = phase(rx, producer, devs.next(burst), sub.id(), 0, Duration.ofSeconds(Math.max(120, burst / 5)), expected);
                progress(progress, "delivery: %,d developments at %.0f/s", paced, rate);
                Phase p = phase(rx, producer, devs.next(paced), sub.id(), rate,
                        Duration.ofSeconds((long) (paced / rate) + 120), expected);
                boolean settled = awaitCaughtUp(servers, config.delivery().groupId(), Topics.ALERTS.name());
                return new Delivery(burst, b.elapsed(), Latency.of(b.latencies()), paced, rate, Latency.of(p.latencies()),
                        warm.missing() + b.missing() + p.missing(), rx.duplicates(), rx.unexpected(expected), settled,
                        config.delivery().threads(), config.delivery().perEndpoint());
            } finally {
                notify.subscriptions().delete(sub.id());
            }
        }
    }

    /** What one phase saw: latencies of the webhooks that arrived, how many did not, first send to last arrival. */
    private record Phase(List<Double> latencies, int missing, Duration elapsed) {}

    private static Phase phase(Receiver rx, KafkaProducer<String, byte[]> producer, List<DevelopmentDetected> devs, String subscriptionId,
            double rate, Duration timeout, Set<String> allExpected) throws InterruptedException {
        Map<String, Long> sentAt = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < devs.size(); i++) {
            if (rate > 0) {
                sleepUntil(start + (long) (i * 1e9 / rate));
            }
            DevelopmentDetected d = devs.get(i);
            String key = AlertMatched.keyFor(d.id(), subscriptionId, DeliveryTarget.Kind.WEBHOOK);
            allExpected.add(key);
            sentAt.put(key, System.nanoTime());
            producer.send(new ProducerRecord<>(Topics.DEVELOPMENTS.name(), d.storyId(),
                    Topics.DEVELOPMENTS.valueSerde().serializer().serialize(Topics.DEVELOPMENTS.name(), d)));
        }
        producer.flush();
        await(System.nanoTime() + timeout.toNanos(), () -> rx.hasAll(sentAt.keySet()));
        List<Double> latencies = new ArrayList<>();
        long last = start;
        int missing = 0;
        for (var e : sentAt.entrySet()) {
            Long at = rx.firstArrival(e.getKey());
            if (at == null) {
                missing++;
            } else {
                latencies.add((at - e.getValue()) / 1e6);
                last = Math.max(last, at);
            }
        }
        long first = sentAt.values().stream().mapToLong(Long::longValue).min().orElse(start);
        return new Phase(latencies, missing, Duration.ofNanos(last - first));
    }

    /** Developments shaped like enrich's: one story each, a title naming the Act, a stage, two new sentences. */
    private static final class DevelopmentFactory {
        private final String run;
        private int next;

        DevelopmentFactory(String run) {
            this.run = run;
        }

        List<DevelopmentDetected> next(int n) {
            List<DevelopmentDetected> out = new ArrayList<>(n);
            Instant now = Instant.now();
            for (int i = 0; i < n; i++, next++) {
                String story = String.format(Locale.ROOT, "bench-%s-story-%06d", run, next);
                String article = String.format(Locale.ROOT, "d%s%08x", run, next);
                String bill = "hr" + (1000 + next % 8000) + "-119";
                String title = "Bench " + next + " Act (H.R. " + (1000 + next % 8000) + ") passes House";
                out.add(new DevelopmentDetected(DevelopmentDetected.idFor(story, article), story, article, ArticleKind.DEVELOPMENT,
                        "passed-house",
                        List.of("The House passed H.R. " + (1000 + next % 8000) + " on Tuesday by a vote of 251 to 170.",
                                "The bill now goes to the Senate, where its prospects are uncertain."),
                        "Bench " + next + " Act", List.of(bill), List.of(), title,
                        "https://capitol-wire.example/politics/" + article, "Capitol Wire", now,
                        List.of("Capitol Wire", "Valley Herald")));
            }
            return out;
        }
    }

    // --- article -> webhook, through enrich and notify ----------------------------------------------

    /**
     * @param warmUp articles sent first, at the same rate, and awaited to their webhooks before the
     *     clock starts (JIT, connections, enrich's first stories); checked like the rest, not timed
     */
    public static ArticleToWebhook articleToWebhook(EnrichConfig base, List<ArticleFetched> warmUp, List<ArticleFetched> articles, double rate,
            Duration timeout, PrintWriter progress) throws InterruptedException, IOException {
        String servers = base.bootstrapServers();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path stateDir = Files.createTempDirectory("newsalert-bench-latency-");
        EnrichConfig enrichConfig = base.withApplicationId("newsalert-bench-latency-" + run).withStateDir(stateDir.toString());
        NotifyConfig notifyConfig = notifyConfig(servers, run);
        TopicCreator.ensure(servers, enrichConfig.replicationFactor(), EnrichService.topics());
        TopicCreator.ensure(servers, notifyConfig.replicationFactor(), NotifyService.topics());
        startAtEnd(servers, enrichConfig.applicationId(), List.of(Topics.ARTICLES.name()));
        startGroupsAtEnd(servers, notifyConfig);
        Set<String> warmIds = new HashSet<>();
        warmUp.forEach(a -> warmIds.add(a.id()));
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.id()));
        Set<String> all = new HashSet<>(warmIds);
        all.addAll(ids);
        long started = System.nanoTime();
        try (EnrichService enrich = EnrichService.start(enrichConfig)) {
            if (!enrich.awaitRunning(Duration.ofSeconds(120))) {
                throw new IllegalStateException("enrich did not reach RUNNING within 120 s (state " + enrich.state() + ")");
            }
            try (Receiver rx = new Receiver();
                    NotifyService notify = NotifyService.start(notifyConfig, null);
                    Outputs outputs = new Outputs(servers, all);
                    KafkaProducer<String, byte[]> producer = producer(servers)) {
                Subscription sub = subscribe(notify, run, rx.url());
                try {
                    progress(progress, "latency: %d warm-up articles", warmUp.size());
                    sendPaced(producer, warmUp, rate, new HashMap<>());
                    await(System.nanoTime() + Duration.ofSeconds(120).toNanos(), () -> outputs.enriched(warmIds) >= warmUp.size()
                            && outputs.developmentsComplete() && rx.hasAll(keys(outputs.developments(), sub.id()).keySet()));
                    progress(progress, "latency: %d articles at %.0f/s through enrich and notify", articles.size(), rate);
                    Map<String, Long> sentAt = new HashMap<>();
                    sendPaced(producer, articles, rate, sentAt);
                    await(System.nanoTime() + timeout.toNanos(), () -> outputs.enriched(all) >= all.size() && outputs.developmentsComplete()
                            && rx.hasAll(keys(outputs.developments(), sub.id()).keySet()));
                    awaitCaughtUp(servers, notifyConfig.delivery().groupId(), Topics.ALERTS.name());
                    List<Double> latencies = new ArrayList<>();
                    List<Double> enrichPart = new ArrayList<>();
                    int missing = 0;
                    int developments = 0;
                    for (var e : keys(outputs.developments(), sub.id()).entrySet()) {
                        Long at = rx.firstArrival(e.getKey());
                        Long sent = sentAt.get(e.getValue().articleId());
                        developments += sent != null ? 1 : 0;
                        if (sent != null) {
                            enrichPart.add((outputs.seenAt(e.getValue().id()) - sent) / 1e6);
                        }
                        if (at == null) {
                            missing++;
                        } else if (sent != null) {
                            latencies.add((at - sent) / 1e6);
                        }
                    }
                    return new ArticleToWebhook(articles.size(), rate, outputs.enriched(ids), developments, Latency.of(latencies),
                            Latency.of(enrichPart), missing,
                            rx.duplicates(), enrichConfig.reorderBuffer(), enrichConfig.reorderIdle(),
                            Duration.ofNanos(System.nanoTime() - started));
                } finally {
                    notify.subscriptions().delete(sub.id());
                }
            }
        } finally {
            try (var paths = Files.walk(stateDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Sends the articles at a steady rate, as their source would, noting when each was sent. */
    private static void sendPaced(KafkaProducer<String, byte[]> producer, List<ArticleFetched> articles, double rate, Map<String, Long> sentAt)
            throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            sleepUntil(start + (long) (i * 1e9 / rate));
            ArticleFetched g = articles.get(i);
            // Live news: published (and fetched) just now, as an article reaching a subscriber fast would be.
            java.time.Instant now = java.time.Instant.now();
            ArticleFetched a = new ArticleFetched(g.id(), g.url(), g.source(), g.feedUrl(), g.guid(), g.title(), g.author(), now, now,
                    g.text(), g.language(), g.fingerprint(), g.textOrigin());
            sentAt.put(a.id(), System.nanoTime());
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), null, a.published().toEpochMilli(), a.id(),
                    Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), a)));
        }
        producer.flush();
    }

    private static Map<String, DevelopmentDetected> keys(Collection<DevelopmentDetected> devs, String subscriptionId) {
        Map<String, DevelopmentDetected> m = new LinkedHashMap<>();
        devs.forEach(d -> m.put(AlertMatched.keyFor(d.id(), subscriptionId, DeliveryTarget.Kind.WEBHOOK), d));
        return m;
    }

    /**
     * Enrich's outputs for the bench's articles, read committed from the end of the topics as they
     * were before the first article was sent.
     */
    private static final class Outputs implements AutoCloseable {
        private final Set<String> ids;
        private final Set<String> enriched = ConcurrentHashMap.newKeySet();
        private final Set<String> alerting = ConcurrentHashMap.newKeySet();
        private final Map<String, DevelopmentDetected> developments = new ConcurrentHashMap<>();
        private final Map<String, Long> seen = new ConcurrentHashMap<>();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final Thread thread;
        private volatile boolean running = true;

        Outputs(String servers, Set<String> ids) throws InterruptedException {
            this.ids = Set.copyOf(ids);
            KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : List.of(Topics.ARTICLES_ENRICHED.name(), Topics.DEVELOPMENTS.name())) {
                c.partitionsFor(t, Duration.ofSeconds(60)).forEach(p -> parts.add(new TopicPartition(t, p.partition())));
            }
            c.assign(parts);
            c.seekToEnd(parts);
            parts.forEach(p -> c.position(p, Duration.ofSeconds(60))); // resolved now, before any article is sent
            thread = new Thread(() -> {
                try (c) {
                    while (running) {
                        for (var r : c.poll(Duration.ofMillis(100))) {
                            if (r.value() == null) {
                                continue;
                            }
                            if (r.topic().equals(Topics.DEVELOPMENTS.name())) {
                                DevelopmentDetected d = Topics.DEVELOPMENTS.valueSerde().deserializer().deserialize(r.topic(), r.value());
                                if (ids.contains(d.articleId())) {
                                    developments.put(d.id(), d);
                                    seen.putIfAbsent(d.id(), System.nanoTime());
                                }
                            } else {
                                ArticleEnriched a = Topics.ARTICLES_ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value());
                                if (ids.contains(a.articleId())) {
                                    enriched.add(a.articleId());
                                    if (a.kind() == ArticleKind.NEW_STORY || a.kind() == ArticleKind.DEVELOPMENT) {
                                        alerting.add(a.articleId());
                                    }
                                }
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            }, "bench-latency-reader");
            thread.setDaemon(true);
            thread.start();
        }

        /** How many of {@code which} came out enriched. */
        int enriched(Set<String> which) {
            check();
            return (int) which.stream().filter(enriched::contains).count();
        }

        /** Every article that enrich called a new story or development has its development record. */
        boolean developmentsComplete() {
            check();
            Set<String> have = new HashSet<>();
            developments.values().forEach(d -> have.add(d.articleId()));
            return have.containsAll(alerting);
        }

        /** When this reader first saw the development (committed and readable). */
        long seenAt(String developmentId) {
            return seen.get(developmentId);
        }

        Collection<DevelopmentDetected> developments() {
            return List.copyOf(developments.values());
        }

        private void check() {
            if (failure.get() != null) {
                throw new IllegalStateException("bench reader failed: " + failure.get(), failure.get());
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }

    // --- shared pieces ------------------------------------------------------------------------------

    /** A subscriber's endpoint: answers 204 at once and notes when each webhook id first arrived and how often. */
    static final class Receiver implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService executor;
        private final Map<String, Long> first = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> count = new ConcurrentHashMap<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 128);
            executor = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "bench-webhook-receiver");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/hook", ex -> {
                try (ex) {
                    ex.getRequestBody().readAllBytes();
                    long now = System.nanoTime();
                    String id = ex.getRequestHeaders().getFirst("webhook-id");
                    if (id != null) {
                        first.putIfAbsent(id, now);
                        count.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    }
                    ex.sendResponseHeaders(204, -1);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        Long firstArrival(String id) {
            return first.get(id);
        }

        boolean hasAll(Collection<String> ids) {
            return first.keySet().containsAll(ids);
        }

        int duplicates() {
            return count.values().stream().mapToInt(c -> Math.max(0, c.get() - 1)).sum();
        }

        int unexpected(Set<String> expected) {
            return (int) first.keySet().stream().filter(id -> !expected.contains(id)).count();
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /**
     * Notify's settings as the service reads them (NEWSALERT_NOTIFY_* honoured), on the bench's
     * broker, with the API on a free loopback port, fresh consumer groups, no console channel, and
     * the receiver's address, 127.0.0.1, on the outbound allow-list.
     */
    static NotifyConfig notifyConfig(String servers, String run) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("KAFKA_BOOTSTRAP_SERVERS", servers);
        overrides.put("NEWSALERT_API_HOST", "127.0.0.1");
        overrides.put("NEWSALERT_API_PORT", "0");
        overrides.put("NEWSALERT_API_TOKENS", "");
        overrides.put("NEWSALERT_OUTBOUND_ALLOW", "127.0.0.1");
        overrides.put("NEWSALERT_NOTIFY_MATCHER_GROUP", "newsalert-bench-matcher-" + run);
        overrides.put("NEWSALERT_NOTIFY_DELIVERY_GROUP", "newsalert-bench-delivery-" + run);
        ConfigSource env = ConfigSource.fromEnvironment();
        if (env.string("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", null) == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            overrides.put("NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", Base64.getEncoder().encodeToString(key));
        }
        return NotifyConfig.from(env.with(overrides)).withLogQuery("");
    }

    /** A webhook subscription (mode developments) through notify's own subscriptions table and topic. */
    private static Subscription subscribe(NotifyService notify, String run, String url) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        String query = SubscriptionService.canonicalQuery(QUERY, java.time.LocalDate.now(), errors);
        if (query == null) {
            throw new IllegalStateException("bench query is invalid: " + errors);
        }
        Subscription s = new Subscription("bench-" + run, "bench", query, Channel.webhook(url, WebhookSignature.newSecret()),
                Subscription.Mode.DEVELOPMENTS, Clock.systemUTC().instant(), true, null);
        notify.subscriptions().put(s);
        return s;
    }

    private static void startGroupsAtEnd(String servers, NotifyConfig config) {
        startAtEnd(servers, config.matcherGroup(), List.of(Topics.DEVELOPMENTS.name(), Topics.ARTICLES_ENRICHED.name()));
        startAtEnd(servers, config.delivery().groupId(), List.of(Topics.ALERTS.name(), Topics.NOTIFY_PENDING.name()));
    }

    /** Commits {@code group}'s offsets at the end of {@code topics}, so a fresh group reads only what comes next. */
    static void startAtEnd(String servers, String group, List<String> topics) {
        try (Admin admin = admin(servers)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            endOffsets(admin, topics).forEach((tp, end) -> offsets.put(tp, new OffsetAndMetadata(end)));
            admin.alterConsumerGroupOffsets(group, offsets).all().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while positioning group " + group, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot position group " + group + " at the end of " + topics + ": " + e, e);
        }
    }

    /**
     * Waits (at most {@link #SETTLE}) until {@code group} has committed every record of {@code topic}:
     * the delivery engine commits an alert only once its outcome is durable, so after this no
     * repeat can still be on its way. Returns whether it got there.
     */
    static boolean awaitCaughtUp(String servers, String group, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        try (Admin admin = admin(servers)) {
            while (true) {
                try {
                    Map<TopicPartition, Long> end = endOffsets(admin, List.of(topic));
                    Map<TopicPartition, OffsetAndMetadata> committed =
                            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                    long lag = 0;
                    for (var e : end.entrySet()) {
                        OffsetAndMetadata c = committed.get(e.getKey());
                        lag += e.getValue() - (c == null ? 0 : c.offset());
                    }
                    if (lag <= 0) {
                        return true;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not yet; try again until the deadline
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(200);
            }
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> req = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).forEach((name, d) ->
                d.partitions().forEach(p -> req.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(req, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(60, TimeUnit.SECONDS)
                .forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    private static KafkaProducer<String, byte[]> producer(String servers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024), new StringSerializer(), new ByteArraySerializer());
    }

    private static Admin admin(String servers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000));
    }

    private static void await(long deadlineNanos, BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean() && System.nanoTime() < deadlineNanos) {
            Thread.sleep(20);
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void progress(PrintWriter err, String f, Object... args) {
        err.printf(Locale.ROOT, "bench: " + f + "%n", args);
        err.flush();
    }
}
