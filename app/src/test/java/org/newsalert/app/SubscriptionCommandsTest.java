package org.newsalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.Json;
import org.newsalert.notify.api.ApiServer;
import org.newsalert.notify.api.ApiToken;
import org.newsalert.notify.api.ApiTokens;
import org.newsalert.notify.subscription.Backfill;
import org.newsalert.notify.subscription.InMemorySubscriptionStore;
import org.newsalert.notify.subscription.SubscriptionService;
import picocli.CommandLine;

class SubscriptionCommandsTest {
    private static final String TOKEN = ApiTokens.generate();
    private static final DeliveryAttempted ATTEMPT = new DeliveryAttempted("k1", null, DeliveryTarget.Kind.EMAIL, 1,
            DeliveryAttempted.Outcome.DELIVERED, 250, null, Instant.parse("2025-12-09T15:01:00Z"), null);

    private ApiServer server;
    private String api;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        SubscriptionService service = new SubscriptionService(new InMemorySubscriptionStore(), Backfill.NONE, Clock.systemUTC());
        server = new ApiServer(service, new ApiTokens(List.of(new ApiToken("alice", ApiTokens.hash(TOKEN)))),
                (id, limit) -> List.of(new DeliveryAttempted(ATTEMPT.alertKey(), id, ATTEMPT.channel(), 1, ATTEMPT.outcome(), 250, null, ATTEMPT.at(), null)));
        api = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void shouldSubscribeListShowDeliveriesAndUnsubscribe() throws Exception {
        assertThat(run("subscribe", "--api", api, "--token", TOKEN, "--query", "bill:\"H.R. 6508\"", "--email", "alice@example.org"))
                .as(err.toString()).isZero();
        JsonNode created = Json.mapper().readTree(out.toString());
        String id = created.path("id").asText();
        assertThat(created.path("query").asText()).isEqualTo("bill:hr6508-119");
        assertThat(created.path("channel").path("address").asText()).isEqualTo("alice@example.org");
        assertThat(created.path("mode").asText()).isEqualTo("developments");

        out.getBuffer().setLength(0);
        assertThat(run("subscriptions", "list", "--api", api, "--token", TOKEN)).isZero();
        assertThat(Json.mapper().readTree(out.toString()).path("subscriptions").get(0).path("id").asText()).isEqualTo(id);

        out.getBuffer().setLength(0);
        assertThat(run("deliveries", id, "--api", api, "--token", TOKEN)).isZero();
        JsonNode delivery = Json.mapper().readTree(out.toString()).path("deliveries").get(0);
        assertThat(Json.mapper().treeToValue(delivery, DeliveryAttempted.class))
                .isEqualTo(new DeliveryAttempted("k1", id, DeliveryTarget.Kind.EMAIL, 1, DeliveryAttempted.Outcome.DELIVERED, 250, null,
                        ATTEMPT.at(), null));

        out.getBuffer().setLength(0);
        assertThat(run("unsubscribe", id, "--api", api, "--token", TOKEN)).isZero();
        assertThat(out.toString()).isEqualTo("Deleted subscription " + id + "." + System.lineSeparator());
        assertThat(run("unsubscribe", id, "--api", api, "--token", TOKEN)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("newsalert: 404 Not Found: no subscription " + id + System.lineSeparator());
    }

    @Test
    void shouldPrintTheServersProblemAndFailOnAnInvalidSubscription() {
        int rc = run("subscribe", "--api", api, "--token", TOKEN, "--query", "(nato", "--webhook", "ftp://example.org/in");

        assertThat(rc).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(String.join(System.lineSeparator(),
                "newsalert: 422 Invalid query: query: unclosed '(' at position 1",
                "  query: unclosed '(' at position 1",
                "  channel.url: must be an absolute http or https URL, was 'ftp://example.org/in'",
                ""));
    }

    @Test
    void shouldRefuseAWrongTokenWithTheServersExplanation() {
        assertThat(run("subscriptions", "list", "--api", api, "--token", "na_wrong")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("newsalert: 401 Unauthorized: the bearer token is not valid" + System.lineSeparator());
    }

    @Test
    void shouldRequireEitherAnEmailOrAWebhook() {
        assertThat(run("subscribe", "--api", api, "--token", TOKEN, "--query", "nato")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required argument (specify one of these): (--email=ADDRESS | --webhook=URL)");
    }
}
