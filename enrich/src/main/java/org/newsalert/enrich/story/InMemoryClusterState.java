package org.newsalert.enrich.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link ClusterState} in plain maps, for tests, the evaluation and the benchmark. */
public final class InMemoryClusterState implements ClusterState {
    private ClusterMeta meta = ClusterMeta.EMPTY;
    // Hash maps are only read by key here; nothing iterates them, so their order cannot leak out.
    private final Map<String, Long> df = new HashMap<>();
    private final Map<String, StoryState> stories = new HashMap<>();
    private final Map<String, List<String>> postings = new HashMap<>();
    private final TreeMap<String, String> activity = new TreeMap<>();

    @Override
    public ClusterMeta meta() {
        return meta;
    }

    @Override
    public void putMeta(ClusterMeta meta) {
        this.meta = meta;
    }

    @Override
    public long documentFrequency(String key) {
        return df.getOrDefault(key, 0L);
    }

    @Override
    public void putDocumentFrequency(String key, long value) {
        df.put(key, value);
    }

    @Override
    public StoryState story(String storyId) {
        return stories.get(storyId);
    }

    @Override
    public void putStory(StoryState story) {
        stories.put(story.id(), story);
    }

    @Override
    public void removeStory(String storyId) {
        stories.remove(storyId);
    }

    @Override
    public List<String> postings(String key) {
        return postings.getOrDefault(key, List.of());
    }

    @Override
    public void putPostings(String key, List<String> storyIds) {
        if (storyIds.isEmpty()) {
            postings.remove(key);
        } else {
            postings.put(key, List.copyOf(storyIds));
        }
    }

    @Override
    public void putActivity(Instant lastActivity, String storyId) {
        activity.put(activityKey(lastActivity, storyId), storyId);
    }

    @Override
    public void removeActivity(Instant lastActivity, String storyId) {
        activity.remove(activityKey(lastActivity, storyId));
    }

    @Override
    public List<String> quietBefore(Instant cutoff, int limit) {
        List<String> out = new ArrayList<>();
        for (String id : activity.headMap(activityKey(cutoff, ""), false).values()) {
            if (out.size() >= limit) {
                break;
            }
            out.add(id);
        }
        return out;
    }

    /** Live stories; for tests and the benchmark. */
    public int storyCount() {
        return stories.size();
    }

    /** The longest posting list; for tests that check the index stays bounded. */
    public int longestPostingList() {
        int max = 0;
        for (List<String> p : postings.values()) {
            max = Math.max(max, p.size());
        }
        return max;
    }

    static String activityKey(Instant at, String storyId) {
        return String.format("%019d|%s", at.toEpochMilli() - Long.MIN_VALUE / 2, storyId);
    }
}
