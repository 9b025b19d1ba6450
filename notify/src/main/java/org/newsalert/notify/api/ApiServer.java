package org.newsalert.notify.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.newsalert.events.Json;
import org.newsalert.notify.delivery.UnsubscribeTokens;
import org.newsalert.notify.subscription.DuplicateSubscriptionException;
import org.newsalert.notify.subscription.StoreUnavailableException;
import org.newsalert.notify.subscription.SubscriptionRequest;
import org.newsalert.notify.subscription.SubscriptionService;
import org.newsalert.notify.subscription.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions REST API. JSON in and out, errors as RFC 9457 problem details, every
 * {@code /subscriptions} route behind a bearer token whose owner sees only their own subscriptions:
 * another owner's subscription answers 404, exactly like one that does not exist.
 */
public final class ApiServer {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    static final String PROBLEM_BASE = "urn:newsalert:problem:";
    static final int MAX_DELIVERIES = 500;
    private static final String CHALLENGE = "Bearer realm=\"newsalert\"";

    /** Every route the server answers; the OpenAPI description is checked against this list in tests. */
    public static final List<Route> ROUTES = List.of(
            new Route(HandlerType.GET, "/health", false),
            new Route(HandlerType.GET, "/openapi.json", false),
            new Route(HandlerType.GET, "/openapi.yaml", false),
            new Route(HandlerType.POST, "/subscriptions", true),
            new Route(HandlerType.GET, "/subscriptions", true),
            new Route(HandlerType.GET, "/subscriptions/{id}", true),
            new Route(HandlerType.DELETE, "/subscriptions/{id}", true),
            new Route(HandlerType.GET, "/subscriptions/{id}/deliveries", true),
            new Route(HandlerType.GET, "/unsubscribe", false),
            new Route(HandlerType.POST, "/unsubscribe", false));

    /** One route; {@code authenticated} routes need a bearer token. */
    public record Route(HandlerType method, String path, boolean authenticated) {}

    private final SubscriptionService service;
    private final ApiTokens tokens;
    private final DeliveryLog deliveries;
    private final UnsubscribeTokens unsubscribeTokens;
    private final String openApiYaml;
    private final byte[] openApiJson;
    private final ObjectReader requestReader;
    private Javalin app;

    public ApiServer(SubscriptionService service, ApiTokens tokens, DeliveryLog deliveries) {
        this(service, tokens, deliveries, null);
    }

