package org.newsalert.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.testing.Fixtures;

class ClusteringEvalTest {

    @TempDir
    Path dir;

    private static JsonNode lastLine(ByteArrayOutputStream out) throws Exception {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    @Test
    void shouldPrintScoresAsOneJsonObjectWithKeysInOrder() throws Exception {
        Path file = dir.resolve("tiny.jsonl");
        Files.writeString(file, String.join("\n",
                line("b", "2016-03-02", StoryClustererTest.HAWTHORNE_FOLLOW_UP, "g1"),
                line("a", "2016-03-01T00:00:00Z", StoryClustererTest.HAWTHORNE, "g1"),
                line("c", "2016-03-02", StoryClustererTest.FRESNO_LOOK_ALIKE, "g2")) + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int rc = ClusteringEval.run(file, new PrintStream(out, true, StandardCharsets.UTF_8));

        JsonNode json = lastLine(out);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(rc).isZero();
        assertThat(keys).containsExactly("articles", "stories", "bcubed_precision", "bcubed_recall", "bcubed_f1",
                "pairwise_precision", "pairwise_recall", "pairwise_f1", "largest_story", "articles_per_second");
        assertThat(json.get("articles").asInt()).isEqualTo(3);
        assertThat(json.get("stories").asInt()).isEqualTo(2);
        assertThat(json.get("bcubed_f1").asDouble()).isEqualTo(1.0);
    }

    private static String line(String id, String published, ArticleInput a, String cluster) throws Exception {
        var node = new ObjectMapper().createObjectNode();
        node.put("id", id).put("published", published).put("title", a.title()).put("text", a.text())
                .put("url", "https://example.org/" + id).put("source", "example.org").put("cluster", cluster);
        return node.toString();
    }

    /**
     * Guards against regressions on the shared dev set. The shipped model was trained on this file, so
     * its whole-file scores (clusterer alone 0.9348 / 0.8439) flatter it; the floors sit at what the
     * model reaches on unseen halves in two-fold cross-validation by gold story (means 0.9267 / 0.8220),
     * well above the plain TF-IDF baseline (0.871 / 0.586) and the earlier linear model (0.912 / 0.780).
     */
    @Test
    void shouldClearlyBeatTheBaselineOnTheSharedDevSet() throws Exception {
        Path dev = Fixtures.shared("data/clustering/dev.jsonl");
        assumeThat(dev).as("shared dev set").isNotNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ClusteringEval.run(dev, new PrintStream(out, true, StandardCharsets.UTF_8));

        JsonNode json = lastLine(out);
        assertThat(json.get("articles").asInt()).isEqualTo(3124);
        assertThat(json.get("bcubed_f1").asDouble()).isGreaterThanOrEqualTo(0.925);
        assertThat(json.get("pairwise_f1").asDouble()).isGreaterThanOrEqualTo(0.82);
    }
}
