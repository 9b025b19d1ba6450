package org.newsalert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.notify.api.ApiTokens;
import org.newsalert.notify.api.SubscriptionClient;
import org.newsalert.notify.api.SubscriptionView;
import org.newsalert.notify.delivery.SmtpSettings;
import org.newsalert.notify.delivery.UnsubscribeTokens;
import org.newsalert.notify.subscription.SubscriptionRequest;
import org.newsalert.ops.OpsConfig;
import org.newsalert.ops.OpsServer;
import org.newsalert.testing.KafkaCluster;
import org.newsalert.testing.OpsProbe;
import org.newsalert.testing.TestKafka;

class NotifyServiceIT {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final byte[] UNSUBSCRIBE_KEY = "unsubscribe-key-for-notify-it-32bytes!".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private KafkaCluster kafka;
    private HttpServer receiver;
    private NotifyService service;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final String token = ApiTokens.generate();
    private NotifyConfig config;
    private String hookUrl;

    @BeforeEach
    void setUp() throws IOException {
        kafka = TestKafka.dedicated(false);
        TopicCreator.ensure(kafka.bootstrapServers(), (short) 1, NotifyService.topics());
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(2));
        receiver.createContext("/hook", ex -> {
            ex.getRequestBody().readAllBytes();
            received.computeIfAbsent(ex.getRequestHeaders().getFirst("webhook-id"), k -> new AtomicInteger()).incrementAndGet();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.createContext("/gone", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(410, -1);
            ex.close();
        });
        receiver.createContext("/busy", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        receiver.start();
        hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        config = NotifyConfig.from(ConfigSource.ofMap(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "NEWSALERT_API_HOST", "127.0.0.1",
                "NEWSALERT_API_PORT", "0",
                "NEWSALERT_API_TOKENS", "alice=" + ApiTokens.hash(token),
                "NEWSALERT_OUTBOUND_ALLOW", "loopback",
                "NEWSALERT_NOTIFY_DELIVERY_GROUP", "it-delivery",
                "NEWSALERT_NOTIFY_MATCHER_GROUP", "it-matcher",
                "NEWSALERT_NOTIFY_UNSUBSCRIBE_KEY", Base64.getEncoder().encodeToString(UNSUBSCRIBE_KEY))));
    }

    @AfterEach
    void tearDown() {
        if (service != null) {
            service.close();
        }
        receiver.stop(0);
        kafka.close();
    }

    @Test
    void shouldAlertEachSubscriptionOncePerDevelopmentAcrossARestart() throws Exception {
        service = NotifyService.start(config);
        SubscriptionClient client = new SubscriptionClient(URI.create("http://127.0.0.1:" + service.apiPort()), token);
        SubscriptionView bill = client.subscribe(new SubscriptionRequest("bill:hr6508-119",
                SubscriptionRequest.ChannelRequest.webhook(hookUrl, null), null, null));
        SubscriptionView lee = client.subscribe(new SubscriptionRequest("member:\"Mike Lee\"",
                SubscriptionRequest.ChannelRequest.webhook(hookUrl, null), null, null));

        DevelopmentDetected seed1 = SeedStory.introduced();
        produce(seed1);
        Set<String> firstRound = Set.of(key(seed1, bill), key(seed1, lee));
        await(() -> received.keySet().containsAll(firstRound));

        service.close();
        service = null;
        DevelopmentDetected seed4 = SeedStory.committeeAction();
        produce(seed4);
        service = NotifyService.start(config);
        client = new SubscriptionClient(URI.create("http://127.0.0.1:" + service.apiPort()), token);
        Set<String> all = Set.of(key(seed1, bill), key(seed1, lee), key(seed4, bill), key(seed4, lee));
        await(() -> received.keySet().containsAll(all));
        Thread.sleep(3_000); // time for a repeat to arrive, if the restart were to send one

        assertThat(counts()).isEqualTo(Map.of(key(seed1, bill), 1, key(seed1, lee), 1, key(seed4, bill), 1, key(seed4, lee), 1));
        SubscriptionClient c = client;
        await(() -> delivered(c, bill.id()).size() == 2);
        assertThat(delivered(client, bill.id())).containsExactly(key(seed4, bill), key(seed1, bill));
    }

