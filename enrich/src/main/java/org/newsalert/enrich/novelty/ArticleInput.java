package org.newsalert.enrich.novelty;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The article as the novelty detector sees it.
 *
 * @param bills bill ids the tagger found ({@code hr6508-119}); used to tell which bill a stage
 *     sentence is about
 * @param startsStory clustering opened a new story with this article
 * @param nearCopy clustering found it to be a syndicated copy or light rewrite of an earlier article
 * @param leadsWithAct it leads with the name of a bill ("introduced the SPEED Act"), numbered or not
 * @param newMembers the last names of the members of Congress it names that its story has not named
 *     before (all it names, for an article that starts a story)
 * @param knownMembers the last names of the members of Congress it names that its story has named before
 * @param memberChambers the chamber of each member of Congress it names, by lower-case last name (a
 *     last name shared by members of both chambers left out)
 */
public record ArticleInput(
        String articleId,
        String title,
        String text,
        Instant published,
        List<String> bills,
        boolean startsStory,
        boolean nearCopy,
        boolean leadsWithAct,
        List<String> newMembers,
        List<String> knownMembers,
        Map<String, Chamber> memberChambers) {

    public ArticleInput {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        bills = bills == null ? List.of() : List.copyOf(bills);
        newMembers = newMembers == null ? List.of() : List.copyOf(newMembers);
        knownMembers = knownMembers == null ? List.of() : List.copyOf(knownMembers);
        memberChambers = memberChambers == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(memberChambers));
    }

    /** An article whose members' chambers are not known. */
    public ArticleInput(String articleId, String title, String text, Instant published, List<String> bills,
            boolean startsStory, boolean nearCopy, boolean leadsWithAct, List<String> newMembers, List<String> knownMembers) {
        this(articleId, title, text, published, bills, startsStory, nearCopy, leadsWithAct, newMembers, knownMembers, Map.of());
    }

    /** An article that names no member of Congress its story has named before. */
    public ArticleInput(String articleId, String title, String text, Instant published, List<String> bills,
            boolean startsStory, boolean nearCopy, boolean leadsWithAct, List<String> newMembers) {
        this(articleId, title, text, published, bills, startsStory, nearCopy, leadsWithAct, newMembers, List.of());
    }

    /** An article that names no member of Congress new to its story. */
    public ArticleInput(String articleId, String title, String text, Instant published, List<String> bills,
            boolean startsStory, boolean nearCopy, boolean leadsWithAct) {
        this(articleId, title, text, published, bills, startsStory, nearCopy, leadsWithAct, List.of());
    }

    /** An article that leads with no act name. */
    public ArticleInput(String articleId, String title, String text, Instant published, List<String> bills,
            boolean startsStory, boolean nearCopy) {
        this(articleId, title, text, published, bills, startsStory, nearCopy, false);
    }
}
