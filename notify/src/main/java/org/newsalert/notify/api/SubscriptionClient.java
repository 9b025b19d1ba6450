package org.newsalert.notify.api;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.Json;
import org.newsalert.notify.subscription.SubscriptionRequest;

/**
 * The subscriptions API from Java, for the CLI's {@code subscribe}, {@code subscriptions list},
 * {@code unsubscribe} and {@code deliveries}. A problem answer becomes an {@link ApiProblemException} carrying it, so the
 * CLI can print the server's own explanation.
 */
public final class SubscriptionClient {
    private final URI base;
    private final String token;
    private final HttpClient http;
    private final Duration timeout;

    /** @param base the API root, e.g. {@code http://localhost:8080/} */
    public SubscriptionClient(URI base, String token) {
        this(base, token, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Duration.ofSeconds(30));
    }

    public SubscriptionClient(URI base, String token, HttpClient http, Duration timeout) {
        Objects.requireNonNull(base, "base");
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.token = Objects.requireNonNull(token, "token");
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** A problem answer from the API, or an answer that was not what the API promises. */
    public static final class ApiProblemException extends RuntimeException {
        private final transient Problem problem;

        ApiProblemException(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public SubscriptionView subscribe(SubscriptionRequest request) throws IOException, InterruptedException {
        byte[] body = Json.mapper().writeValueAsBytes(request);
        var response = send(request("subscriptions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        expect(response, 201);
        return Json.mapper().readValue(response.body(), SubscriptionView.class);
    }

    public List<SubscriptionView> list() throws IOException, InterruptedException {
        var response = send(request("subscriptions").GET());
        expect(response, 200);
        Map<String, List<SubscriptionView>> page =
                Json.mapper().readValue(response.body(), new TypeReference<Map<String, List<SubscriptionView>>>() {});
        return page.getOrDefault("subscriptions", List.of());
    }

    /** Deletes the subscription; false when the caller has none with this id. */
    public boolean unsubscribe(String id) throws IOException, InterruptedException {
        var response = send(request("subscriptions/" + encode(id)).DELETE());
        if (response.statusCode() == 404) {
            return false;
        }
        expect(response, 204);
        return true;
    }

    /** The subscription's delivery attempts, newest first, at most {@code limit}. */
    public List<DeliveryAttempted> deliveries(String id, int limit) throws IOException, InterruptedException {
        var response = send(request("subscriptions/" + encode(id) + "/deliveries?limit=" + limit).GET());
        expect(response, 200);
        Map<String, List<DeliveryAttempted>> page =
                Json.mapper().readValue(response.body(), new TypeReference<Map<String, List<DeliveryAttempted>>>() {});
        return page.getOrDefault("deliveries", List.of());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void expect(HttpResponse<byte[]> response, int status) {
        if (response.statusCode() == status) {
            return;
        }
        Problem p;
        try {
            p = Json.mapper().readValue(response.body(), Problem.class);
        } catch (IOException e) {
            p = new Problem("about:blank", "Unexpected response", response.statusCode(),
                    "HTTP " + response.statusCode() + " from " + response.uri());
        }
        throw new ApiProblemException(p);
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
