package org.newsalert.enrich.story;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One article as the clusterer sees it. {@code entities} are the tagger's tags (members, places,
 * organisations: any stable ids) and {@code bills} its bill ids; both may be empty, in which case
 * the clusterer relies on the names, places and numbers it extracts itself. {@code leadBill} is the
 * bill the article names first (one of {@code bills}), or null: when stories of several of its bills
 * are likely, the article goes with its lead bill's. {@code acts} are the names of the acts the
 * article names as bills, each qualified by its Congress (the tagger's, through the pipeline): they
 * only help find candidate stories, as bill ids do, and are no feature of the join.
 */
public record ArticleInput(
        String id, Instant published, String title, String text, Set<String> entities, Set<String> bills, String leadBill,
        Set<String> acts) {

    public ArticleInput(String id, Instant published, String title, String text, Set<String> entities, Set<String> bills,
            String leadBill) {
        this(id, published, title, text, entities, bills, leadBill, Set.of());
    }

    public ArticleInput(String id, Instant published, String title, String text, Set<String> entities, Set<String> bills) {
        this(id, published, title, text, entities, bills, null);
    }

    public ArticleInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        // Sorted copies: iteration order must never depend on the caller's set implementation.
        entities = entities == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(entities));
        bills = bills == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(bills));
        acts = acts == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(acts));
        if (leadBill != null && !bills.contains(leadBill)) {
            throw new IllegalArgumentException("leadBill " + leadBill + " is not among the bills " + bills);
        }
    }

    /** An article without tagger input. */
    public static ArticleInput of(String id, Instant published, String title, String text) {
        return new ArticleInput(id, published, title, text, Set.of(), Set.of());
    }
}
