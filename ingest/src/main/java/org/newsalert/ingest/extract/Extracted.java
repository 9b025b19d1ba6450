package org.newsalert.ingest.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link ArticleExtractor} found on a page. {@code text} is the article body as plain text,
 * paragraphs separated by a blank line, and is empty when nothing article-like was found: the caller
 * should then keep the feed's own summary. The other fields are null when the page does not say.
 *
 * @param title     the article headline, or the page title; empty when the page has neither
 * @param text      the main text, or empty
 * @param author    the author as the page names them, or null
 * @param published when the article was first published, or null
 * @param language  the declared language tag (e.g. {@code en}, {@code de-AT}), or null
 * @param source    where the text came from
 */
public record Extracted(String title, String text, String author, Instant published, String language, Source source) {

    /** Where the main text was taken from. */
    public enum Source {
        /** Chosen from the page's own markup by scoring its blocks. */
        DOM,
        /** The {@code articleBody} of the page's schema.org JSON-LD, when the markup had less. */
        JSON_LD,
        /** Nothing worth keeping: {@code text} is empty. */
        NONE
    }

    public Extracted {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.isEmpty() != (source == Source.NONE)) {
            throw new IllegalArgumentException("text must be empty exactly when source is NONE");
        }
    }

    /** True when a main text was found; false means "fall back to the feed's content". */
    public boolean hasText() {
        return source != Source.NONE;
    }

    /** The number of words in {@code text}, as a cheap measure of how much was found. */
    public int wordCount() {
        return TextStats.words(text);
    }
}
