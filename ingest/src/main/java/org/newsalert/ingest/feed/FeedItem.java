package org.newsalert.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One feed item/entry. Text fields are null when the feed does not have them; HTML fields hold
 * markup as the publisher sent it (not sanitised), with Atom {@code type="text"} escaped to HTML.
 *
 * @param guid        RSS {@code guid}, Atom {@code id} or RSS 1.0 {@code rdf:about}, exactly as given
 * @param link        the item's page, resolved against xml:base and the feed URL
 * @param published   RSS {@code pubDate} / Atom {@code published} / {@code dc:date}
 * @param updated     Atom {@code updated}
 * @param categories  category names in document order, never null
 */
public record FeedItem(
        String guid,
        String link,
        String title,
        String author,
        Instant published,
        Instant updated,
        String summaryHtml,
        String contentHtml,
        List<String> categories) {

    public FeedItem {
        categories = List.copyOf(categories);
    }
}
