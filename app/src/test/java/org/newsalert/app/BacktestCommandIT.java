package org.newsalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.events.Json;
import org.newsalert.ingest.sample.SampleSite;

/** The backtest command end to end on its own embedded broker, over the bundled seed dump. */
class BacktestCommandIT {

    @Test
    void shouldReportOneTaggedStoryAndTheAlertsOfEachSubscription(@TempDir Path dir) throws Exception {
        Path dump = SampleSite.writeSeedDump(dir);
        Path subs = Files.writeString(dir.resolve("subs.yaml"), """
                - query: bill:hr6508-119
                  channel: { type: webhook, url: "https://example.org/hook" }
                - query: 'member:"Mike Lee"'
                  channel: { type: email, address: "analyst@example.org" }
                - query: 'topic:health AND NOT org:nato'
                  channel: { type: email, address: "other@example.org" }
                - query: bill:hr6508-119
                  channel: { type: email, address: "daily@example.org" }
                  mode: daily
                """);
        Path report = dir.resolve("report.json");
        int rc = Main.commandLine().execute("backtest", "--articles", dump.toString(), "--report", report.toString(),
                "--subscriptions", subs.toString(), "--timeout", "3m");
        assertThat(rc).isZero();

        JsonNode r = Json.mapper().readTree(report.toFile());
        assertThat(r.path("stories")).hasSize(1);
        JsonNode story = r.path("stories").get(0);
        assertThat(texts(story.path("bills"))).containsExactly("hr6508-119");
        assertThat(texts(story.path("tags"))).contains("member:M001184", "member:L000596", "member:L000577", "organization:nato");
        assertThat(texts(story.path("articles"))).containsExactly("715be73ec72489d5", "1690def15c59d693", "ed7df31b8f441e38");
        List<String> kinds = new ArrayList<>();
        r.path("articles").forEach(a -> kinds.add(a.path("kind").asText()));
        assertThat(kinds).containsExactly("NEW_STORY", "COVERAGE", "COVERAGE");
        // one alert per matching subscription, for the first article only; the third subscription matches nothing
        // and the daily one gets one digest for the day of the first article
        assertThat(r.path("alerts")).hasSize(3);
        List<JsonNode> alerts = new ArrayList<>();
        r.path("alerts").forEach(alerts::add);
        alerts.subList(0, 2).forEach(a -> assertThat(a.path("article").asText()).isEqualTo("715be73ec72489d5"));
        JsonNode digest = alerts.get(2);
        assertThat(digest.path("kind").asText()).isEqualTo("DIGEST");
        assertThat(digest.path("mode").asText()).isEqualTo("daily");
        assertThat(digest.path("developments").asInt()).isEqualTo(1);
        assertThat(texts(digest.path("stories"))).containsExactly(story.path("id").asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
