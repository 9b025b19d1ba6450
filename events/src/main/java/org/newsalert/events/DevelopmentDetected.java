package org.newsalert.events;

import java.time.Instant;
import java.util.List;

/**
 * Something new about a story, what notify turns into alerts: a new story, or the first report of a
 * stage. Keyed by story id. {@code id} is deterministic ({@code <storyId>/<articleId>}) so a
 * reprocessed article yields the same id and notify's ledger suppresses the repeat.
 */
public record DevelopmentDetected(
        String id,
        String storyId,
        String articleId,
        ArticleKind kind,
        String stage,
        List<String> sentences,
        String storyTitle,
        List<String> bills,
        List<Tag> tags,
        String title,
        String url,
        String source,
        Instant published,
        List<String> storySources) {

    public DevelopmentDetected {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        bills = bills == null ? List.of() : List.copyOf(bills);
        tags = tags == null ? List.of() : List.copyOf(tags);
        storySources = storySources == null ? List.of() : List.copyOf(storySources);
    }

    public static String idFor(String storyId, String articleId) {
        return storyId + "/" + articleId;
    }
}
