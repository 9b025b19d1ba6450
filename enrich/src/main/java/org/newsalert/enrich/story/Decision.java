package org.newsalert.enrich.story;

import java.util.List;

/**
 * Where one article went. {@code score} is the join probability of the best candidate story (also
 * when it was too low and a new story was started, 0 when there was no candidate); {@code copyOf}
 * names the earlier article this one is a near-copy of, or is null; for a new story,
 * {@code alternatives} are the scored candidate stories, most probable first, so that a caller with
 * knowledge the clusterer lacks (the stages a bill story has reached) can reconsider it (empty when
 * the article joined a story).
 */
public record Decision(String storyId, boolean newStory, double score, String copyOf, int candidates,
        List<Alternative> alternatives) {

    public Decision {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public Decision(String storyId, boolean newStory, double score, String copyOf, int candidates) {
        this(storyId, newStory, score, copyOf, candidates, List.of());
    }

    /**
     * One scored candidate story: its join probability, the same probability had the story's
     * latest article been published with this one ({@code timelessProbability}), and when that
     * latest article was published.
     */
    public record Alternative(String storyId, double probability, double timelessProbability, java.time.Instant lastPublished) {}
}
