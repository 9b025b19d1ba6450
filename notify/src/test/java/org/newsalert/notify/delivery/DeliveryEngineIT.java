package org.newsalert.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.DeliveryAttempted.Outcome;
import org.newsalert.events.TopicCreator;
import org.newsalert.testing.Records;
import org.newsalert.testing.TestKafka;

class DeliveryEngineIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private String bootstrap;
    private DeliveryTopics topics;
    private DeliveryConfig config;
    private final List<DeliveryEngine> engines = new ArrayList<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<DeliveryAttempted> told = new CopyOnWriteArrayList<>();

    /** A webhook receiver that answers with {@code status.applyAsInt(n)} for its n-th request (from 1) and remembers the ids it accepted. */
    private final class Receiver {
        final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        final AtomicInteger requests = new AtomicInteger();
        final String url;

        Receiver(int port, IntUnaryOperator status) throws IOException {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            s.setExecutor(Executors.newFixedThreadPool(4));
            s.createContext("/hook", ex -> {
                ex.getRequestBody().readAllBytes();
                int code = status.applyAsInt(requests.incrementAndGet());
                if (code / 100 == 2) {
                    accepted.computeIfAbsent(ex.getRequestHeaders().getFirst("webhook-id"), k -> new AtomicInteger()).incrementAndGet();
                }
                ex.sendResponseHeaders(code, -1);
                ex.close();
            });
            s.start();
            servers.add(s);
            url = "http://127.0.0.1:" + s.getAddress().getPort() + "/hook";
        }

        Map<String, Integer> acceptedCounts() {
            return accepted.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        }
    }

    @BeforeEach
    void setUp() {
        bootstrap = TestKafka.shared().bootstrapServers();
        topics = DeliveryTopics.prefixed("it-" + UUID.randomUUID().toString().substring(0, 8) + ".");
        TopicCreator.ensure(bootstrap, (short) 1, topics.all());
        config = DeliveryConfig.defaults(bootstrap, TestAlerts.UNSUBSCRIBE_KEY)
                .withTopics(topics)
                .withGroupId("delivery-it-" + UUID.randomUUID())
                .withRetrySchedule(RetrySchedule.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1600)))
                .withWebhooks(Duration.ofSeconds(2), "loopback");
    }

    @AfterEach
    void tearDown() {
        engines.forEach(DeliveryEngine::close);
        servers.forEach(s -> s.stop(0));
    }

    private DeliveryEngine start(DeliveryConfig c) {
        DeliveryEngine e = DeliveryEngine.create(c, told::add, Clock.systemUTC());
        engines.add(e);
        e.start();
        return e;
    }

    private List<AlertMatched> publish(String url, int from, int to) {
        List<AlertMatched> sent = new ArrayList<>();
        try (var p = new KafkaProducer<>(DeliveryEngine.producerProps(bootstrap), new StringSerializer(), topics.alerts().valueSerde().serializer())) {
            for (int i = from; i < to; i++) {
                AlertMatched a = TestAlerts.webhook("article-" + i, "sub-" + (i % 4), url);
                p.send(new ProducerRecord<>(topics.alerts().name(), a.subscriptionId(), a));
                sent.add(a);
            }
        }
        return sent;
    }

    private List<DeliveryAttempted> attempts(java.util.function.Predicate<List<DeliveryAttempted>> done) {
        return Records.readUntil(bootstrap, topics.deliveries(), WAIT, l -> done.test(values(l))).stream().map(ConsumerRecord::value).toList();
    }

    private static List<DeliveryAttempted> values(List<ConsumerRecord<String, DeliveryAttempted>> l) {
        return l.stream().map(ConsumerRecord::value).toList();
    }

    private static long count(List<DeliveryAttempted> l, Outcome o) {
        return l.stream().filter(a -> a.outcome() == o).count();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void shouldDeliverEachAlertOnceAcrossARestartAndLostOffsets() throws Exception {
        Receiver receiver = new Receiver(0, n -> 200);
        List<AlertMatched> all = new ArrayList<>(publish(receiver.url, 0, 10));
        DeliveryEngine first = start(config);
        await(() -> receiver.accepted.size() >= 10);

        all.addAll(publish(receiver.url, 10, 20));
        Thread.sleep(30);
        first.close(); // mid-stream: some of the second batch are delivered, some are not
        start(config);
        await(() -> receiver.accepted.size() >= 20);

        // A third engine in a fresh group re-reads every alert from the start: the ledger must stop all of them.
        start(config.withGroupId("delivery-it-fresh-" + UUID.randomUUID()));
        List<DeliveryAttempted> seen = attempts(l -> count(l, Outcome.DUPLICATE) >= 20);
        Thread.sleep(500);

        Map<String, Integer> expected = all.stream().collect(Collectors.toMap(AlertMatched::key, a -> 1));
        assertThat(receiver.acceptedCounts()).isEqualTo(expected);
        assertThat(seen.stream().filter(a -> a.outcome() == Outcome.DELIVERED).map(DeliveryAttempted::alertKey).sorted().toList())
                .isEqualTo(expected.keySet().stream().sorted().toList());
        assertThat(count(seen, Outcome.DUPLICATE)).isGreaterThanOrEqualTo(20);
        assertThat(receiver.acceptedCounts()).isEqualTo(expected);
    }

    @Test
    void shouldDeliverOnceWhenTheReceiverFailsThreeTimesThenRecovers() throws Exception {
        Receiver receiver = new Receiver(0, n -> n <= 3 ? 503 : 204);
        AlertMatched alert = publish(receiver.url, 0, 1).get(0);
        start(config);

        List<DeliveryAttempted> seen = attempts(l -> count(l, Outcome.DELIVERED) >= 1);
        Thread.sleep(1000);

        assertThat(receiver.acceptedCounts()).isEqualTo(Map.of(alert.key(), 1));
        assertThat(receiver.requests).hasValue(4);
        assertThat(seen).extracting(DeliveryAttempted::attempt, DeliveryAttempted::outcome, DeliveryAttempted::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Outcome.RETRY_SCHEDULED, 503),
                        org.assertj.core.groups.Tuple.tuple(2, Outcome.RETRY_SCHEDULED, 503),
                        org.assertj.core.groups.Tuple.tuple(3, Outcome.RETRY_SCHEDULED, 503),
                        org.assertj.core.groups.Tuple.tuple(4, Outcome.DELIVERED, 204));
        assertThat(seen).allSatisfy(a -> assertThat(a.alertKey()).isEqualTo(alert.key()));
        assertThat(seen.get(0).nextAttemptAt()).isAfter(seen.get(0).at());
    }

    @Test
    void shouldDeliverOncePerIdAfterTheReceiverWasDownForAStretch() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/hook";
        List<AlertMatched> alerts = publish(url, 0, 3);
        start(config);
        attempts(l -> count(l, Outcome.RETRY_SCHEDULED) >= 6); // two refused rounds for each alert

        Receiver receiver = new Receiver(port, n -> 200);
        List<DeliveryAttempted> seen = attempts(l -> count(l, Outcome.DELIVERED) >= 3);
        Thread.sleep(1000);

        assertThat(receiver.acceptedCounts()).isEqualTo(alerts.stream().collect(Collectors.toMap(AlertMatched::key, a -> 1)));
        assertThat(seen.stream().filter(a -> a.outcome() == Outcome.RETRY_SCHEDULED).map(DeliveryAttempted::error))
                .allSatisfy(e -> assertThat(e).contains("connection refused"));
        assertThat(count(seen, Outcome.DEAD_LETTERED)).isZero();
    }

    @Test
    void shouldParkExhaustedAlertsAndDeliverThemWhenRedriven() throws Exception {
        AtomicInteger mode = new AtomicInteger(500);
        Receiver receiver = new Receiver(0, n -> mode.get());
        List<AlertMatched> alerts = publish(receiver.url, 0, 2);
        DeliveryEngine engine = start(config.withRetrySchedule(RetrySchedule.of(Duration.ofMillis(100), Duration.ofMillis(100))));

        List<ConsumerRecord<String, DeadLetter>> parked = Records.readUntil(bootstrap, topics.deadLetters(), WAIT, l -> l.size() >= 2);
        assertThat(parked).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(alerts.stream().map(AlertMatched::key).toList());
        assertThat(parked).allSatisfy(r -> assertThat(r.value().reason())
                .startsWith("gave up after 3 attempts since ").endsWith("last error: webhook " + receiver.url + " answered HTTP 500"));
        assertThat(receiver.accepted).isEmpty();

        mode.set(200);
        List<String> redriven = engine.redrive(d -> true);
        assertThat(redriven).containsExactlyInAnyOrderElementsOf(alerts.stream().map(AlertMatched::key).toList());
        List<DeliveryAttempted> seen = attempts(l -> count(l, Outcome.DELIVERED) >= 2);
        Thread.sleep(500);

        assertThat(receiver.acceptedCounts()).isEqualTo(alerts.stream().collect(Collectors.toMap(AlertMatched::key, a -> 1)));
        assertThat(count(seen, Outcome.DEAD_LETTERED)).isEqualTo(2);
        assertThat(seen.stream().filter(a -> a.outcome() == Outcome.DELIVERED).map(DeliveryAttempted::attempt)).containsOnly(1);
        assertThat(receiver.requests).hasValue(3 * 2 + 2);
    }

    @Test
    void shouldDeliverToOtherEndpointsWhileOneNeverAnswers() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Receiver dead = new Receiver(0, n -> {
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 200;
        });
        Receiver alive = new Receiver(0, n -> 200);
        List<AlertMatched> stuck = publish(dead.url, 0, 3);
        AlertMatched quick = publish(alive.url, 3, 4).get(0);
        try {
            start(config.withWebhooks(Duration.ofSeconds(4), "loopback"));

            await(() -> told.stream().anyMatch(a -> a.alertKey().equals(quick.key())));
            List<DeliveryAttempted> soFar = List.copyOf(told);

            assertThat(alive.acceptedCounts()).isEqualTo(Map.of(quick.key(), 1));
            // Delivered while every alert to the dead endpoint was still waiting for its answer or its turn.
            assertThat(soFar).extracting(DeliveryAttempted::alertKey).containsExactly(quick.key());
            List<DeliveryAttempted> later = attempts(l -> count(l, Outcome.RETRY_SCHEDULED) >= 3);
            assertThat(later.stream().filter(a -> a.outcome() == Outcome.RETRY_SCHEDULED).map(DeliveryAttempted::alertKey))
                    .containsAll(stuck.stream().map(AlertMatched::key).toList());
            assertThat(later.stream().filter(a -> a.outcome() == Outcome.RETRY_SCHEDULED).map(DeliveryAttempted::error))
                    .allSatisfy(e -> assertThat(e).contains("timed out after 4 s"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void shouldReportGoneAndStopRetrying() throws Exception {
        Receiver receiver = new Receiver(0, n -> 410);
        AlertMatched alert = publish(receiver.url, 0, 1).get(0);
        start(config);

        List<DeliveryAttempted> seen = attempts(l -> count(l, Outcome.GONE) >= 1);
        Thread.sleep(1500);

        assertThat(seen).extracting(DeliveryAttempted::outcome).containsExactly(Outcome.GONE);
        assertThat(receiver.requests).hasValue(1);
        await(() -> !told.isEmpty());
        assertThat(told).singleElement().satisfies(a -> {
            assertThat(a.subscriptionId()).isEqualTo(alert.subscriptionId());
            assertThat(a.outcome()).isEqualTo(Outcome.GONE);
        });
    }
}
