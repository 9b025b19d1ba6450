package org.newsalert.events;

import java.time.Instant;
import java.util.List;

/**
 * An article after enrich: its tags, its story and what it adds to the story. Keyed by story id.
 *
 * @param development the stage or event type the article is first to report (e.g. {@code passed_house}): set when
 *     {@code kind} is DEVELOPMENT, and when it is NEW_STORY and the story's first article reports a stage (as the
 *     story's {@link DevelopmentDetected} says); null for COVERAGE
 * @param newSentences the sentences that carry what is new (empty for COVERAGE)
 * @param copyOf the id of the earlier article this one copies (syndication, light rewrite), if any
 */
public record ArticleEnriched(
        String articleId,
        String storyId,
        ArticleKind kind,
        String development,
        List<String> newSentences,
        String copyOf,
        List<Tag> tags,
        String title,
        String url,
        String source,
        Instant published,
        String text) {

    public ArticleEnriched {
        newSentences = newSentences == null ? List.of() : List.copyOf(newSentences);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
