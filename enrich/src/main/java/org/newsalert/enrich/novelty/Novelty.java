package org.newsalert.enrich.novelty;

import java.util.List;
import java.util.Objects;
import org.newsalert.events.ArticleKind;

/**
 * What an article adds to its story.
 *
 * @param stage for DEVELOPMENT the new stage's id ({@code passed_house}); for NEW_STORY the most
 *     advanced stage the article reports, or null when it reports none (it names a bill but no
 *     action on it); null for COVERAGE
 * @param newSentences the sentences that carry the new stage (for a NEW_STORY without a stage, its
 *     lead); empty for COVERAGE
 * @param updatedState the story's state after this article, to store back
 */
public record Novelty(ArticleKind kind, String stage, List<String> newSentences, StoryMemory updatedState) {
    public Novelty {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(updatedState, "updatedState");
        newSentences = newSentences == null ? List.of() : List.copyOf(newSentences);
    }
}
