package org.newsalert.enrich.story;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the clusterer keeps about one live story, bounded in size, as one JSON-serialisable
 * value for a key-value store keyed by {@code id}. The vectors are sums of the member articles'
 * normalised weights (pruned to the heaviest entries, sorted by key); {@code recent} describes the
 * latest member articles one by one (a centroid blurs the one article a follow-up echoes); {@code indexKeys} are the posting lists that name
 * this story, so that expiry can remove it from them.
 */
public record StoryState(
        String id,
        String firstArticleId,
        String title,
        Instant firstPublished,
        Instant lastPublished,
        int articles,
        Map<String, Double> terms,
        Map<String, Double> titleTerms,
        Map<String, Double> names,
        Map<String, Double> numbers,
        List<String> bills,
        List<Member> recent,
        List<String> indexKeys) {

    /**
     * One member article: its near-copy signature (null when the text is too short) and its
     * heaviest names and title terms, normalised.
     */
    public record Member(String articleId, long[] minHash, Map<String, Double> names, Map<String, Double> title) {}
}
