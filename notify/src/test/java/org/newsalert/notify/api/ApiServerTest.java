package org.newsalert.notify.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsalert.events.Json;
import org.newsalert.events.Subscription;
import org.newsalert.notify.subscription.Backfill;
import org.newsalert.notify.subscription.InMemorySubscriptionStore;
import org.newsalert.notify.subscription.StoreUnavailableException;
import org.newsalert.notify.subscription.SubscriptionRequest;
import org.newsalert.notify.subscription.SubscriptionService;
import org.newsalert.notify.subscription.SubscriptionStore;

/** Against the real server on loopback, with the JDK's HTTP client. */
class ApiServerTest {
    private static final String ALICE = ApiTokens.generate();
    private static final String BOB = ApiTokens.generate();
    private static final ApiTokens TOKENS = ApiTokens.parse(
            "alice=" + ApiTokens.hash(ALICE) + ", bob=" + ApiTokens.hash(BOB));
    private static final String EMAIL_BODY =
            "{\"query\":\"bill:HR6508 OR org:NATO\",\"channel\":{\"type\":\"email\",\"address\":\"alice@example.org\"}}";
    private static final String SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    private static final String WEBHOOK_BODY = "{\"query\":\"topic:defense\",\"mode\":\"daily\",\"backfillDays\":3,"
            + "\"channel\":{\"url\":\"https://hooks.example.org/in\",\"secret\":\"" + SECRET + "\"}}";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> backfilled = new ArrayList<>();
    private final List<String> deliveryQueries = new ArrayList<>();
    private ApiServer server;
    private URI base;

    @BeforeEach
    void start() {
        base = start(new InMemorySubscriptionStore());
    }

