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
 * @param mentioned ids of bill tags the article names only in passing, after leading with another act
 *     (tags still, but not what the article is about)
 * @param leadActs the normalised names ({@link Tagger#normaliseActName(String)}) of the bills the article
 *     leads with by name, numbered or not, in text order: each act in its title or first sentence that is
 *     a bill (tied to a number, or introduced, passed, voted on, "would" do something), without the names
 *     every spending bill shares. Their whole names and acronym names ({@code speed act}), not generic tails.
 * @param namedActs the same for every such act the article names, in its lead or further down
 */
public record TagResult(List<Tag> tags, List<LearnedAlias> learned, List<String> billOrder, List<String> mentioned,
        List<String> leadActs, List<String> namedActs) {
    public TagResult {
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        learned = List.copyOf(Objects.requireNonNull(learned, "learned"));
        billOrder = List.copyOf(Objects.requireNonNull(billOrder, "billOrder"));
        mentioned = List.copyOf(Objects.requireNonNull(mentioned, "mentioned"));
        leadActs = List.copyOf(Objects.requireNonNull(leadActs, "leadActs"));
        namedActs = List.copyOf(Objects.requireNonNull(namedActs, "namedActs"));
    }

    /** The first bill the article names (in its title, else its text) and is about, or null when there is none. */
    public String leadBill() {
        return billOrder.stream().filter(b -> !mentioned.contains(b)).findFirst().orElse(null);
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
