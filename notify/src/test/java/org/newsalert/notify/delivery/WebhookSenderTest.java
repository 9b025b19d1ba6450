package org.newsalert.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.Json;
import org.newsalert.outbound.AddressPolicy;
import org.newsalert.outbound.GuardedHttp;

class WebhookSenderTest {
    /** One received request. */
    record Received(Headers headers, byte[] body) {}

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void answer(String path, int status, String retryAfter) {
        server.createContext(path, ex -> {
            received.add(new Received(ex.getRequestHeaders(), ex.getRequestBody().readAllBytes()));
            if (retryAfter != null) {
                ex.getResponseHeaders().add("Retry-After", retryAfter);
            }
            respond(ex, status);
        });
    }

    private static void respond(HttpExchange ex, int status) throws IOException {
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    private static WebhookSender sender(AddressPolicy policy, Duration timeout) {
        return new WebhookSender(new GuardedHttp(GuardedHttp.Settings.defaults(policy).withTotalTimeout(timeout)), timeout, Clock.systemUTC());
    }

    private static WebhookSender loopbackSender(Duration timeout) {
        return sender(AddressPolicy.allowing("loopback"), timeout);
    }

    /** An independent Standard Webhooks verifier: HMAC-SHA256 of "id.timestamp.body" keyed by the base64 after whsec_. */
    private static boolean verifies(String secret, Headers h, byte[] body) throws Exception {
        String id = h.getFirst("webhook-id");
        String ts = h.getFirst("webhook-timestamp");
        byte[] key = Base64.getDecoder().decode(secret.split("_", 2)[1]);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] signed = (id + "." + ts + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(signed));
        for (String sig : h.getFirst("webhook-signature").split(" ")) {
            String[] parts = sig.split(",", 2);
            if (parts[0].equals("v1") && java.security.MessageDigest.isEqual(
                    parts[1].getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII))) {
                return Math.abs(Instant.now().getEpochSecond() - Long.parseLong(ts)) < 300;
            }
        }
        return false;
    }

    @Test
    void shouldPostSignedJsonThatAnIndependentVerifierAccepts() throws Exception {
        answer("/hook", 204, null);
        AlertMatched alert = TestAlerts.webhook("a1", "sub-7", url("/hook"));

        DeliveryResult result = loopbackSender(Duration.ofSeconds(5)).send(alert, 1);

        assertThat(result).isEqualTo(new DeliveryResult.Delivered(204, "webhook " + url("/hook") + " answered 204"));
        assertThat(received).hasSize(1);
        Received r = received.get(0);
        assertThat(r.headers().getFirst("webhook-id")).isEqualTo(alert.key());
        assertThat(r.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(verifies(TestAlerts.SECRET, r.headers(), r.body())).isTrue();
        byte[] tampered = new String(r.body(), StandardCharsets.UTF_8).replace("310-112", "310-113").getBytes(StandardCharsets.UTF_8);
        assertThat(verifies(TestAlerts.SECRET, r.headers(), tampered)).isFalse();
        assertThat(verifies(WebhookSignature.newSecret(), r.headers(), r.body())).isFalse();

        JsonNode json = Json.mapper().readTree(r.body());
        assertThat(json.get("type").asText()).isEqualTo("development.alert");
        assertThat(json.at("/data/alertId").asText()).isEqualTo(alert.key());
        assertThat(json.at("/data/subscriptionId").asText()).isEqualTo("sub-7");
        assertThat(json.at("/data/explanation").asText()).isEqualTo("bill H.R. 6508 is tagged");
        assertThat(json.at("/data/development/id").asText()).isEqualTo("story-1/a1");
        assertThat(json.at("/data/development/sentences/0").asText()).isEqualTo("The House passed the extension 310-112 on Thursday.");
    }

    @Test
    void shouldKeepTheSameWebhookIdAcrossAttempts() {
        answer("/hook", 503, null);
        AlertMatched alert = TestAlerts.webhook("a1", "sub-7", url("/hook"));
        WebhookSender s = loopbackSender(Duration.ofSeconds(5));

        s.send(alert, 1);
        s.send(alert, 2);

        assertThat(received).extracting(r -> r.headers().getFirst("webhook-id")).containsExactly(alert.key(), alert.key());
    }

    @Test
    void shouldReportGoneOn410() {
        answer("/gone", 410, null);

        DeliveryResult result = loopbackSender(Duration.ofSeconds(5)).send(TestAlerts.webhook("a1", "sub-7", url("/gone")), 1);

        assertThat(result).isEqualTo(new DeliveryResult.Gone(410, "webhook " + url("/gone") + " answered 410 Gone"));
    }

    @Test
    void shouldRetryLaterOnServerErrorsAndHonourRetryAfterInSecondsOrAsADate() {
        answer("/busy", 503, "120");
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        answer("/later", 429, date);
        answer("/broken", 500, null);
        WebhookSender s = loopbackSender(Duration.ofSeconds(5));

        DeliveryResult busy = s.send(TestAlerts.webhook("a1", "sub-7", url("/busy")), 1);
        DeliveryResult later = s.send(TestAlerts.webhook("a1", "sub-7", url("/later")), 1);
        DeliveryResult broken = s.send(TestAlerts.webhook("a1", "sub-7", url("/broken")), 1);

        assertThat(busy).isEqualTo(new DeliveryResult.RetryLater(503, "webhook " + url("/busy") + " answered HTTP 503", Duration.ofSeconds(120)));
        assertThat(((DeliveryResult.RetryLater) later).retryAfter()).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60));
        assertThat(broken).isEqualTo(new DeliveryResult.RetryLater(500, "webhook " + url("/broken") + " answered HTTP 500", null));
    }

    @Test
    void shouldRejectMetadataAndLoopbackAddressesWithoutTheAllowList() {
        WebhookSender strict = sender(AddressPolicy.strict(), Duration.ofSeconds(5));
        answer("/hook", 204, null);

        DeliveryResult metadata = strict.send(TestAlerts.webhook("a1", "sub-7", "http://169.254.169.254/latest/meta-data/"), 1);
        DeliveryResult loopback = strict.send(TestAlerts.webhook("a1", "sub-7", url("/hook")), 1);
        DeliveryResult scheme = strict.send(TestAlerts.webhook("a1", "sub-7", "file:///etc/passwd"), 1);

        assertThat(metadata).isInstanceOf(DeliveryResult.Rejected.class);
        assertThat(((DeliveryResult.Rejected) metadata).reason())
                .startsWith("refused to connect to 169.254.169.254: it resolves to 169.254.169.254, a private/loopback/link-local/metadata address");
        assertThat(loopback).isInstanceOf(DeliveryResult.Rejected.class);
        assertThat(((DeliveryResult.Rejected) loopback).reason()).startsWith("refused to connect to 127.0.0.1: it resolves to 127.0.0.1");
        assertThat(scheme).isEqualTo(new DeliveryResult.Rejected(null, "webhook URL file:///etc/passwd must be an absolute http(s) URL without credentials"));
        assertThat(received).isEmpty();
    }

    @Test
    void shouldNotLetAReceiverThatNeverAnswersHoldUpAnotherSubscription() throws Exception {
        server.createContext("/dead", ex -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 204);
        });
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger otherHits = new AtomicInteger();
        other.createContext("/ok", ex -> {
            otherHits.incrementAndGet();
            respond(ex, 200);
        });
        other.start();
        WebhookSender s = loopbackSender(Duration.ofSeconds(3));
        AlertMatched slow = TestAlerts.webhook("a1", "sub-slow", url("/dead"));
        AlertMatched fast = TestAlerts.webhook("a1", "sub-fast", "http://127.0.0.1:" + other.getAddress().getPort() + "/ok");
        // One thread per lane at most and a single pool thread per endpoint: the slow lane must not block the fast one.
        try (Lanes lanes = new Lanes(2, 1)) {
            long t0 = System.nanoTime();
            CompletableFuture<DeliveryResult> slow1 = lanes.submit(s.lane(slow), () -> s.send(slow, 1));
            CompletableFuture<DeliveryResult> slow2 = lanes.submit(s.lane(slow), () -> s.send(slow, 1));
            CompletableFuture<DeliveryResult> quick = lanes.submit(s.lane(fast), () -> s.send(fast, 1));

            DeliveryResult q = quick.get(2, TimeUnit.SECONDS);
            long quickMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(q).isInstanceOf(DeliveryResult.Delivered.class);
            assertThat(quickMs).isLessThan(1500);
            assertThat(slow1).isNotDone();

            DeliveryResult r = slow1.get(10, TimeUnit.SECONDS);
            assertThat(r).isInstanceOf(DeliveryResult.RetryLater.class);
            assertThat(((DeliveryResult.RetryLater) r).error()).contains("timed out after 3 s");
            assertThat(slow2.get(10, TimeUnit.SECONDS)).isInstanceOf(DeliveryResult.RetryLater.class);
        } finally {
            other.stop(0);
        }
        assertThat(otherHits).hasValue(1);
    }
}
