package org.newsalert.enrich;

import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.StoryUpdated;

/**
 * What the enrich step emits for one article: the enriched article, its story's new state and,
 * when the article is news, the development; or a dead letter when it could not be processed.
 */
sealed interface EnrichResult {
    record Enriched(ArticleEnriched article) implements EnrichResult {}

    record Story(StoryUpdated story) implements EnrichResult {}

    record Development(DevelopmentDetected development) implements EnrichResult {}

    record Dead(DeadLetter letter) implements EnrichResult {}
}