    private URI start(SubscriptionStore store) {
        if (server != null) {
            server.stop();
        }
        var service = new SubscriptionService(store, (Backfill) (s, since) -> backfilled.add(s.id() + "@" + since),
                Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));
        DeliveryLog log = (id, limit) -> {
            deliveryQueries.add(id + " limit " + limit);
            return List.of(Map.of("developmentId", "s1/a7", "status", "delivered"));
        };
        server = new ApiServer(service, TOKENS, log);
        int port = server.start("127.0.0.1", 0);
        assertThat(port).isPositive();
        return URI.create("http://127.0.0.1:" + port);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        var b = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    private static void assertProblem(HttpResponse<String> r, int status, String type, String title, String instance)
            throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode p = json(r);
        assertThat(p.path("type").asText()).isEqualTo(type);
        assertThat(p.path("title").asText()).isEqualTo(title);
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("instance").asText()).isEqualTo(instance);
        assertThat(p.path("detail").asText()).isNotBlank();
    }

    @Test
    void shouldAnswerAMissingTokenWith401AndAChallenge() throws Exception {
        var r = call("GET", "/subscriptions", null, null);
        assertProblem(r, 401, "about:blank", "Unauthorized", "/subscriptions");
        assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"newsalert\"");
        assertThat(json(r).path("detail").asText()).isEqualTo("missing bearer token: send 'Authorization: Bearer <token>'");
    }

    @Test
    void shouldAnswerAWrongTokenWith401InvalidToken() throws Exception {
        var r = call("POST", "/subscriptions", ALICE + "x", EMAIL_BODY);
        assertProblem(r, 401, "about:blank", "Unauthorized", "/subscriptions");
        assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"newsalert\", error=\"invalid_token\"");
        var basic = HttpRequest.newBuilder(base.resolve("/subscriptions")).header("Authorization", "Basic YTpi").build();
        assertThat(http.send(basic, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswerAnInvalidQueryWith422NamingThePosition() throws Exception {
        var r = call("POST", "/subscriptions", ALICE,
                "{\"query\":\"tag:nato AND )\",\"channel\":{\"address\":\"alice@example.org\"}}");
        assertProblem(r, 422, "urn:newsalert:problem:invalid-query", "Invalid query", "/subscriptions");
        JsonNode p = json(r);
        assertThat(p.path("detail").asText()).isEqualTo("query: unexpected ')' at position 14");
        assertThat(p.path("position").asInt()).isEqualTo(14);
        assertThat(p.path("errors")).hasSize(1);
        assertThat(p.path("errors").get(0).path("field").asText()).isEqualTo("query");
    }

    @Test
    void shouldAnswerInvalidFieldsWith422ListingThem() throws Exception {
        var r = call("POST", "/subscriptions", ALICE,
                "{\"query\":\"nato\",\"mode\":\"hourly\",\"channel\":{\"url\":\"https://h.example.org\",\"secret\":\"x\"}}");
        assertProblem(r, 422, "urn:newsalert:problem:validation-failed", "Invalid subscription", "/subscriptions");
        List<String> fields = new ArrayList<>();
        json(r).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactly("channel.secret", "mode");
    }

    @Test
    void shouldAnswerMalformedBodiesWith400() throws Exception {
        var r = call("POST", "/subscriptions", ALICE, "{\"query\": ");
        assertProblem(r, 400, "urn:newsalert:problem:malformed-request", "Malformed request", "/subscriptions");
        r = call("POST", "/subscriptions", ALICE, "{\"query\":\"nato\",\"chanel\":{}}");
        assertProblem(r, 400, "urn:newsalert:problem:malformed-request", "Malformed request", "/subscriptions");
        assertThat(json(r).path("detail").asText()).startsWith("unknown field 'chanel'");
        r = call("POST", "/subscriptions", ALICE, "{\"query\":\"nato\",\"backfillDays\":\"many\"}");
        assertThat(json(r).path("detail").asText()).startsWith("field 'backfillDays' has the wrong type");
        r = call("POST", "/subscriptions", ALICE, "[1]");
        assertProblem(r, 400, "urn:newsalert:problem:malformed-request", "Malformed request", "/subscriptions");
    }

    @Test
    void shouldCreateListGetAndDeleteKeepingTheSecretOut() throws Exception {
        var created = call("POST", "/subscriptions", ALICE, WEBHOOK_BODY);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode s = json(created);
        String id = s.path("id").asText();
        assertThat(created.headers().firstValue("Location")).contains("/subscriptions/" + id);
        assertThat(s).isEqualTo(Json.mapper().readTree("{\"id\":\"" + id + "\",\"owner\":\"alice\","
                + "\"query\":\"topic:defense\",\"channel\":{\"type\":\"webhook\",\"url\":\"https://hooks.example.org/in\"},"
                + "\"mode\":\"daily\",\"created\":\"2025-06-01T12:00:00Z\",\"active\":true,"
                + "\"backfillSince\":\"2025-05-29T12:00:00Z\"}"));
        assertThat(backfilled).containsExactly(id + "@2025-05-29T12:00Z".replace("12:00Z", "12:00:00Z"));

        var second = call("POST", "/subscriptions", ALICE, EMAIL_BODY);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(json(second).path("query").asText()).isEqualTo("bill:hr6508-119 OR org:NATO");

        var list = call("GET", "/subscriptions", ALICE, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(SECRET.substring(6));
        List<String> ids = new ArrayList<>();
        json(list).path("subscriptions").forEach(x -> ids.add(x.path("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder(id, json(second).path("id").asText());

        var one = call("GET", "/subscriptions/" + id, ALICE, null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).doesNotContain(SECRET.substring(6));
        assertThat(json(one).path("query").asText()).isEqualTo("topic:defense");

        var deliveries = call("GET", "/subscriptions/" + id + "/deliveries?limit=5", ALICE, null);
        assertThat(deliveries.statusCode()).isEqualTo(200);
        assertThat(json(deliveries)).isEqualTo(Json.mapper().readTree(
                "{\"deliveries\":[{\"developmentId\":\"s1/a7\",\"status\":\"delivered\"}]}"));
        assertThat(deliveryQueries).containsExactly(id + " limit 5");

        assertThat(call("DELETE", "/subscriptions/" + id, ALICE, null).statusCode()).isEqualTo(204);
        assertProblem(call("GET", "/subscriptions/" + id, ALICE, null), 404, "about:blank", "Not Found", "/subscriptions/" + id);
        assertProblem(call("DELETE", "/subscriptions/" + id, ALICE, null), 404, "about:blank", "Not Found", "/subscriptions/" + id);
    }

    @Test
    void shouldReturnAGeneratedWebhookSecretOnceOnly() throws Exception {
        var created = call("POST", "/subscriptions", ALICE,
                "{\"query\":\"nato\",\"channel\":{\"url\":\"https://hooks.example.org/in\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        String secret = json(created).path("channel").path("secret").asText();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        String id = json(created).path("id").asText();
        assertThat(call("GET", "/subscriptions/" + id, ALICE, null).body()).doesNotContain(secret.substring(6));
        assertThat(call("GET", "/subscriptions", ALICE, null).body()).doesNotContain(secret.substring(6));
    }

    @Test
    void shouldHideOneOwnersSubscriptionsFromAnother() throws Exception {
        String id = json(call("POST", "/subscriptions", ALICE, EMAIL_BODY)).path("id").asText();
        String path = "/subscriptions/" + id;
        assertProblem(call("GET", path, BOB, null), 404, "about:blank", "Not Found", path);
        assertProblem(call("DELETE", path, BOB, null), 404, "about:blank", "Not Found", path);
        assertProblem(call("GET", path + "/deliveries", BOB, null), 404, "about:blank", "Not Found", path + "/deliveries");
        assertThat(json(call("GET", "/subscriptions", BOB, null)).path("subscriptions")).isEmpty();
        assertThat(deliveryQueries).isEmpty();
        assertThat(call("GET", path, ALICE, null).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldForbidCreatingForAnotherOwner() throws Exception {
        var r = call("POST", "/subscriptions", BOB, EMAIL_BODY.replace("{\"query\"", "{\"owner\":\"alice\",\"query\""));
        assertProblem(r, 403, "about:blank", "Forbidden", "/subscriptions");
        var own = call("POST", "/subscriptions", BOB, EMAIL_BODY.replace("{\"query\"", "{\"owner\":\"bob\",\"query\""));
        assertThat(own.statusCode()).isEqualTo(201);
    }

    @Test
    void shouldAnswerADuplicateWith409NamingTheExistingSubscription() throws Exception {
        String id = json(call("POST", "/subscriptions", ALICE, EMAIL_BODY)).path("id").asText();
        var r = call("POST", "/subscriptions", ALICE, EMAIL_BODY);
        assertProblem(r, 409, "urn:newsalert:problem:duplicate-subscription", "Duplicate subscription", "/subscriptions");
        assertThat(json(r).path("existingId").asText()).isEqualTo(id);
        assertThat(r.headers().firstValue("Location")).contains("/subscriptions/" + id);
    }

    @Test
    void shouldCheckTheDeliveriesLimit() throws Exception {
        String id = json(call("POST", "/subscriptions", ALICE, EMAIL_BODY)).path("id").asText();
        String path = "/subscriptions/" + id + "/deliveries";
        assertProblem(call("GET", path + "?limit=0", ALICE, null), 400,
                "urn:newsalert:problem:invalid-parameter", "Invalid parameter", path);
        assertProblem(call("GET", path + "?limit=ten", ALICE, null), 400,
                "urn:newsalert:problem:invalid-parameter", "Invalid parameter", path);
        assertThat(call("GET", path, ALICE, null).statusCode()).isEqualTo(200);
        assertThat(deliveryQueries).containsExactly(id + " limit 50");
    }

    @Test
    void shouldAnswerUnknownRoutesWithAProblem() throws Exception {
        assertProblem(call("GET", "/nothing-here", null, null), 404, "about:blank", "Not Found", "/nothing-here");
    }

    @Test
    void shouldAnswerFailuresWith500Or503WithoutLeakingInternals() throws Exception {
        base = start(new FailingStore(new IllegalStateException("database password is hunter2")));
        var r = call("GET", "/subscriptions", ALICE, null);
        assertProblem(r, 500, "about:blank", "Internal Server Error", "/subscriptions");
        assertThat(r.body()).doesNotContain("hunter2");

        base = start(new FailingStore(new StoreUnavailableException("broker down")));
        r = call("POST", "/subscriptions", ALICE, EMAIL_BODY);
        assertProblem(r, 503, "urn:newsalert:problem:store-unavailable", "Service Unavailable", "/subscriptions");
        assertThat(r.headers().firstValue("Retry-After")).contains("5");
    }

    @Test
    void shouldServeHealthWithoutAToken() throws Exception {
        var r = call("GET", "/health", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r)).isEqualTo(Json.mapper().readTree("{\"status\":\"UP\"}"));
    }

    @Test
    void shouldServeAnOpenApiDescriptionOfExactlyTheRoutesItAnswers() throws Exception {
        var jsonDoc = call("GET", "/openapi.json", null, null);
        var yamlDoc = call("GET", "/openapi.yaml", null, null);
        assertThat(jsonDoc.statusCode()).isEqualTo(200);
        assertThat(yamlDoc.statusCode()).isEqualTo(200);
        JsonNode doc = json(jsonDoc);
        assertThat(new YAMLMapper().readTree(yamlDoc.body())).isEqualTo(doc);
        assertThat(doc.path("openapi").asText()).startsWith("3.1");
        Set<String> described = new HashSet<>();
        doc.path("paths").properties().forEach(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (!m.equals("parameters")) {
                described.add(m.toUpperCase() + " " + p.getKey());
            }
        }));
        Set<String> served = new HashSet<>();
        ApiServer.ROUTES.forEach(r -> served.add(r.method().name() + " " + r.path()));
        assertThat(described).isEqualTo(served);
        // Each route the description lists is really served (not the 404 of an unknown route).
        for (ApiServer.Route route : ApiServer.ROUTES) {
            var r = call(route.method().name(), route.path().replace("{id}", "none"), ALICE, route.method().name().equals("POST") ? "{}" : null);
            assertThat(r.body()).as(route.toString()).doesNotContain("no such resource");
        }
    }

    @Test
    void shouldDriveTheApiThroughTheClient() throws Exception {
        var client = new SubscriptionClient(base, ALICE);
        var view = client.subscribe(new SubscriptionRequest(
                "member:\"Mike Lee\"", SubscriptionRequest.ChannelRequest.email("alice@example.org"), "weekly", null, "America/Denver"));
        assertThat(view.query()).isEqualTo("member:\"Mike Lee\"");
        assertThat(view.mode()).isEqualTo(Subscription.Mode.WEEKLY);
        assertThat(view.timeZone()).isEqualTo("America/Denver");
        assertThatThrownBy(() -> client.subscribe(new SubscriptionRequest(
                        "nato", SubscriptionRequest.ChannelRequest.email("alice@example.org"), "daily", null, "Mountain Time")))
                .isInstanceOfSatisfying(SubscriptionClient.ApiProblemException.class, e -> {
                    assertThat(e.problem().status).isEqualTo(422);
                    assertThat(e.problem().detail).startsWith("timeZone: must be an IANA time zone");
                });
        assertThat(client.list()).containsExactly(view);
        assertThatThrownBy(() -> client.subscribe(new SubscriptionRequest(
                        "(nato", SubscriptionRequest.ChannelRequest.email("alice@example.org"), null, null)))
                .isInstanceOfSatisfying(SubscriptionClient.ApiProblemException.class, e -> {
                    assertThat(e.problem().status).isEqualTo(422);
                    assertThat(e.problem().detail).isEqualTo("query: unclosed '(' at position 1");
                    assertThat(e.problem().extension("position")).isEqualTo(1);
                });
        assertThat(client.unsubscribe(view.id())).isTrue();
        assertThat(client.unsubscribe(view.id())).isFalse();
        assertThat(client.list()).isEmpty();
        assertThatThrownBy(() -> new SubscriptionClient(base, "wrong").list())
                .isInstanceOfSatisfying(SubscriptionClient.ApiProblemException.class,
                        e -> assertThat(e.problem().status).isEqualTo(401));
    }

    /** A store whose every call fails, to see how the API reports it. */
    private record FailingStore(RuntimeException failure) implements SubscriptionStore {
        @Override
        public void put(Subscription subscription) {
            throw failure;
        }

        @Override
        public boolean delete(String id) {
            throw failure;
        }

        @Override
        public Optional<Subscription> get(String id) {
            throw failure;
        }

        @Override
        public List<Subscription> byOwner(String owner) {
            throw failure;
        }

        @Override
        public List<Subscription> all() {
            throw failure;
        }
    }
}
