package org.newsalert.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.newsalert.events.ArticleFetched;

/** The seed story as articles: the three real seeds in file order, then the made-up follow-up. */
final class SeedStory {
    static final List<String> FILES = List.of(
            "1-benzinga-new-story.txt", "2-newsmax-coverage.txt", "3-rewrite-coverage.txt", "4-made-up-followup.txt");
    static final List<Instant> PUBLISHED = List.of(
            Instant.parse("2025-12-10T15:00:00Z"), Instant.parse("2025-12-10T23:30:00Z"),
            Instant.parse("2025-12-11T14:00:00Z"), Instant.parse("2026-02-11T15:00:00Z"));
    static final List<String> SOURCES = List.of("Benzinga", "Newsmax", "Capitol Wire", "Made-up Gazette");

    private SeedStory() {}

    static ArticleFetched article(int i) {
        String file = FILES.get(i);
        try (InputStream in = SeedStory.class.getResourceAsStream("/seeds/" + file)) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = raw.lines().filter(l -> !l.startsWith("#")).toList();
            String title = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").trim();
            String text = String.join("\n", lines);
            String id = "seed" + (i + 1);
            return new ArticleFetched(id, "https://seed" + (i + 1) + ".example/" + id, SOURCES.get(i), "test:seeds", null, title,
                    null, PUBLISHED.get(i), PUBLISHED.get(i), text, "en", null, ArticleFetched.TextOrigin.ARCHIVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ArticleFetched> all() {
        return List.of(article(0), article(1), article(2), article(3));
    }
}
