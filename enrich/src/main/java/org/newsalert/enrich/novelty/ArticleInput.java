package org.newsalert.enrich.novelty;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The article as the novelty detector sees it.
 *
 * @param bills bill ids the tagger found ({@code hr6508-119}); used to tell which bill a stage
 *     sentence is about
 * @param startsStory clustering opened a new story with this article
 * @param nearCopy clustering found it to be a syndicated copy or light rewrite of an earlier article
 * @param leadsWithAct it leads with the name of a bill ("introduced the SPEED Act"), numbered or not
 */
public record ArticleInput(
        String articleId,
        String title,
        String text,
        Instant published,
        List<String> bills,
        boolean startsStory,
        boolean nearCopy,
        boolean leadsWithAct) {

    public ArticleInput {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        bills = bills == null ? List.of() : List.copyOf(bills);
    }

    /** An article that leads with no act name. */
    public ArticleInput(String articleId, String title, String text, Instant published, List<String> bills,
            boolean startsStory, boolean nearCopy) {
        this(articleId, title, text, published, bills, startsStory, nearCopy, false);
    }
}
