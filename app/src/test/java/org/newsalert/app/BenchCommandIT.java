package org.newsalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsalert.events.Json;

/** Runs {@code newsalert bench --quick} on its own embedded broker; checks the output contract, never the speeds. */
class BenchCommandIT {
    private static final List<String> POSITIVE = List.of(
            "raw_articles", "raw_seconds", "raw_articles_per_second", "article_json_bytes_avg",
            "enrich_articles", "enrich_seconds", "enrich_articles_per_second", "enrich_ratio",
            "replay_articles", "replay_seconds", "replay_articles_per_second", "replay_dump_mb",
            "delivery_alerts", "delivery_seconds", "delivery_alerts_per_second", "delivery_per_endpoint",
            "latency_articles", "latency_rate", "latency_enriched", "latency_developments", "latency_seconds",
            "peak_heap_mb", "heap_pool_peaks_mb", "max_heap_mb", "cpus", "total_seconds");

    @Test
    @Timeout(420)
    void shouldPrintTableThenOneJsonObjectWithEveryMeasureLast() throws Exception {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));

        // A small reorder buffer: the default one is released in a single transaction, which on a
        // loaded machine can outlast the transaction timeout (the bench reports that; this test checks the output).
        int code = cl.execute("bench", "--quick", "--enrich-reorder-buffer", "50");

        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines.length).isGreaterThan(10);
        assertThat(out.toString()).contains("raw pass-through", "enrich throughput", "replay", "clustering @ 1,000 live stories",
                "peak heap", "delivery throughput", "delivery latency", "alert latency");
        JsonNode json = Json.mapper().readTree(lines[lines.length - 1]);
        for (String key : POSITIVE) {
            assertThat(json.has(key)).as("key %s in %s", key, json).isTrue();
            assertThat(json.get(key).asDouble()).as("%s", key).isPositive();
        }
        assertThat(json.get("enrich_articles").asLong()).isEqualTo(400);
        assertThat(json.get("replay_articles").asLong()).isEqualTo(3000);
        assertThat(json.get("enrich_dead_letters").asLong()).isZero();
        assertThat(json.get("enrich_complete").asBoolean()).isTrue();
        JsonNode clustering = json.get("clustering_us_per_article");
        assertThat(clustering.fieldNames()).toIterable().containsExactly("200", "1000");
        clustering.forEach(v -> assertThat(v.asDouble()).isPositive());
        // Every webhook expected arrived once: 20 warm-up + 100 in a burst + 20 paced developments,
        // and one per development that the 10 warm-up and 20 latency articles became.
        assertThat(json.get("delivery_alerts").asLong()).isEqualTo(100);
        assertThat(json.get("delivery_missing").asLong()).isZero();
        assertThat(json.get("delivery_duplicates").asLong()).isZero();
        assertThat(json.get("delivery_unexpected").asLong()).isZero();
        assertThat(json.get("delivery_burst_latency_ms").get("alerts").asLong()).isEqualTo(100);
        assertThat(json.get("delivery_latency_ms").get("alerts").asLong()).isEqualTo(20);
        assertThat(json.get("latency_articles").asLong()).isEqualTo(20);
        assertThat(json.get("latency_enriched").asLong()).isEqualTo(20);
        assertThat(json.get("latency_missing").asLong()).isZero();
        assertThat(json.get("latency_duplicates").asLong()).isZero();
        assertThat(json.get("alert_latency_ms").get("alerts").asLong()).isEqualTo(json.get("latency_developments").asLong());
        for (String key : List.of("delivery_burst_latency_ms", "delivery_latency_ms", "alert_latency_ms")) {
            JsonNode l = json.get(key);
            assertThat(l.get("p50").asDouble()).as("%s p50", key).isPositive().isLessThanOrEqualTo(l.get("p99").asDouble());
            assertThat(l.get("p99").asDouble()).as("%s p99", key).isLessThanOrEqualTo(l.get("max").asDouble());
        }
        assertThat(json.get("sections").toString()).isEqualTo("[\"raw\",\"enrich\",\"delivery\",\"latency\",\"replay\",\"clustering\"]");
        assertThat(json.get("broker").asText()).isEqualTo("embedded");
    }
}
