package org.newsalert.notify;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.Channel;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Subscription;
import org.newsalert.events.Topic;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigException;
import org.newsalert.notify.api.ApiServer;
import org.newsalert.notify.api.KafkaDeliveryLog;
import org.newsalert.notify.delivery.DeliveryEngine;
import org.newsalert.notify.delivery.DeliveryMetrics;
import org.newsalert.notify.delivery.DeliveryResult;
import org.newsalert.notify.delivery.Sender;
import org.newsalert.notify.delivery.WebhookSignature;
import org.newsalert.notify.digest.DigestAssembler;
import org.newsalert.notify.matching.Matcher;
import org.newsalert.notify.matching.TopicBackfill;
import org.newsalert.notify.subscription.KafkaSubscriptionStore;
import org.newsalert.notify.subscription.SubscriptionMatcher;
import org.newsalert.notify.subscription.SubscriptionService;
import org.newsalert.notify.subscription.SubscriptionStore;
import org.newsalert.notify.subscription.ValidationException;
import org.newsalert.ops.HealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notify service, wired: its topics created, the subscriptions table loaded, the matcher
 * (developments to alerts and digest items), the digest assembler (digest items to one digest alert
 * per period), the delivery engine (alerts to email and webhooks), and the API with its
 * delivery log, backfill and one-click unsubscribe, until {@link #close()}. Ready when the
 * subscriptions table is loaded and serving, and the matcher and the delivery engine have each
 * been given their partitions by their consumer groups (an empty share counts: the group knows them).
 */
public final class NotifyService implements AutoCloseable, HealthCheck {
    private static final Logger log = LoggerFactory.getLogger(NotifyService.class);
    /** The webhook URL of the console channel: never resolvable ({@code .invalid}), answered in-process. */
    public static final String LOG_CHANNEL_URL = "http://console.newsalert.invalid/alerts";
    public static final String LOG_CHANNEL_OWNER = "console";
    private static final int DELIVERIES_KEPT = 500;

    private final Deque<AutoCloseable> open;
    private final KafkaSubscriptionStore store;
    private final int apiPort;
    private final Matcher matcher;
    private final DeliveryEngine engine;

    private NotifyService(Deque<AutoCloseable> open, KafkaSubscriptionStore store, int apiPort, Matcher matcher, DeliveryEngine engine) {
        this.open = open;
        this.store = store;
        this.apiPort = apiPort;
        this.matcher = matcher;
        this.engine = engine;
    }

    /** The topics notify reads or writes. */
    public static List<Topic<?, ?>> topics() {
        List<Topic<?, ?>> t = new ArrayList<>(List.of(Topics.DEVELOPMENTS, Topics.ARTICLES_ENRICHED, Topics.SUBSCRIPTIONS,
                Topics.DIGEST_ITEMS, Topics.DIGEST_STATE));
        t.addAll(org.newsalert.notify.delivery.DeliveryTopics.catalogue().all());
        return t;
    }

    public static NotifyService start(NotifyConfig config) {
        return start(config, null);
    }

    /**
     * @param alerts where to print one line per delivered alert (and the console channel's alerts);
     *     null prints nothing but the console channel's, to standard output
     */
    public static NotifyService start(NotifyConfig config, PrintStream alerts) {
        return start(config, alerts, new CompositeMeterRegistry());
    }

    /** As {@link #start(NotifyConfig, PrintStream)}, with notify's meters and its Kafka clients' metrics on {@code registry}. */
    public static NotifyService start(NotifyConfig config, PrintStream alerts, MeterRegistry registry) {
        Objects.requireNonNull(config, "config");
        String bootstrap = config.bootstrapServers();
        Clock clock = Clock.systemUTC();
        Deque<AutoCloseable> open = new ArrayDeque<>();
        try {
            TopicCreator.ensure(bootstrap, config.replicationFactor(), topics());
            Map<String, Object> client = new HashMap<>();
            client.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            KafkaSubscriptionStore store = KafkaSubscriptionStore.start(client, Duration.ofSeconds(60));
            open.push(store);
            var subscriptionsGauge = Gauge.builder("newsalert.notify.subscriptions", store, NotifyService::activeSubscriptions)
                    .tag("service", "notify").description("active subscriptions in the table").register(registry);
            open.push(() -> registry.remove(subscriptionsGauge));
            if (!config.logQuery().isEmpty()) {
                ensureLogSubscription(store, config.logQuery(), clock);
            }

            PrintStream console = alerts != null ? alerts : System.out;
            Map<DeliveryTarget.Kind, Sender> senders = new HashMap<>();
            DeliveryEngine.senders(config.delivery(), clock).forEach((kind, s) -> senders.put(kind, printing(s, alerts)));
            senders.put(DeliveryTarget.Kind.WEBHOOK, consoleChannel(senders.get(DeliveryTarget.Kind.WEBHOOK), console));
            DeliveryEngine engine = new DeliveryEngine(config.delivery(), senders, a -> disableIfGone(store, a), clock,
                    new DeliveryMetrics(registry));

            KafkaDeliveryLog deliveries = KafkaDeliveryLog.start(bootstrap, config.delivery().topics().deliveries(), DELIVERIES_KEPT);
            open.push(deliveries);
            TopicBackfill backfill = new TopicBackfill(bootstrap, clock);
            open.push(backfill);
            SubscriptionService subscriptions = new SubscriptionService(store, backfill, clock);
            ApiServer api = new ApiServer(subscriptions, config.apiTokens(), deliveries, config.delivery().tokens());
            int port = api.start(config.apiHost(), config.apiPort());
            open.push(api::stop);

            engine.start();
            open.push(engine);
            DigestAssembler digests = new DigestAssembler(bootstrap, config.digestGroup(), store, clock);
            digests.start();
            open.push(digests);
            Matcher matcher = new Matcher(bootstrap, config.matcherGroup(), new SubscriptionMatcher(store), clock, registry);
            matcher.start();
            open.push(matcher);
            log.info("notify started: API on {}:{}, {} subscriptions, {}", config.apiHost(), port, store.all().size(), config.delivery());
            return new NotifyService(open, store, port, matcher, engine);
        } catch (RuntimeException e) {
            closeAll(open);
            throw e;
        }
    }

    /** The port the API listens on (useful when configured as 0). */
    public int apiPort() {
        return apiPort;
    }

    public SubscriptionStore subscriptions() {
        return store;
    }

    @Override
    public Map<String, String> notReady() {
        Map<String, String> out = new LinkedHashMap<>();
        store.failure().ifPresent(f -> out.put("subscriptions", f));
        matcher.notReady().ifPresent(r -> out.put("matcher", r));
        engine.notReady().ifPresent(r -> out.put("delivery", r));
        return out;
    }

    @Override
    public Map<String, String> broken() {
        Map<String, String> out = new LinkedHashMap<>();
        store.failure().filter(f -> !f.equals("closed")).ifPresent(f -> out.put("subscriptions", f));
        if (matcher.broken()) {
            out.put("matcher", "the matcher thread has stopped");
        }
        if (engine.broken()) {
            out.put("delivery", "the delivery thread has stopped");
        }
        return out;
    }

    private static double activeSubscriptions(KafkaSubscriptionStore store) {
        return store.failure().isPresent() ? Double.NaN : store.all().stream().filter(Subscription::active).count();
    }

    /** One line for a delivered alert: subscription, story, kind and stage, the first new sentence. */
    public static String describe(AlertMatched a) {
        DevelopmentDetected d = a.development();
        String what = d.kind() + (d.stage() == null || d.stage().isBlank() ? "" : "/" + d.stage());
        String first = d.sentences().isEmpty() ? (d.title() == null ? "" : d.title()) : d.sentences().get(0);
        return "ALERT " + a.subscriptionId() + " [" + what + "] " + (d.storyTitle() == null ? d.storyId() : d.storyTitle()) + ": " + first;
    }

    private static Sender printing(Sender s, PrintStream out) {
        if (out == null) {
            return s;
        }
        return new Sender() {
            @Override
            public DeliveryResult send(AlertMatched alert, int attempt) {
                DeliveryResult r = s.send(alert, attempt);
                if (r instanceof DeliveryResult.Delivered) {
                    out.println(describe(alert));
                }
                return r;
            }

            @Override
            public String lane(AlertMatched alert) {
                return s.lane(alert);
            }
        };
    }

    /** Alerts to {@link #LOG_CHANNEL_URL} are printed, not sent; every other webhook goes out as usual. */
    private static Sender consoleChannel(Sender webhooks, PrintStream console) {
        return new Sender() {
            @Override
            public DeliveryResult send(AlertMatched alert, int attempt) {
                if (LOG_CHANNEL_URL.equals(alert.target().address())) {
                    console.println(describe(alert));
                    return new DeliveryResult.Delivered(null, "printed to the console");
                }
                return webhooks.send(alert, attempt);
            }

            @Override
            public String lane(AlertMatched alert) {
                return LOG_CHANNEL_URL.equals(alert.target().address()) ? "console" : webhooks.lane(alert);
            }
        };
    }

    /**
     * The console subscription has an id derived from its query, so restarts find it again instead of
     * adding another, and its alerts keep their keys (the ledger still recognises them).
     */
    private static void ensureLogSubscription(SubscriptionStore store, String typed, Clock clock) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        String query = SubscriptionService.canonicalQuery(typed, LocalDate.now(ZoneId.of("America/New_York")), errors);
        if (query == null) {
            throw new ConfigException("NEWSALERT_NOTIFY_LOG_QUERY is invalid: " + errors);
        }
        String id = "console-" + sha256(query).substring(0, 16);
        if (store.get(id).filter(Subscription::active).isEmpty()) {
            store.put(new Subscription(id, LOG_CHANNEL_OWNER, query, Channel.webhook(LOG_CHANNEL_URL, WebhookSignature.newSecret()),
                    Subscription.Mode.DEVELOPMENTS, clock.instant(), true, null));
        }
        log.info("console channel: alerts for '{}' are printed (subscription {})", query, id);
    }

    private static void disableIfGone(SubscriptionStore store, DeliveryAttempted a) {
        if (a.outcome() != DeliveryAttempted.Outcome.GONE) {
            return;
        }
        store.get(a.subscriptionId()).filter(Subscription::active).ifPresent(s -> {
            store.put(s.disabled("webhook answered 410 Gone"));
            log.info("subscription {} disabled: its webhook answered 410 Gone", s.id());
        });
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() {
        closeAll(open);
        log.info("notify stopped");
    }

    private static void closeAll(Deque<AutoCloseable> open) {
        synchronized (open) {
            while (!open.isEmpty()) {
                AutoCloseable c = open.pop();
                try {
                    c.close();
                } catch (Exception e) {
                    log.warn("while stopping notify: {}", e.toString());
                }
            }
        }
    }
}
