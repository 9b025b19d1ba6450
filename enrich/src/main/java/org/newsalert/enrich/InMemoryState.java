package org.newsalert.enrich;

import java.util.Map;
import java.util.TreeMap;
import org.newsalert.enrich.novelty.StoryMemory;
import org.newsalert.enrich.story.ClusterState;
import org.newsalert.enrich.story.InMemoryClusterState;
import org.newsalert.enrich.tag.AliasBook;
import org.newsalert.enrich.tag.InMemoryAliasBook;
import org.newsalert.events.StoryUpdated;

/** The pipeline's memory in maps: for evaluations and unit tests, which run the topology's code without Kafka. */
public final class InMemoryState implements ArticlePipeline.State {
    private final InMemoryAliasBook aliases = new InMemoryAliasBook();
    private final InMemoryClusterState cluster = new InMemoryClusterState();
    private final Map<String, StoryMemory> memory = new TreeMap<>();
    private final Map<String, StoryUpdated> stories = new TreeMap<>();
    private final Map<String, String> billStory = new TreeMap<>();
    private final Map<String, String> actStory = new TreeMap<>();
    private final Map<String, String> folded = new TreeMap<>();

    @Override
    public AliasBook aliases() {
        return aliases;
    }

    @Override
    public ClusterState cluster() {
        return cluster;
    }

    public InMemoryClusterState clusterState() {
        return cluster;
    }

    @Override
    public StoryMemory memory(String storyId) {
        return memory.get(storyId);
    }

    @Override
    public void putMemory(String storyId, StoryMemory m) {
        memory.put(storyId, m);
    }

    @Override
    public StoryUpdated summary(String storyId) {
        return stories.get(storyId);
    }

    @Override
    public void putSummary(StoryUpdated story) {
        stories.put(story.storyId(), story);
    }

    @Override
    public String storyForBill(String billId) {
        return billStory.get(billId);
    }

    @Override
    public void putStoryForBill(String billId, String storyId) {
        billStory.put(billId, storyId);
    }

    @Override
    public String storyForAct(String actKey) {
        return actStory.get(actKey);
    }

    @Override
    public void putStoryForAct(String actKey, String storyId) {
        actStory.put(actKey, storyId);
    }

    @Override
    public String foldedInto(String clusterStoryId) {
        return folded.get(clusterStoryId);
    }

    @Override
    public void putFoldedInto(String clusterStoryId, String storyId) {
        folded.put(clusterStoryId, storyId);
    }

    public Map<String, StoryUpdated> stories() {
        return stories;
    }
}