    @Test
    void shouldDeleteTheSubscriptionOnAOneClickUnsubscribe() throws Exception {
        service = NotifyService.start(config);
        String base = "http://127.0.0.1:" + service.apiPort();
        SubscriptionClient client = new SubscriptionClient(URI.create(base), token);
        SubscriptionView bill = client.subscribe(new SubscriptionRequest("bill:hr6508-119",
                SubscriptionRequest.ChannelRequest.email("alice@example.org"), null, null));
        String link = base + "/unsubscribe?token=" + URLEncoder.encode(new UnsubscribeTokens(UNSUBSCRIBE_KEY).sign(bill.id()), StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">");
        assertThat(client.list()).extracting(SubscriptionView::id).containsExactly(bill.id()); // showing the page deletes nothing

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(base + "/unsubscribe?token=" + bill.id() + ".AAAA"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(client.list()).hasSize(1);

        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(client.list()).isEmpty();
    }

    @Test
    void shouldEmailAndPrintAlertsAndCountEveryOutcomeOnTheOpsEndpoints() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        NotifyConfig withMail = config.withLogQuery("member:\"Mike Lee\"")
                .withDelivery(config.delivery().withSmtp(SmtpSettings.plain("127.0.0.1", greenMail.getSmtp().getPort(), "alerts@example.org")));
        var registry = OpsServer.newRegistry();
        try (OpsServer ops = OpsServer.start(new OpsConfig("127.0.0.1", 0), registry)) {
            service = NotifyService.start(withMail, new PrintStream(printed, true, StandardCharsets.UTF_8), registry);
            ops.check("notify", service);
            OpsProbe probe = new OpsProbe(ops.address().orElseThrow());
            var ready = probe.getUntil(OpsServer.READY, WAIT, r -> r.statusCode() == 200);
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            SubscriptionClient client = new SubscriptionClient(URI.create("http://127.0.0.1:" + service.apiPort()), token);
            SubscriptionView bill = client.subscribe(new SubscriptionRequest("bill:hr6508-119",
                    SubscriptionRequest.ChannelRequest.email("alice@example.org"), null, null));
            String base = hookUrl.replace("/hook", "");
            client.subscribe(new SubscriptionRequest("bill:hr6508-119", SubscriptionRequest.ChannelRequest.webhook(base + "/gone", null), null, null));
            client.subscribe(new SubscriptionRequest("bill:hr6508-119", SubscriptionRequest.ChannelRequest.webhook(base + "/busy", null), null, null));

            produce(SeedStory.introduced());
            await(() -> greenMail.getReceivedMessages().length == 1 && printed.toString(StandardCharsets.UTF_8).lines().count() == 2);

            // What an operator sees: every alert matched, each outcome by channel, the retry waiting.
            Map<String, String> webhook = Map.of("channel", "webhook", "service", "notify");
            await(() -> probe.scrape().value("newsalert_notify_pending", Map.of("service", "notify")).orElse(0) == 1
                    && probe.scrape().value("newsalert_notify_deliveries_total", Map.of("channel", "webhook", "outcome", "GONE")).orElse(0) == 1);
            OpsProbe.Scrape m = probe.scrape();
            assertThat(m.value("newsalert_notify_alerts_matched_total", Map.of("channel", "email"))).hasValue(1);
            assertThat(m.value("newsalert_notify_alerts_matched_total", webhook)).hasValue(3); // console, gone, busy
            assertThat(m.value("newsalert_notify_deliveries_total", Map.of("channel", "email", "outcome", "DELIVERED"))).hasValue(1);
            assertThat(m.value("newsalert_notify_deliveries_total", Map.of("channel", "webhook", "outcome", "DELIVERED"))).hasValue(1);
            assertThat(m.value("newsalert_notify_deliveries_total", Map.of("channel", "webhook", "outcome", "RETRY_SCHEDULED")).orElse(0))
                    .isGreaterThanOrEqualTo(1);
            assertThat(m.value("newsalert_notify_deliveries_total", Map.of("outcome", "DEAD_LETTERED"))).hasValue(0);
            assertThat(m.value("newsalert_notify_delivery_latency_seconds_count", Map.of("service", "notify"))).hasValue(2);
            assertThat(m.value("newsalert_notify_subscriptions", Map.of("service", "notify"))).hasValue(3); // the 410 disabled one
            assertThat(m.value("kafka_consumer_fetch_manager_records_lag_max", Map.of("service", "notify"))).isPresent();
            assertThat(probe.get(OpsServer.READY).statusCode()).isEqualTo(200);

            MimeMessage mail = greenMail.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("alice@example.org");
            assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            String console = service.subscriptions().all().stream().filter(s -> s.owner().equals(NotifyService.LOG_CHANNEL_OWNER))
                    .findFirst().orElseThrow().id();
            String line = " [NEW_STORY/introduced] " + SeedStory.TITLE + ": " + SeedStory.introduced().sentences().get(0);
            assertThat(printed.toString(StandardCharsets.UTF_8).lines().sorted().toList())
                    .isEqualTo(java.util.stream.Stream.of("ALERT " + bill.id() + line, "ALERT " + console + line).sorted().toList());
        }
    }

    private static String key(DevelopmentDetected d, SubscriptionView s) {
        return AlertMatched.keyFor(d.id(), s.id(), DeliveryTarget.Kind.WEBHOOK);
    }

    private static List<String> delivered(SubscriptionClient client, String id) {
        try {
            return client.deliveries(id, 50).stream()
                    .filter(a -> a.outcome() == DeliveryAttempted.Outcome.DELIVERED).map(DeliveryAttempted::alertKey).toList();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> counts() {
        return received.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    private void produce(DevelopmentDetected d) throws Exception {
        try (var p = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all"),
                new StringSerializer(), Topics.DEVELOPMENTS.valueSerde().serializer())) {
            p.send(new ProducerRecord<>(Topics.DEVELOPMENTS.name(), d.storyId(), d)).get();
        }
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within " + WAIT);
            }
            Thread.sleep(200);
        }
    }
}
