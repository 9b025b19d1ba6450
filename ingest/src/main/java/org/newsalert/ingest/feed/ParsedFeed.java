package org.newsalert.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * A feed as ingest sees it, independent of RSS/Atom dialect and of the parsing library.
 *
 * @param title    channel/feed title, null when absent
 * @param link     channel/feed home page, resolved against the feed URL; null when absent
 * @param type     the dialect, in Rome's naming: {@code rss_2.0}, {@code rss_1.0}, {@code atom_1.0}, ...
 * @param charset  the charset the body was decoded with (BOM, then HTTP header, then XML prolog, then UTF-8)
 * @param repaired true when the body was not well-formed and parsed only after a lenient repair
 *                 (HTML named entities, stray {@code &}, leading whitespace, an external-only DOCTYPE)
 * @param items    items in document order, never null
 */
public record ParsedFeed(
        String title, String link, String type, String charset, boolean repaired, List<FeedItem> items) {

    public ParsedFeed {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(charset, "charset");
        items = List.copyOf(items);
    }
}
