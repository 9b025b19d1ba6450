package org.newsalert.enrich.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the clusterer on a labelled JSONL file (one article per line: id, published, title, text,
 * and the gold {@code cluster}, which is read only for scoring): the articles are streamed once
 * through {@link StoryClusterer} in published-time order, ties by id, strictly online.
 */
public final class ClusteringEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusteringEval() {}

    /** A labelled article. */
    record LabelledArticle(ArticleInput input, String cluster) {}

    /** Places one article in a story and returns the story id: the step under evaluation. */
    @FunctionalInterface
    public interface Assigner {
        String storyOf(String id, Instant published, String title, String text);
    }

    /** Runs the evaluation and prints the scores as one JSON object on the last line; returns 0. */
    public static int run(Path file, PrintStream out) throws IOException {
        StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults(), new InMemoryClusterState());
        return run(file, out, (id, published, title, text) -> clusterer.assign(ArticleInput.of(id, published, title, text)).storyId());
    }

    /**
     * The evaluation with any assigner, e.g. the enrich topology's whole pipeline (tagging included);
     * articles are fed in stream order (published time, then id).
     */
    public static int run(Path file, PrintStream out, Assigner assigner) throws IOException {
        List<LabelledArticle> articles = load(file);
        long start = System.nanoTime();
        Map<String, String> predicted = new LinkedHashMap<>();
        for (LabelledArticle a : articles) {
            ArticleInput in = a.input();
            predicted.put(in.id(), assigner.storyOf(in.id(), in.published(), in.title(), in.text()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ClusteringScores s = score(articles, predicted);
        out.println(toJson(s, articles.size() / seconds));
        return 0;
    }

    static String toJson(ClusteringScores s, double articlesPerSecond) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("articles", s.articles());
        line.put("stories", s.stories());
        line.put("bcubed_precision", round(s.bcubedPrecision()));
        line.put("bcubed_recall", round(s.bcubedRecall()));
        line.put("bcubed_f1", round(s.bcubedF1()));
        line.put("pairwise_precision", round(s.pairwisePrecision()));
        line.put("pairwise_recall", round(s.pairwiseRecall()));
        line.put("pairwise_f1", round(s.pairwiseF1()));
        line.put("largest_story", s.largestStory());
        line.put("articles_per_second", Math.round(articlesPerSecond));
        try {
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Streams the articles (already in order) through a fresh clusterer; article id to story id. */
    static Map<String, String> cluster(List<LabelledArticle> articles, ClusterConfig config) {
        StoryClusterer clusterer = new StoryClusterer(config, new InMemoryClusterState());
        Map<String, String> out = new LinkedHashMap<>();
        for (LabelledArticle a : articles) {
            out.put(a.input().id(), clusterer.assign(a.input()).storyId());
        }
        return out;
    }

    static ClusteringScores score(List<LabelledArticle> articles, Map<String, String> predicted) {
        Map<String, String> gold = new LinkedHashMap<>();
        for (LabelledArticle a : articles) {
            gold.put(a.input().id(), a.cluster());
        }
        return ClusteringScores.of(gold, predicted);
    }

    /** Reads the file and sorts it into stream order: published time, then id. */
    static List<LabelledArticle> load(Path file) throws IOException {
        List<LabelledArticle> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String id = required(node, "id", file, n);
                if (!ids.add(id)) {
                    throw new IOException(file + ":" + n + ": duplicate article id " + id);
                }
                ArticleInput in = ArticleInput.of(id, instant(required(node, "published", file, n), file, n),
                        node.path("title").asText(""), node.path("text").asText(""));
                out.add(new LabelledArticle(in, required(node, "cluster", file, n)));
            }
        }
        out.sort(Comparator.comparing((LabelledArticle a) -> a.input().published())
                .thenComparing(a -> a.input().id()));
        return out;
    }

    private static String required(JsonNode node, String field, Path file, int line) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IOException(file + ":" + line + ": missing field '" + field + "'");
        }
        return v.asText();
    }

    static Instant instant(String s, Path file, int line) throws IOException {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return java.time.OffsetDateTime.parse(s.toUpperCase(Locale.ROOT)).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException(file + ":" + line + ": unreadable published time '" + s + "'", e);
        }
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(Path.of(args[0]), System.out));
    }
}