    /** @param unsubscribeTokens verifies one-click unsubscribe links; null answers them 404 */
    public ApiServer(SubscriptionService service, ApiTokens tokens, DeliveryLog deliveries, UnsubscribeTokens unsubscribeTokens) {
        this.unsubscribeTokens = unsubscribeTokens;
        this.service = Objects.requireNonNull(service, "service");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.openApiYaml = readOpenApi();
        try {
            this.openApiJson = Json.mapper().writeValueAsBytes(new YAMLMapper().readTree(openApiYaml));
        } catch (IOException e) {
            throw new IllegalStateException("the bundled openapi.yaml does not parse", e);
        }
        // The shared mapper ignores unknown fields so readers survive new writers; a person's
        // request is different: a misspelt field should be an error, not silently dropped.
        this.requestReader = Json.mapper().readerFor(SubscriptionRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Starts on all interfaces; port 0 picks a free port. Returns the bound port. */
    public int start(int port) {
        return start("0.0.0.0", port);
    }

    /** Starts on {@code host}; port 0 picks a free port. Returns the bound port. */
    public synchronized int start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("already started on port " + app.port());
        }
        Javalin j = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
        });
        j.get("/health", ctx -> send(ctx, 200, Map.of("status", "UP")));
        j.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson));
        j.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApiYaml));
        j.post("/subscriptions", this::create);
        j.get("/subscriptions", this::list);
        j.get("/subscriptions/{id}", this::get);
        j.delete("/subscriptions/{id}", this::delete);
        j.get("/subscriptions/{id}/deliveries", this::deliveries);
        j.get("/unsubscribe", this::confirmUnsubscribe);
        j.post("/unsubscribe", this::unsubscribe);

        j.exception(ProblemException.class, (e, ctx) -> problem(ctx, e));
        j.exception(StoreUnavailableException.class, (e, ctx) -> {
            log.warn("{} {}: store unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "5");
            problem(ctx, new ProblemException(new Problem(
                    PROBLEM_BASE + "store-unavailable", "Service Unavailable", 503,
                    "subscriptions are temporarily unavailable; retry shortly")));
        });
        j.exception(Exception.class, (e, ctx) -> {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, new ProblemException(new Problem(
                    "about:blank", "Internal Server Error", 500, "an unexpected error occurred; it has been logged")));
        });
        // Requests no route answers (wrong path or method) still get a problem, not Javalin's text.
        j.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith(Problem.CONTENT_TYPE)) {
                problem(ctx, notFound("no such resource: " + ctx.method() + " " + ctx.path()));
            }
        });
        j.start(host, port);
        app = j;
        log.info("subscriptions API listening on {}:{}", host, j.port());
        return j.port();
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private void create(Context ctx) throws Exception {
        String owner = authenticate(ctx);
        String contentType = ctx.contentType();
        if (contentType != null && !contentType.toLowerCase().startsWith("application/json")) {
            throw new ProblemException(new Problem(
                    "about:blank", "Unsupported Media Type", 415, "send the subscription as application/json"));
        }
        SubscriptionRequest request = parse(ctx.body(), owner);
        try {
            SubscriptionService.Created created = service.create(owner, request);
            SubscriptionView view = SubscriptionView.created(created);
            ctx.header("Location", "/subscriptions/" + view.id());
            send(ctx, 201, view);
        } catch (ValidationException e) {
            throw invalid(e);
        } catch (DuplicateSubscriptionException e) {
            ctx.header("Location", "/subscriptions/" + e.existingId());
            throw new ProblemException(new Problem(
                            PROBLEM_BASE + "duplicate-subscription", "Duplicate subscription", 409,
                            "you already have a subscription with this query, channel and mode: " + e.existingId())
                    .with("existingId", e.existingId()));
        }
    }

    private void list(Context ctx) {
        String owner = authenticate(ctx);
        List<SubscriptionView> views = service.list(owner).stream().map(s -> SubscriptionView.of(s)).toList();
        send(ctx, 200, Map.of("subscriptions", views));
    }

    private void get(Context ctx) {
        String owner = authenticate(ctx);
        String id = ctx.pathParam("id");
        send(ctx, 200, service.get(owner, id).map(s -> SubscriptionView.of(s))
                .orElseThrow(() -> notFound("no subscription " + id)));
    }

    private void delete(Context ctx) {
        String owner = authenticate(ctx);
        String id = ctx.pathParam("id");
        if (!service.delete(owner, id)) {
            throw notFound("no subscription " + id);
        }
        ctx.status(204);
    }

    private void deliveries(Context ctx) {
        String owner = authenticate(ctx);
        String id = ctx.pathParam("id");
        if (service.get(owner, id).isEmpty()) {
            throw notFound("no subscription " + id);
        }
        int limit = 50;
        String raw = ctx.queryParam("limit");
        if (raw != null) {
            try {
                limit = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_DELIVERIES) {
                throw new ProblemException(new Problem(
                                PROBLEM_BASE + "invalid-parameter", "Invalid parameter", 400,
                                "limit must be a whole number from 1 to " + MAX_DELIVERIES + ", was '" + raw + "'")
                        .with("parameter", "limit"));
            }
        }
        send(ctx, 200, Map.of("deliveries", deliveries.forSubscription(id, limit)));
    }

    /** The page an unsubscribe link opens: a person confirms with a button, so link scanners unsubscribe no one. */
    private void confirmUnsubscribe(Context ctx) {
        String token = ctx.queryParam("token");
        if (unsubscribeVerified(ctx, token) == null) {
            return;
        }
        html(ctx, 200, "<p>Stop these alerts?</p><form method=\"post\" action=\"/unsubscribe?token=" + escape(token) + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    /** RFC 8058 one-click: a POST with {@code List-Unsubscribe=One-Click} deletes; repeating it is harmless. */
    private void unsubscribe(Context ctx) {
        String token = ctx.queryParam("token");
        String id = unsubscribeVerified(ctx, token);
        if (id == null) {
            return;
        }
        if (!"One-Click".equals(ctx.formParam("List-Unsubscribe"))) {
            html(ctx, 400, "<p>Send List-Unsubscribe=One-Click to unsubscribe.</p>");
            return;
        }
        boolean existed = service.unsubscribe(id);
        log.info("one-click unsubscribe of {} ({})", id, existed ? "deleted" : "already gone");
        html(ctx, 200, "<p>You are unsubscribed: no more alerts will be sent for this subscription.</p>");
    }

    /** The subscription id the token signs, or null after answering the request with an error page. */
    private String unsubscribeVerified(Context ctx, String token) {
        if (unsubscribeTokens == null) {
            throw notFound("one-click unsubscribe is not enabled on this server");
        }
        var id = unsubscribeTokens.verify(token);
        if (id.isEmpty()) {
            html(ctx, 400, "<p>This unsubscribe link is not valid. Copy the whole link from the email.</p>");
            return null;
        }
        return id.get();
    }

    private static void html(Context ctx, int status, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result("<!doctype html><html><head><meta charset=\"utf-8\"><title>Unsubscribe</title></head><body>"
                        + body + "</body></html>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The owner of the request's bearer token, or a 401 problem. */
    private String authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("missing bearer token: send 'Authorization: Bearer <token>'", CHALLENGE);
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw unauthorized("the Authorization header must use the Bearer scheme", CHALLENGE);
        }
        return tokens.ownerOf(parts[1].strip()).orElseThrow(() -> unauthorized(
                "the bearer token is not valid", CHALLENGE + ", error=\"invalid_token\""));
    }

    private SubscriptionRequest parse(String body, String owner) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                throw badRequest("the body must be a JSON object describing the subscription");
            }
            JsonNode claimed = ((ObjectNode) node).remove("owner");
            if (claimed != null && !claimed.isNull() && !owner.equals(claimed.asText())) {
                throw new ProblemException(new Problem(
                        "about:blank", "Forbidden", 403,
                        "your token may only create subscriptions for owner '" + owner + "'"));
            }
            return requestReader.readValue(node);
        } catch (UnrecognizedPropertyException e) {
            throw badRequest("unknown field '" + path(e) + "'; known fields are query, channel, mode, backfillDays");
        } catch (MismatchedInputException e) {
            throw badRequest("field '" + path(e) + "' has the wrong type: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ProblemException invalid(ValidationException e) {
        List<ValidationException.FieldError> errors = e.errors();
        var queryError = errors.stream()
                .filter(x -> x.field().equals("query") && x.position() != null).findFirst();
        Problem p = queryError
                .map(q -> new Problem(PROBLEM_BASE + "invalid-query", "Invalid query", 422, "query: " + q.message())
                        .with("position", q.position()))
                .orElseGet(() -> new Problem(
                        PROBLEM_BASE + "validation-failed", "Invalid subscription", 422, e.getMessage()));
        return new ProblemException(p.with("errors", errors));
    }

    private static ProblemException badRequest(String detail) {
        return new ProblemException(new Problem(PROBLEM_BASE + "malformed-request", "Malformed request", 400, detail));
    }

    private static ProblemException notFound(String detail) {
        return new ProblemException(new Problem("about:blank", "Not Found", 404, detail));
    }

    private static ProblemException unauthorized(String detail, String challenge) {
        return new ProblemException(new Problem("about:blank", "Unauthorized", 401, detail), challenge);
    }

    private static void problem(Context ctx, ProblemException e) {
        Problem p = e.problem;
        p.instance = ctx.path();
        if (e.authenticate != null) {
            ctx.header("WWW-Authenticate", e.authenticate);
        }
        ctx.status(p.status);
        ctx.contentType(Problem.CONTENT_TYPE);
        ctx.result(write(p));
    }

    private static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(write(body));
    }

    private static byte[] write(Object body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write response of type " + body.getClass().getName(), e);
        }
    }

    private static String readOpenApi() {
        try (InputStream in = ApiServer.class.getResourceAsStream("/openapi/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi/openapi.yaml is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
