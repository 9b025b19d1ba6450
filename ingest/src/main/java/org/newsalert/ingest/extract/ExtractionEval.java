package org.newsalert.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Measures a main-text extractor against a folder of pages with human ground truth. Two layouts are
 * understood: the article-extraction-benchmark one ({@code ground-truth.json}, scored with its
 * normalised 4-gram shingle metric, see {@link ShingleMetric}) and trafilatura's
 * ({@code evaldata.json}, scored by whether annotated segments that must or must not appear do).
 * A page whose extraction throws counts as empty output and is reported, never aborting the run;
 * pages per second counts only the time spent inside the extractor.
 */
public final class ExtractionEval {
    static final String GROUND_TRUTH = "ground-truth.json";
    static final String SEGMENTS = "evaldata.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionEval() {}

    /**
     * The scores of one run.
     *
     * @param errors one line per page that failed, in page order
     */
    public record Result(int pages, double precision, double recall, double f1, double pagesPerSecond,
                         List<String> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        /** One line: {@code {"pages":N,"precision":x,"recall":x,"f1":x,"pages_per_second":x}}. */
        public String toJson() {
            return String.format(Locale.ROOT,
                    "{\"pages\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"pages_per_second\":%.1f}",
                    pages, precision, recall, f1, pagesPerSecond);
        }
    }

    /** Evaluates {@link ArticleExtractor} on {@code dir}. */
    public static Result evaluate(Path dir) {
        ArticleExtractor extractor = new ArticleExtractor();
        return evaluate(dir, html -> extractor.extract(html, null).text());
    }

    /** Evaluates any html-to-text function on {@code dir}, in whichever layout it is. */
    public static Result evaluate(Path dir, Function<String, String> extractor) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(extractor, "extractor");
        if (Files.isRegularFile(dir.resolve(GROUND_TRUTH))) {
            return evaluateShingles(dir, extractor);
        }
        if (Files.isRegularFile(dir.resolve(SEGMENTS))) {
            return evaluateSegments(dir, extractor);
        }
        throw new IllegalArgumentException("no " + GROUND_TRUTH + " or " + SEGMENTS + " in " + dir);
    }

    /** Prints one line per failed page, then the result as JSON; returns a process exit code. */
    public static int run(Path dir, PrintStream out) {
        Result result;
        try {
            result = evaluate(dir);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            out.println("error: " + e.getMessage());
            return 2;
        }
        result.errors().forEach(out::println);
        out.println(result.toJson());
        return 0;
    }

    /**
     * Scores ready-made outputs (page id to text; a missing id or null counts as empty) against the
     * benchmark's ground truth, e.g. the published baselines. Pages per second is 0.
     */
    public static Result scoreOutputs(Path dir, Map<String, String> outputs) {
        Map<String, String> truth = groundTruth(dir);
        List<ShingleMetric> scores = new ArrayList<>();
        truth.forEach((id, text) -> scores.add(ShingleMetric.score(text, outputs.get(id))));
        return aggregate(scores, 0, List.of());
    }

    private static Result evaluateShingles(Path dir, Function<String, String> extractor) {
        Map<String, String> truth = groundTruth(dir);
        List<ShingleMetric> scores = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long nanos = 0;
        for (Map.Entry<String, String> page : truth.entrySet()) {
            String predicted = "";
            try {
                String html = new String(gunzip(dir.resolve("html").resolve(page.getKey() + ".html.gz")),
                        StandardCharsets.UTF_8);
                long start = System.nanoTime();
                try {
                    predicted = extractor.apply(html);
                } finally {
                    nanos += System.nanoTime() - start;
                }
            } catch (Exception | StackOverflowError e) {
                errors.add("error " + page.getKey() + ": " + describe(e));
            }
            scores.add(ShingleMetric.score(page.getValue(), predicted));
        }
        return aggregate(scores, nanos, errors);
    }

    private static Result aggregate(List<ShingleMetric> scores, long nanos, List<String> errors) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (ShingleMetric s : scores) {
            if (s.precision() != null) {
                precisionSum += s.precision();
                precisionPages++;
            }
            if (s.recall() != null) {
                recallSum += s.recall();
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        return new Result(scores.size(), p, r, f1(p, r), perSecond(scores.size(), nanos), errors);
    }

    private static Result evaluateSegments(Path dir, Function<String, String> extractor) {
        JsonNode root = readJson(dir.resolve(SEGMENTS));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        int pages = 0;
        long nanos = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : root.properties()) {
            String file = page.getValue().path("file").asText();
            String predicted = "";
            try {
                String html = HtmlDecoder.decode(gunzip(dir.resolve("html").resolve(file + ".gz")), null);
                long start = System.nanoTime();
                try {
                    predicted = extractor.apply(html);
                } finally {
                    nanos += System.nanoTime() - start;
                }
            } catch (Exception | StackOverflowError e) {
                errors.add("error " + page.getKey() + ": " + describe(e));
            }
            String text = predicted == null ? "" : TextStats.squash(predicted);
            for (JsonNode segment : page.getValue().path("with")) {
                if (!text.isEmpty() && text.contains(TextStats.squash(segment.asText()))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (JsonNode segment : page.getValue().path("without")) {
                if (!text.isEmpty() && text.contains(TextStats.squash(segment.asText()))) {
                    fp++;
                }
            }
            pages++;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = 2.0 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        return new Result(pages, p, r, f1, perSecond(pages, nanos), errors);
    }

    private static Map<String, String> groundTruth(Path dir) {
        JsonNode root = readJson(dir.resolve(GROUND_TRUTH));
        Map<String, String> truth = new LinkedHashMap<>();
        root.properties().forEach(e -> truth.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return truth;
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double perSecond(int pages, long nanos) {
        return nanos == 0 ? 0 : pages / (nanos / 1e9);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message.lines().findFirst().orElse(""));
    }
}
