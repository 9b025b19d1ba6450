package org.newsalert.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalTest {

    @Test
    void shouldScoreShinglesAsNormalisedMultisetCounts() {
        // truth shingles: [a b c d], [b c d e]; predicted: [a b c d] -> tp 1, fn 1 of 2 counted
        ShingleMetric missingTail = ShingleMetric.score("a b c d e", "a, b. c d");
        // predicted has wxyz twice (truth once) plus xyzw, yzwx, zwxy: tp 1, fp 4 of 5 counted
        ShingleMetric repeated = ShingleMetric.score("w x y z", "w x y z w x y z");

        assertThat(missingTail).isEqualTo(new ShingleMetric(0.5, 0, 0.5));
        assertThat(missingTail.precision()).isEqualTo(1.0);
        assertThat(missingTail.recall()).isEqualTo(0.5);
        assertThat(repeated).isEqualTo(new ShingleMetric(1 / 5.0, 4 / 5.0, 0));
    }

    @Test
    void shouldTokeniseLikePythonWordCharactersAndKeepCase() {
        assertThat(ShingleMetric.tokens("Don't stop—Zoë's 2nd_try, ok? 東京"))
                .isEqualTo(List.of("Don", "t", "stop", "Zoë", "s", "2nd_try", "ok", "東京"));
        assertThat(ShingleMetric.score("Apple pie", "apple pie")).isEqualTo(new ShingleMetric(0, 0.5, 0.5));
    }

    @Test
    void shouldLeaveEmptyOutputOutOfPrecisionButCountItAsZeroRecall() {
        ShingleMetric empty = ShingleMetric.score("one two three four five", "");

        assertThat(empty).isEqualTo(new ShingleMetric(0, 0, 1));
        assertThat(empty.precision()).isNull();
        assertThat(empty.recall()).isEqualTo(0.0);
    }

    @Test
    void shouldAverageOverPagesAndComputeF1FromTheAverages(@TempDir Path dir) throws IOException {
        writeBenchmark(dir, Map.of(
                "p1", new Page("alpha beta gamma delta epsilon", "<p>one</p>"),
                "p2", new Page("the quick brown fox jumps", "<p>two</p>"),
                "p3", new Page("lorem ipsum dolor sit amet", "<p>three</p>")));
        Function<String, String> extractor = html -> switch (html) {
            case "<p>one</p>" -> "alpha beta gamma delta epsilon"; // exact: P 1, R 1
            case "<p>two</p>" -> "the quick brown fox"; // P 1, R 1/2
            default -> ""; // left out of precision, R 0
        };

        ExtractionEval.Result result = ExtractionEval.evaluate(dir, extractor);

        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.precision()).isEqualTo(1.0);
        assertThat(result.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(result.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void shouldCountAFailingPageAsEmptyAndReportIt(@TempDir Path dir) throws IOException {
        writeBenchmark(dir, Map.of(
                "good", new Page("alpha beta gamma delta", "<p>fine</p>"),
                "bad", new Page("alpha beta gamma delta", "<p>boom</p>")));
        Function<String, String> extractor = html -> {
            if (html.contains("boom")) {
                throw new IllegalStateException("parser exploded");
            }
            return "alpha beta gamma delta";
        };

        ExtractionEval.Result result = ExtractionEval.evaluate(dir, extractor);

        assertThat(result.precision()).isEqualTo(1.0);
        assertThat(result.recall()).isEqualTo(0.5);
        assertThat(result.errors()).containsExactly("error bad: IllegalStateException parser exploded");
    }

    @Test
    void shouldPrintOneJsonObjectWithRoundedNumbersInTheAgreedKeyOrder() {
        ExtractionEval.Result result = new ExtractionEval.Result(91, 0.96314, 0.97008, 0.966598, 43.46, List.of());

        assertThat(result.toJson())
                .isEqualTo("{\"pages\":91,\"precision\":0.9631,\"recall\":0.9701,\"f1\":0.9666,\"pages_per_second\":43.5}");
    }

    @Test
    void shouldPrintErrorLinesThenTheJsonAsTheLastLine(@TempDir Path dir) throws IOException {
        String article = "Flood defences along the river were raised by half a metre this summer, and the works"
                + " finished two weeks ahead of schedule, the water authority said on Monday.";
        writeBenchmark(dir, Map.of("ok", new Page(article, "<html><body><article><p>" + article + "</p></article></body></html>")));
        Files.writeString(dir.resolve("ground-truth.json"), "{\"ok\":{\"articleBody\":\"" + article + "\"},"
                + "\"missing\":{\"articleBody\":\"" + article + "\"}}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int exit = ExtractionEval.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(exit).isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("error missing: NoSuchFileException");
        assertThat(lines.get(1)).matches(
                "\\{\"pages\":2,\"precision\":1\\.0000,\"recall\":0\\.5000,\"f1\":0\\.6667,\"pages_per_second\":\\d+\\.\\d}");
    }

    @Test
    void shouldScoreTrafilaturaSegmentsCaseSensitivelyAfterNormalisingWhitespace(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://a.example/1": {"file": "one.html",
                    "with": ["the  first\\nsentence", "The Second sentence", "never extracted"],
                    "without": ["Cookie settings", "menu"]},
                 "https://a.example/2": {"file": "two.html", "with": ["anything"], "without": ["Imprint"]}}
                """);
        gzip(dir.resolve("html/one.html.gz"), "<p>1</p>".getBytes(StandardCharsets.UTF_8));
        gzip(dir.resolve("html/two.html.gz"), "<meta charset=\"windows-1252\"><p>2 \u00e9</p>".getBytes(Charset.forName("windows-1252")));
        Function<String, String> extractor = html -> {
            if (html.contains("2 \u00e9")) {
                throw new IllegalArgumentException("no");
            }
            return "Intro: the first sentence.\n\nThe second sentence. Cookie   settings";
        };

        ExtractionEval.Result result = ExtractionEval.evaluate(dir, extractor);

        // with: 1 found, 2 missed (case differs, absent) + 1 missed on the failed page; without: 1 found
        assertThat(result.pages()).isEqualTo(2);
        assertThat(result.precision()).isEqualTo(0.5);
        assertThat(result.recall()).isEqualTo(0.25);
        assertThat(result.f1()).isCloseTo(2.0 / (2 + 1 + 3), within(1e-12));
        assertThat(result.errors()).containsExactly("error https://a.example/2: IllegalArgumentException no");
    }

    record Page(String truth, String html) {}

    private static void writeBenchmark(Path dir, Map<String, Page> pages) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Page> page : pages.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(page.getKey()).append("\":{\"articleBody\":\"")
                    .append(page.getValue().truth()).append("\",\"url\":\"https://x.example/\"}");
            gzip(dir.resolve("html").resolve(page.getKey() + ".html.gz"),
                    page.getValue().html().getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("ground-truth.json"), json.append('}'));
    }

    private static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }
}
