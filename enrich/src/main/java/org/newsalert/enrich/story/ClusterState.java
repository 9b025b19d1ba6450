package org.newsalert.enrich.story;

import java.time.Instant;
import java.util.List;

/**
 * The clusterer's whole state as get/put operations on five key-value tables, so that a Kafka
 * Streams processor can back it with state stores: one meta record, document frequencies by term,
 * stories by id, posting lists (story ids, oldest first) by term, and an expiry index ordered by
 * (last activity, story id), which a store can keep under a key such as
 * {@code String.format("%019d|%s", lastActivity.toEpochMilli(), storyId)} and range-scan.
 */
public interface ClusterState {

    ClusterMeta meta();

    void putMeta(ClusterMeta meta);

    /** Documents containing {@code key} so far; 0 when unknown. */
    long documentFrequency(String key);

    void putDocumentFrequency(String key, long df);

    /** The story, or null when there is none (never created, or expired). */
    StoryState story(String storyId);

    void putStory(StoryState story);

    void removeStory(String storyId);

    /** Story ids indexed under {@code key}, oldest first; empty when none. */
    List<String> postings(String key);

    /** Replaces the posting list; an empty list deletes it. */
    void putPostings(String key, List<String> storyIds);

    void putActivity(Instant lastActivity, String storyId);

    void removeActivity(Instant lastActivity, String storyId);

    /** Up to {@code limit} story ids whose last activity is before {@code cutoff}, oldest first. */
    List<String> quietBefore(Instant cutoff, int limit);
}
