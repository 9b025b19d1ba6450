package org.newsalert.enrich.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.newsalert.events.Json;

/**
 * A {@link ClusterState} that keeps every record as JSON text, the way a store-backed state would
 * keep serialised values: proves that decisions survive the trip through Jackson.
 */
final class JsonClusterState implements ClusterState {
    private static final ObjectMapper JSON = Json.mapper();
    private final InMemoryClusterState text = new InMemoryClusterState();
    private final java.util.Map<String, String> stories = new java.util.HashMap<>();
    private String meta = write(ClusterMeta.EMPTY);

    @Override
    public ClusterMeta meta() {
        return read(meta, ClusterMeta.class);
    }

    @Override
    public void putMeta(ClusterMeta m) {
        meta = write(m);
    }

    @Override
    public long documentFrequency(String key) {
        return text.documentFrequency(key);
    }

    @Override
    public void putDocumentFrequency(String key, long df) {
        text.putDocumentFrequency(key, df);
    }

    @Override
    public StoryState story(String storyId) {
        String json = stories.get(storyId);
        return json == null ? null : read(json, StoryState.class);
    }

    @Override
    public void putStory(StoryState story) {
        stories.put(story.id(), write(story));
    }

    @Override
    public void removeStory(String storyId) {
        stories.remove(storyId);
    }

    @Override
    public List<String> postings(String key) {
        return text.postings(key);
    }

    @Override
    public void putPostings(String key, List<String> storyIds) {
        text.putPostings(key, storyIds);
    }

    @Override
    public void putActivity(Instant lastActivity, String storyId) {
        text.putActivity(lastActivity, storyId);
    }

    @Override
    public void removeActivity(Instant lastActivity, String storyId) {
        text.removeActivity(lastActivity, storyId);
    }

    @Override
    public List<String> quietBefore(Instant cutoff, int limit) {
        return text.quietBefore(cutoff, limit);
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
