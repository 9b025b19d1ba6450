package org.newsalert.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;

class OpsServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(OpsServer ops, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(ops.address().orElseThrow().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldTurnReadyOnlyWhenEveryServiceSaysSoAndNameWhatIsNot() throws Exception {
        AtomicReference<Map<String, String>> enrich = new AtomicReference<>(Map.of("streams", "state REBALANCING"));
        try (OpsServer ops = OpsServer.start(new OpsConfig("127.0.0.1", 0), OpsServer.newRegistry())) {
            HttpResponse<String> none = get(ops, OpsServer.READY);
            assertThat(none.statusCode()).as("nothing registered is not ready").isEqualTo(503);

            ops.check("ingest", HealthCheck.starting("ingest"));
            ops.check("enrich", enrich::get);
            HttpResponse<String> r = get(ops, OpsServer.READY);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertThat(body.get("status").asText()).isEqualTo("not ready");
            assertThat(new ObjectMapper().convertValue(body.get("notReady"), Map.class)).isEqualTo(Map.of(
                    "enrich.streams", "state REBALANCING", "ingest.start", "ingest is starting"));

            ops.check("ingest", Map::of);
            enrich.set(Map.of());
            HttpResponse<String> ready = get(ops, OpsServer.READY);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(ready.body()).get("status").asText()).isEqualTo("ready");
            assertThat(get(ops, OpsServer.LIVE).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldReportAThrowingCheckAsNotReadyAndABrokenOneAsNotLive() throws Exception {
        try (OpsServer ops = OpsServer.start(new OpsConfig("127.0.0.1", 0), OpsServer.newRegistry())) {
            ops.check("notify", new HealthCheck() {
                @Override
                public Map<String, String> notReady() {
                    throw new IllegalStateException("boom");
                }

                @Override
                public Map<String, String> broken() {
                    return Map.of("matcher", "matcher thread died");
                }
            });
            HttpResponse<String> ready = get(ops, OpsServer.READY);
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("notify.check").contains("boom");
            HttpResponse<String> live = get(ops, OpsServer.LIVE);
            assertThat(live.statusCode()).isEqualTo(503);
            assertThat(live.body()).contains("\"notify.matcher\":\"matcher thread died\"");
        }
    }

    @Test
    void shouldServeMetricsInPrometheusTextFormat() throws Exception {
        var registry = OpsServer.newRegistry();
        Counter.builder("newsalert.test.things").tag("service", "test").register(registry).increment(3);
        try (OpsServer ops = OpsServer.start(new OpsConfig("127.0.0.1", 0), registry)) {
            HttpResponse<String> r = get(ops, OpsServer.METRICS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(r.body()).contains("newsalert_test_things_total{service=\"test\"} 3.0");
            assertThat(r.body()).contains("jvm_memory_used_bytes");
            assertThat(get(ops, "/nope").statusCode()).isEqualTo(404);
            var post = HTTP.send(HttpRequest.newBuilder(ops.address().orElseThrow().resolve(OpsServer.METRICS))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void shouldListenNowhereWhenThePortIsMinusOne() {
        OpsConfig off = OpsConfig.from(ConfigSource.ofMap(Map.of("NEWSALERT_OPS_PORT", "-1")), "0.0.0.0", 9401);
        try (OpsServer ops = OpsServer.start(off, OpsServer.newRegistry())) {
            assertThat(ops.address()).isEmpty();
        }
        assertThat(OpsConfig.from(ConfigSource.ofMap(Map.of()), "0.0.0.0", 9401)).isEqualTo(new OpsConfig("0.0.0.0", 9401));
    }

    @Test
    void shouldNameTheKeyWhenThePortIsBadOrTaken() throws Exception {
        assertThatThrownBy(() -> OpsConfig.from(ConfigSource.ofMap(Map.of("NEWSALERT_OPS_PORT", "70000")), "0.0.0.0", 9401))
                .isInstanceOf(ConfigException.class).hasMessageContaining("NEWSALERT_OPS_PORT");
        try (OpsServer first = OpsServer.start(new OpsConfig("127.0.0.1", 0), OpsServer.newRegistry())) {
            int taken = first.address().map(URI::getPort).orElseThrow();
            assertThatThrownBy(() -> OpsServer.start(new OpsConfig("127.0.0.1", taken), OpsServer.newRegistry()))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("NEWSALERT_OPS_PORT");
        }
    }
}
