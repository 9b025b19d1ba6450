package org.newsalert.ingest.article;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.ArticleFetched.TextOrigin;
import org.newsalert.ingest.config.FeedSource;
import org.newsalert.ingest.extract.ArticleExtractor;
import org.newsalert.ingest.extract.Extracted;
import org.newsalert.ingest.feed.FeedItem;
import org.newsalert.ingest.publish.SeenLedger;
import org.newsalert.outbound.GuardedHttp;
import org.newsalert.outbound.OutboundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a feed item into an {@link ArticleFetched}: canonical URL and id, the page fetched and its
 * main text extracted, the feed's own content as the fallback when the page fails or yields too
 * little, and a SimHash fingerprint of whatever text was kept.
 */
public final class ArticleAssembler {
    private static final Logger log = LoggerFactory.getLogger(ArticleAssembler.class);
    /** Below this many characters an extraction is taken to have missed the article. */
    static final int MIN_PAGE_TEXT = 200;

    /** Waits for a politeness slot for a host. */
    @FunctionalInterface
    public interface Politeness {
        void await(String host) throws InterruptedException;
    }

    private final GuardedHttp http;
    private final Politeness politeness;
    private final ArticleExtractor extractor = new ArticleExtractor();

    public ArticleAssembler(GuardedHttp http, Politeness politeness) {
        this.http = http;
        this.politeness = politeness;
    }

    /** The ledger keys of an item: its canonical-URL id, plus its GUID when the feed's GUIDs are stable. */
    public static List<String> seenKeys(FeedSource feed, FeedItem item) {
        List<String> keys = new ArrayList<>();
        String link = link(item);
        if (link != null) {
            keys.add(SeenLedger.idKey(CanonicalUrl.articleId(CanonicalUrl.of(link))));
        }
        if (feed.stableGuids() && item.guid() != null && !item.guid().isBlank()) {
            keys.add(SeenLedger.guidKey(feed.url().toString(), item.guid().trim()));
        }
        return keys;
    }

    public ArticleFetched assemble(FeedSource feed, String source, FeedItem item, Instant now) {
        String link = link(item);
        String url = CanonicalUrl.of(link != null ? link : feed.url() + "#" + item.guid());
        String id = CanonicalUrl.articleId(url);
        String feedText = htmlToText(item.contentHtml() != null && !item.contentHtml().isBlank() ? item.contentHtml() : item.summaryHtml());
        Extracted page = null;
        if (feed.fetchPages() && link != null && isHttp(link)) {
            page = fetchPage(URI.create(url), feed);
        }
        boolean usePage = page != null && page.text() != null && page.text().length() >= Math.min(MIN_PAGE_TEXT, Math.max(1, feedText.length()));
        String text = usePage ? page.text() : feedText;
        String title = item.title() != null && !item.title().isBlank() ? item.title().trim() : page != null && page.title() != null ? page.title() : "";
        Instant published = item.published() != null ? item.published()
                : item.updated() != null ? item.updated()
                : page != null && page.published() != null ? page.published() : now;
        String author = item.author() != null && !item.author().isBlank() ? item.author() : page != null ? page.author() : null;
        String language = page != null ? page.language() : null;
        return new ArticleFetched(id, url, source, feed.url().toString(), item.guid(), title, author, published, now,
                text, language, SimHash.hex(title + "\n" + text), usePage ? TextOrigin.PAGE : TextOrigin.FEED);
    }

    private Extracted fetchPage(URI uri, FeedSource feed) {
        try {
            politeness.await(uri.getHost());
            GuardedHttp.Response r = http.get(uri, Map.of("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"));
            if (!r.isSuccess()) {
                log.warn("article {} (feed {}): page answered HTTP {}; using the feed's content", uri, feed.url(), r.status());
                return null;
            }
            String type = r.header("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
            if (!type.contains("html") && !type.contains("xml")) {
                log.warn("article {} (feed {}): page is {}, not HTML; using the feed's content", uri, feed.url(), type);
                return null;
            }
            Extracted e = ArticleExtractor.fromBytes(r.body(), r.header("Content-Type").orElse(null), r.uri().toString());
            if (e.text() == null || e.text().isBlank()) {
                log.warn("article {} (feed {}): no main text found in the page; using the feed's content", uri, feed.url());
            }
            return e;
        } catch (OutboundException e) {
            log.warn("article {} (feed {}): page fetch failed ({}); using the feed's content", uri, feed.url(), e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (RuntimeException e) {
            log.warn("article {} (feed {}): page could not be parsed ({}); using the feed's content", uri, feed.url(), e.toString());
            return null;
        }
    }

    static String link(FeedItem item) {
        if (item.link() != null && !item.link().isBlank()) {
            return item.link().trim();
        }
        String g = item.guid();
        return g != null && isHttp(g.trim()) ? g.trim() : null;
    }

    private static boolean isHttp(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** Feed content is HTML: keep its text with paragraph breaks, drop markup. */
    public static String htmlToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var doc = Jsoup.parseBodyFragment(html);
        doc.select("script,style,iframe,object,embed").remove();
        doc.select("p,div,br,li,h1,h2,h3,h4,h5,h6,blockquote").forEach(e -> e.appendText("\n\n"));
        return doc.body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").trim();
    }
}
