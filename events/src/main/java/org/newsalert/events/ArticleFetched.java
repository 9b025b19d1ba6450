package org.newsalert.events;

import java.time.Instant;
import java.util.Objects;

/**
 * One article, fetched and reduced to plain text, as ingest publishes it. Keyed by {@link #id}.
 *
 * @param id stable article id derived from the canonical URL (16 hex chars)
 * @param url canonical URL (tracking parameters and fragment stripped)
 * @param source human-readable outlet name (feed title or configured name)
 * @param feedUrl the feed the item came from, or the archive path for replays
 * @param guid the item's GUID/Atom id when the feed gives one
 * @param published the item's own publication time; {@code fetched} when the feed gives none
 * @param fetched when ingest fetched it (the replay time, for replays)
 * @param text the main text, paragraphs separated by newlines
 * @param language ISO 639-1 code when the page or feed declares one
 * @param fingerprint 64-bit SimHash of the text's word shingles, 16 hex chars, for near-duplicate detection
 * @param textOrigin where {@code text} came from
 */
public record ArticleFetched(
        String id,
        String url,
        String source,
        String feedUrl,
        String guid,
        String title,
        String author,
        Instant published,
        Instant fetched,
        String text,
        String language,
        String fingerprint,
        TextOrigin textOrigin) {

    public ArticleFetched {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** Where an article's text came from. */
    public enum TextOrigin {
        /** Extracted from the fetched article page. */
        PAGE,
        /** The feed item's own content or summary (the page could not be fetched or parsed). */
        FEED,
        /** An archived article dump, replayed. */
        ARCHIVE
    }
}
