package org.newsalert.events;

import java.time.Instant;
import java.util.List;

/** The latest state of a story, compacted by story id. */
public record StoryUpdated(
        String storyId,
        String title,
        List<String> bills,
        List<Tag> tags,
        List<String> sources,
        List<String> articleIds,
        Instant firstSeen,
        Instant lastSeen,
        List<StageReached> stages) {

    public StoryUpdated {
        bills = bills == null ? List.of() : List.copyOf(bills);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sources = sources == null ? List.of() : List.copyOf(sources);
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
