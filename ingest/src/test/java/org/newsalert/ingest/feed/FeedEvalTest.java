package org.newsalert.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedEvalTest {
    @TempDir
    Path dir;

    @Test
    void shouldReportEachRejectionAndEndWithTheSummaryJson() throws IOException {
        Files.write(dir.resolve("a-rss.xml"), FeedParserTest.fixture("rss20.xml"));
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("b/page.html"), FeedParserTest.fixture("html-page.html"));
        Files.write(dir.resolve("b/rdf.xml"), FeedParserTest.fixture("rss10-rdf.xml"));
        Files.write(dir.resolve("c-empty"), new byte[0]);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        int exit = FeedEval.run(List.of(dir), new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(buffer.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "rejected " + dir.resolve("b/page.html") + ": not a feed: an HTML page",
                "rejected " + dir.resolve("c-empty") + ": empty body",
                "{\"files\":4,\"parsed\":2,\"rejected\":2,\"crashed\":0,\"items\":3}");
    }

    @Test
    void shouldCountErrorsAndHangsAsCrashesAndCarryOn() throws IOException {
        for (String name : List.of("1-overflow", "2-hang", "3-fine")) {
            Files.writeString(dir.resolve(name), name);
        }
        CountDownLatch never = new CountDownLatch(1);
        FeedEval.BodyParser parser = (body, contentType, url) -> {
            String name = new String(body, StandardCharsets.UTF_8);
            if (name.equals("1-overflow")) {
                throw new StackOverflowError();
            }
            if (name.equals("2-hang")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new ParsedFeed(name, null, "rss_2.0", "UTF-8", false, List.of());
        };

        List<FeedEval.Outcome> outcomes;
        try {
            outcomes = FeedEval.evaluate(FeedEval.files(List.of(dir)), parser, file -> null, Duration.ofMillis(300));
        } finally {
            never.countDown(); // release the abandoned worker
        }

        assertThat(outcomes).extracting(FeedEval.Outcome::crash).containsExactly(
                "java.lang.StackOverflowError", "no result after 300 ms, abandoned", null);
        assertThat(FeedEval.summarise(outcomes)).isEqualTo(new FeedEval.Summary(3, 1, 0, 2, 0));
    }
}
