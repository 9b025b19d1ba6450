package org.newsalert.enrich.story;

/**
 * Where one article went. {@code score} is the join probability of the best candidate story (also
 * when it was too low and a new story was started, 0 when there was no candidate); {@code copyOf}
 * names the earlier article this one is a near-copy of, or is null.
 */
public record Decision(String storyId, boolean newStory, double score, String copyOf, int candidates) {}
