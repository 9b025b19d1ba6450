package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsalert.events.Tag;
import org.newsalert.testing.Fixtures;

/**
 * Bill tags over the shared bill-story set ({@code shared/data/bills}), fed in file order with one
 * alias book. The gold names a story's bill and related bills, not every bill an article cites, so
 * an article's gold set is its story's bills: precision counts predicted bill tags outside it, and
 * recall is the share of bill-story articles that get at least one of their story's bills.
 */
class BillTagMeasurementTest {
    /** Floors a little under what the tagger reaches today (see the printed figures). */
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_ARTICLE_RECALL = 0.25;

    @Test
    void shouldTagBillsPreciselyOnRealCoverage() throws IOException {
        Path dir = Fixtures.shared("data/bills");
        Assumptions.assumeTrue(dir != null, "shared/data/bills not present");
        ObjectMapper json = new ObjectMapper();
        JsonNode gold = json.readTree(dir.resolve("gold.json").toFile());
        Map<String, Set<String>> storyBills = new HashMap<>();
        for (String key : List.of("stories", "distractor_stories")) {
            for (JsonNode s : gold.get(key)) {
                Set<String> bills = new HashSet<>();
                if (!s.path("bill").isNull() && s.has("bill")) {
                    bills.add(s.get("bill").asText());
                }
                s.path("related_bills").forEach(b -> bills.add(b.asText()));
                storyBills.put(s.get("story").asText(), bills);
            }
        }
        Map<String, Set<String>> expected = new HashMap<>();
        gold.get("articles").forEach(a -> expected.put(a.get("id").asText(), storyBills.get(a.get("story").asText())));

        Tagger tagger = Tagger.loadDefault();
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        int tp = 0, fp = 0, billArticles = 0, hitArticles = 0;
        long nanos = 0;
        List<String> lines = Files.readAllLines(dir.resolve("articles.jsonl"));
        for (String line : lines) {
            JsonNode a = json.readTree(line);
            long t0 = System.nanoTime();
            TagResult r = tagger.tag(a.get("title").asText(), a.get("text").asText(),
                    Instant.parse(a.get("published").asText()), aliases);
            nanos += System.nanoTime() - t0;
            r.learnInto(aliases);
            Set<String> want = expected.get(a.get("id").asText());
            List<String> got = r.tags(Tag.Type.BILL).stream().map(Tag::id).toList();
            int correct = (int) got.stream().filter(want::contains).count();
            tp += correct;
            fp += got.size() - correct;
            if (!want.isEmpty()) {
                billArticles++;
                hitArticles += correct > 0 ? 1 : 0;
            }
            if (got.size() > correct) {
                System.out.printf("FP %s %s got %s want %s%n", a.get("id").asText(), a.get("published").asText(), got, want);
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = (double) hitArticles / billArticles;
        System.out.printf("bill tags: TP %d FP %d precision %.3f; articles with a gold bill %d, tagged with one %d, recall %.3f%n",
                tp, fp, precision, billArticles, hitArticles, recall);
        System.out.printf("aliases learned: %s%n", aliases.snapshot());
        System.out.printf("tagging time: %.1f ms per article (single thread, cold JIT)%n", nanos / 1e6 / lines.size());
        assertThat(precision).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(recall).isGreaterThanOrEqualTo(MIN_ARTICLE_RECALL);
    }
}
