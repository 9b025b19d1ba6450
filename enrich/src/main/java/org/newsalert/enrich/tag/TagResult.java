package org.newsalert.enrich.tag;

import java.util.List;
import java.util.Objects;
import org.newsalert.events.Tag;

/**
 * What the tagger found in one article.
 *
 * @param tags sorted by type then id, one tag per (type, id)
 * @param learned act names this article tied to a bill, sorted, that the alias book did not already hold
 */
public record TagResult(List<Tag> tags, List<LearnedAlias> learned) {
    public TagResult {
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        learned = List.copyOf(Objects.requireNonNull(learned, "learned"));
    }

    /** Stores the learned aliases, so later articles that name only the act get the bill. */
    public void learnInto(AliasBook aliases) {
        learned.forEach(a -> aliases.learn(a.name(), a.billId()));
    }

    /** The tags of one type, in order. */
    public List<Tag> tags(Tag.Type type) {
        return tags.stream().filter(t -> t.type() == type).toList();
    }
}
