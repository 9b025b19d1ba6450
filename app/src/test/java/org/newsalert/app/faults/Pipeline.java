package org.newsalert.app.faults;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsalert.app.bench.SyntheticNews;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.EnrichService;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.StoryUpdated;
import org.newsalert.events.Topic;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.publish.ArticlePublisher;
import org.newsalert.ingest.publish.PublishException;
import org.newsalert.ingest.publish.SeenLedger;
import org.newsalert.notify.NotifyConfig;
import org.newsalert.notify.NotifyService;
import org.newsalert.notify.api.ApiTokens;
import org.newsalert.notify.api.SubscriptionClient;
import org.newsalert.notify.api.SubscriptionView;
import org.newsalert.notify.subscription.SubscriptionRequest;
import org.newsalert.testing.KafkaCluster;
import org.newsalert.testing.TestKafka;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline on a restartable embedded broker for the fault tests: synthetic articles
 * published through ingest's transactional publisher, enrich and notify started and stopped at
 * will, and a loopback webhook receiver counting each {@code webhook-id}. It also states the
 * guarantees every fault test checks ({@link #outcome()}): each article enriched once, each story
 * and development once, each alert received once.
 */
final class Pipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    static final String MATCHER_GROUP = "faults-matcher";
    static final String DELIVERY_GROUP = "faults-delivery";
    static final String ENRICH_APP = "faults-enrich";
    /** Every synthetic headline names "the ... Act", so this query matches every development. */
    static final String QUERY = "act";

    final KafkaCluster kafka;
    private final Path dir;
    private final String token = ApiTokens.generate();
    private final HttpServer receiver;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private volatile Duration webhookDelay = Duration.ZERO;
    private final SyntheticNews news = new SyntheticNews(42, "fa", 2, 4, 12);
    private final List<ArticleFetched> published = new ArrayList<>();
    private SeenLedger ledger;
    private ArticlePublisher publisher;

    Pipeline(Path dir) {
        this.dir = dir;
        kafka = TestKafka.dedicated(true);
        List<Topic<?, ?>> topics = new ArrayList<>(IngestService.topics());
        topics.addAll(EnrichService.topics());
        topics.addAll(NotifyService.topics());
        TopicCreator.ensure(kafka.bootstrapServers(), (short) 1, topics);
        try {
            receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", ex -> {
            ex.getRequestBody().readAllBytes();
            sleep(webhookDelay);
            received.computeIfAbsent(ex.getRequestHeaders().getFirst("webhook-id"), k -> new AtomicInteger()).incrementAndGet();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
    }

    // --- services -----------------------------------------------------------------------------

    EnrichConfig enrichConfig(String instance) {
        return EnrichConfig.from(ConfigSource.ofMap(Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                        "enrich.reorder.buffer", "20",
                        "enrich.reorder.idle", "300ms")))
                .withApplicationId(ENRICH_APP)
                .withStateDir(dir.resolve("enrich-" + instance).toString());
    }

    EnrichService startEnrich(String instance) {
        return EnrichService.start(enrichConfig(instance));
    }

    NotifyConfig notifyConfig() {
        return NotifyConfig.from(ConfigSource.ofMap(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "NEWSALERT_API_HOST", "127.0.0.1",
                "NEWSALERT_API_PORT", "0",
                "NEWSALERT_API_TOKENS", "faults=" + ApiTokens.hash(token),
                "NEWSALERT_OUTBOUND_ALLOW", "loopback",
                "NEWSALERT_NOTIFY_DELIVERY_GROUP", DELIVERY_GROUP,
                "NEWSALERT_NOTIFY_MATCHER_GROUP", MATCHER_GROUP,
                "NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", Base64.getEncoder().encodeToString(new byte[32]))));
    }

    NotifyService startNotify() {
        return NotifyService.start(notifyConfig(), System.out);
    }

    /** Subscribes a webhook to every development through the API of {@code notify}. */
    SubscriptionView subscribe(NotifyService notify) throws IOException, InterruptedException {
        SubscriptionClient client = new SubscriptionClient(URI.create("http://127.0.0.1:" + notify.apiPort()), token);
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        return client.subscribe(new SubscriptionRequest(QUERY, SubscriptionRequest.ChannelRequest.webhook(url, null), null, null));
    }

    /** Every webhook request waits this long before it is answered, so deliveries are in flight longer. */
    void slowWebhooks(Duration delay) {
        webhookDelay = delay;
    }

    // --- input --------------------------------------------------------------------------------

    /**
     * Publishes the next {@code n} synthetic articles in transactions of {@code batch}, as ingest
     * does; a failed transaction is retried with what the ledger does not hold yet (nothing of a
     * failed transaction is visible, so retrying is what ingest's next poll would do).
     */
    void publish(int n, int batch) {
        if (publisher == null) {
            ledger = SeenLedger.load(kafka.bootstrapServers());
            publisher = new ArticlePublisher(kafka.bootstrapServers(), IngestService.oneOffTransactionalId("faults"), ledger);
        }
        for (int done = 0; done < n; done += batch) {
            List<ArticlePublisher.Item> items = new ArrayList<>();
            for (int i = 0; i < Math.min(batch, n - done); i++) {
                ArticleFetched a = news.next().fetched(Instant.now());
                items.add(new ArticlePublisher.Item(a, List.of(SeenLedger.idKey(a.id()))));
                synchronized (published) {
                    published.add(a);
                }
            }
            publishWithRetries(items);
        }
    }

    private void publishWithRetries(List<ArticlePublisher.Item> items) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            List<ArticlePublisher.Item> todo = items.stream()
                    .filter(i -> !ledger.contains(SeenLedger.idKey(i.article().id()))).toList();
            if (todo.isEmpty()) {
                return;
            }
            try {
                publisher.publish(todo, null);
                return;
            } catch (PublishException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not publish articles for 90 s", e);
                }
                log.warn("publish failed, retrying: {}", e.getMessage());
                sleep(Duration.ofMillis(500));
            }
        }
    }

    List<String> publishedIds() {
        synchronized (published) {
            return published.stream().map(ArticleFetched::id).toList();
        }
    }

    // --- observation --------------------------------------------------------------------------

    int enrichedSoFar() {
        return values(Topics.ARTICLES_ENRICHED).size();
    }

    int webhooksSoFar() {
        return received.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /**
     * Waits until the pipeline has settled: every published article enriched, every development
     * matched into an alert, and the delivery group's offsets committed to the end of the alerts
     * topic (an offset is committed only after its outcome is durable, so nothing more will be sent).
     */
    void awaitSettled(Duration timeout) {
        int n = publishedIds().size();
        long deadline = System.nanoTime() + timeout.toNanos();
        await("all " + n + " articles enriched", deadline, () -> Set.copyOf(enrichedIds()).size() >= n);
        await("an alert for every development", deadline, () -> alertKeys().containsAll(expectedAlertKeys()));
        await("the delivery group caught up with the alerts topic", deadline, () -> lag(DELIVERY_GROUP, Topics.ALERTS.name()) == 0);
    }

    /** What the pipeline produced, read from the topics and the webhook receiver. */
    Outcome outcome() {
        List<ArticleEnriched> enriched = values(Topics.ARTICLES_ENRICHED);
        List<DevelopmentDetected> developments = values(Topics.DEVELOPMENTS);
        Map<String, StoryUpdated> stories = new LinkedHashMap<>();
        values(Topics.STORIES).forEach(s -> stories.put(s.storyId(), s));
        Map<String, Integer> webhooks = received.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        return new Outcome(publishedIds(), enriched, developments, stories, webhooks, subscriptionIds());
    }

    /** The results of a run and the guarantees asked of them. */
    record Outcome(List<String> articleIds, List<ArticleEnriched> enriched, List<DevelopmentDetected> developments,
            Map<String, StoryUpdated> stories, Map<String, Integer> webhooks, List<String> subscriptions) {

        List<String> enrichedArticleIds() {
            return enriched.stream().map(ArticleEnriched::articleId).toList();
        }

        /** Articles that start a story or advance one: each must have exactly one development. */
        List<String> alertingArticleIds() {
            return enriched.stream().filter(a -> a.kind() == ArticleKind.NEW_STORY || a.kind() == ArticleKind.DEVELOPMENT)
                    .map(ArticleEnriched::articleId).toList();
        }

        List<String> developmentArticleIds() {
            return developments.stream().map(DevelopmentDetected::articleId).toList();
        }

        /** Story ids of the NEW_STORY articles: each story must be started exactly once. */
        List<String> startedStoryIds() {
            return enriched.stream().filter(a -> a.kind() == ArticleKind.NEW_STORY).map(ArticleEnriched::storyId).toList();
        }

        /** Article ids as filed in the stories' latest state: each article in exactly one story. */
        List<String> storyArticleIds() {
            return stories.values().stream().flatMap(s -> s.articleIds().stream()).toList();
        }

        /** Story of each article as enrich reported it, and as the story records list it. */
        Map<String, String> storyOfArticle() {
            return enriched.stream().collect(Collectors.toMap(ArticleEnriched::articleId, ArticleEnriched::storyId, (a, b) -> a + "," + b));
        }

        Map<String, String> storyOfArticleFromStories() {
            Map<String, String> m = new HashMap<>();
            stories.values().forEach(s -> s.articleIds().forEach(a -> m.merge(a, s.storyId(), (x, y) -> x + "," + y)));
            return m;
        }

        /** One webhook per development and subscription, each received exactly once. */
        Map<String, Integer> expectedWebhooks() {
            Map<String, Integer> m = new HashMap<>();
            for (DevelopmentDetected d : developments) {
                for (String s : subscriptions) {
                    m.put(AlertMatched.keyFor(d.id(), s, DeliveryTarget.Kind.WEBHOOK), 1);
                }
            }
            return m;
        }
    }

    private List<String> subscriptionIds() {
        return values(Topics.SUBSCRIPTIONS).stream().map(org.newsalert.events.Subscription::id).distinct().toList();
    }

    private List<String> enrichedIds() {
        return values(Topics.ARTICLES_ENRICHED).stream().map(ArticleEnriched::articleId).toList();
    }

    private Set<String> expectedAlertKeys() {
        return outcome().expectedWebhooks().keySet();
    }

    private Set<String> alertKeys() {
        return values(Topics.ALERTS).stream().map(AlertMatched::key).collect(Collectors.toSet());
    }

    /** Every committed value of {@code topic}, read from the start to its last stable offset. */
    private <V> List<V> values(Topic<String, V> topic) {
        Map<String, Object> p = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        List<V> out = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (var c = new KafkaConsumer<>(p, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic.name(), Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(10));
            while (parts.stream().anyMatch(tp -> c.position(tp, Duration.ofSeconds(10)) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic.name() + " to its end");
                }
                c.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
            }
        }
        return out;
    }

    private Map<TopicPartition, Long> endOffsets(String topic) {
        try (Admin admin = kafka.admin()) {
            var parts = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> req = new HashMap<>();
            parts.forEach(p -> req.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> out = new HashMap<>();
            admin.listOffsets(req).all().get().forEach((tp, info) -> out.put(tp, info.offset()));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read end offsets of " + topic, e);
        }
    }

    /** Records of {@code topic} not yet committed by {@code group}. */
    long lag(String group, String topic) {
        Map<TopicPartition, Long> end = endOffsets(topic);
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (var e : end.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += e.getValue() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read offsets of group " + group, e);
        }
    }

    /** Polls {@code condition} until it holds; a failing condition (e.g. the broker is down) counts as not yet. */
    static void await(String what, long deadlineNanos, BooleanSupplier condition) {
        while (true) {
            boolean ok;
            try {
                ok = condition.getAsBoolean();
            } catch (RuntimeException e) {
                ok = false;
            }
            if (ok) {
                return;
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            sleep(Duration.ofMillis(300));
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        await(what, System.nanoTime() + timeout.toNanos(), condition);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (publisher != null) {
            publisher.close();
        }
        receiver.stop(0);
        kafka.close();
    }
}
