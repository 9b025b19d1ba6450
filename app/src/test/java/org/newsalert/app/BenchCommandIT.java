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
            "peak_heap_mb", "heap_pool_peaks_mb", "max_heap_mb", "cpus", "total_seconds");

    @Test
    @Timeout(180)
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
                "peak heap", "alert latency");
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
        assertThat(json.has("alert_latency_ms")).isTrue();
        assertThat(json.get("broker").asText()).isEqualTo("embedded");
    }
}
