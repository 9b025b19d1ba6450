package org.newsalert.enrich.tag;

import java.util.List;
import java.util.Objects;
import org.newsalert.events.Tag;

/**
 * What the tagger found in one article.
 *
 * @param tags sorted by type then id, one tag per (type, id)
 * @param learned act names this article tied to a bill, sorted, that the alias book did not already hold
 * @param billOrder the ids of the bill tags in the order the article first names them (title first), so
 *     that its lead bill is the first
 */
public record TagResult(List<Tag> tags, List<LearnedAlias> learned, List<String> billOrder) {
    public TagResult {
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        learned = List.copyOf(Objects.requireNonNull(learned, "learned"));
        billOrder = List.copyOf(Objects.requireNonNull(billOrder, "billOrder"));
    }

    /** The bill the article names first (in its title, else its text), or null when it names none. */
    public String leadBill() {
        return billOrder.isEmpty() ? null : billOrder.get(0);
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
