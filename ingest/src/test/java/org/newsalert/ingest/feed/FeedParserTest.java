package org.newsalert.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final String URL = "https://news.example.org/feed.xml";
    private static final String DOCTYPE_REFUSED = "DOCTYPE declarations are refused (XXE/entity-bomb protection)";

    private final FeedParser strict = FeedParser.strict();
    private final FeedParser lenient = FeedParser.lenient();

    @Test
    void shouldMapRss20ChannelAndItems() throws Exception {
        ParsedFeed feed = strict.parse(fixture("rss20.xml"), "application/rss+xml", URL);

        assertThat(feed).isEqualTo(new ParsedFeed("Harbour Gazette", "https://news.example.org/", "rss_2.0", "UTF-8", false, List.of(
                new FeedItem("gazette-4711", "https://news.example.org/2024/ferry", "Ferry timetable changes",
                        "desk@example.org (News Desk)", Instant.parse("2024-01-02T08:30:00Z"), null,
                        "<p>New <b>winter</b> times.</p>", "<p>Full story with <a href=\"/x\">a link</a>.</p>",
                        List.of("Transport", "Harbour")),
                new FeedItem(null, "https://news.example.org/2024/second", "Second item without guid",
                        null, null, null, null, null, List.of()))));
    }

    @Test
    void shouldMapAtom10EntryAndEscapeTextSummaryToHtml() throws Exception {
        ParsedFeed feed = strict.parse(fixture("atom10.xml"), "application/atom+xml", "https://obs.example.net/atom");

        assertThat(feed).isEqualTo(new ParsedFeed("Observatory Notes", "https://obs.example.net/", "atom_1.0", "UTF-8", false, List.of(
                new FeedItem("tag:obs.example.net,2024:comet", "https://obs.example.net/comet", "Comet sighted",
                        "Ada Observer", Instant.parse("2024-02-29T21:15:00Z"), Instant.parse("2024-03-01T08:00:00Z"),
                        "Faint &amp; fast: 5 &lt; 6", "<p>Seen at dawn.</p>", List.of("astronomy")))));
    }

    @Test
    void shouldMapRss10ItemsWithRdfAboutAsGuid() throws Exception {
        ParsedFeed feed = strict.parse(fixture("rss10-rdf.xml"), null, "https://rdf.example.com/feed");

        assertThat(feed).isEqualTo(new ParsedFeed("Parish Bulletin", "https://rdf.example.com/", "rss_1.0", "UTF-8", false, List.of(
                new FeedItem("https://rdf.example.com/fete", "https://rdf.example.com/fete", "Summer fete",
                        "Parish Clerk", Instant.parse("2024-06-15T10:00:00Z"), null,
                        "Cakes and a tombola.", null, List.of("events")))));
    }

    @Test
    void shouldResolveRelativeLinksAgainstFeedUrlAndKeepGuidsAsGiven() throws Exception {
        ParsedFeed feed = strict.parse(fixture("relative-links.xml"), null, "https://site.example.com/blog/feeds/rss.xml");

        assertThat(feed.link()).isEqualTo("https://site.example.com/blog/");
        assertThat(feed.items()).extracting(FeedItem::guid, FeedItem::link).containsExactly(
                tuple("post-1", "https://site.example.com/blog/posts/1"),
                tuple("post-2", "https://site.example.com/blog/archive/2.html"),
                tuple("post-3", "https://elsewhere.example.com/3"));
    }

    @Test
    void shouldRefuseExternalEntityNamingALocalFile() {
        for (FeedParser parser : List.of(strict, lenient)) {
            FeedParseException e = rejection(parser, fixture("xxe-local-file.xml"), null);

            assertThat(e.reason()).isEqualTo(DOCTYPE_REFUSED);
            assertThat(e.feedUrl()).isEqualTo(URL);
        }
    }

    @Test
    void shouldRefuseExternalDtdAndEntitiesOnLoopbackWithoutConnecting() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY xxe \"leaked\">".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            byte[] payload = new String(fixture("xxe-loopback.xml"), StandardCharsets.UTF_8)
                    .replace("@PORT@", Integer.toString(server.getAddress().getPort()))
                    .getBytes(StandardCharsets.UTF_8);
            for (FeedParser parser : List.of(strict, lenient)) {
                assertThat(rejection(parser, payload, null).reason()).isEqualTo(DOCTYPE_REFUSED);
            }
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldRejectBillionLaughsFast() {
        byte[] bomb = fixture("billion-laughs.xml");
        FeedParseException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> rejection(lenient, bomb, null));

        assertThat(e.reason()).isEqualTo(DOCTYPE_REFUSED);
    }

    @Test
    void shouldRejectInvalidUtf8StrictlyAndMarkItLeniently() throws Exception {
        byte[] body = fixture("invalid-utf8.xml");

        assertThat(rejection(strict, body, null).reason())
                .isEqualTo("bytes at offset 78 are not valid UTF-8 (charset from the XML declaration)");
        ParsedFeed repaired = lenient.parse(body, null, URL);
        assertThat(repaired).isEqualTo(new ParsedFeed(
                "Bad \uFFFD( bytes", "https://bad.example.org/", "rss_2.0", "UTF-8", true, List.of()));
    }

    @Test
    void shouldRejectAnHtmlPageServedInsteadOfAFeed() {
        for (FeedParser parser : List.of(strict, lenient)) {
            assertThat(rejection(parser, fixture("html-page.html"), "text/html; charset=utf-8").reason())
                    .isEqualTo("not a feed: an HTML page");
        }
    }

    @Test
    void shouldRejectEmptyAndWhitespaceBodies() {
        assertThat(rejection(lenient, new byte[0], null).reason()).isEqualTo("empty body");
        assertThat(rejection(lenient, " \r\n\t".getBytes(StandardCharsets.US_ASCII), null).reason())
                .isEqualTo("empty document (only whitespace)");
    }

    @Test
    void shouldRejectWellFormedXmlThatIsNotAFeed() {
        byte[] opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>".getBytes(StandardCharsets.US_ASCII);

        assertThat(rejection(lenient, opml, null).reason()).isEqualTo("not a feed: root element <opml> is not RSS, RDF or Atom");
    }

    @Test
    void shouldRejectTruncatedXmlWithLineAndColumn() {
        byte[] truncated = "<rss version=\"2.0\">\n<channel>\n<title>cut".getBytes(StandardCharsets.US_ASCII);

        assertThat(rejection(lenient, truncated, null).reason())
                .isEqualTo("not well-formed XML at line 3, column 11: XML document structures must start and end within the same entity.");
    }

    @Test
    void shouldRepairHtmlEntitiesStrayAmpersandAndLeadingWhitespaceOnlyWhenLenient() throws Exception {
        byte[] body = fixture("html-entities-rss.xml");

        assertThat(rejection(strict, body, null).reason()).isEqualTo(
                "not well-formed XML at line 2, column 6: The processing instruction target matching \"[xX][mM][lL]\" is not allowed.");
        ParsedFeed feed = lenient.parse(body, null, URL);
        assertThat(feed).isEqualTo(new ParsedFeed("Caf\u00e9\u00a0Society", "https://cafe.example.org/", "rss_2.0", "UTF-8", true, List.of(
                new FeedItem("cafe-1", "https://cafe.example.org/1", "Fish & chips \u2014 R&D news", null, null, null,
                        "<p>&nbsp;kept verbatim in CDATA</p>", null, List.of()))));
    }

    @Test
    void shouldTakeCharsetFromPrologBomAndHeaderInRfc7303Order() throws Exception {
        assertThat(strict.parse(fixture("latin1-declared.xml"), null, URL).title()).isEqualTo("Z\u00fcrich \u00e9t\u00e9");
        assertThat(strict.parse(fixture("latin1-declared.xml"), "text/xml; charset=\"windows-1252\"", URL).charset())
                .isEqualTo("windows-1252");
        // The header outranks the prolog, so Latin-1 bytes labelled UTF-8 are refused.
        assertThat(rejection(strict, fixture("latin1-declared.xml"), "application/rss+xml; charset=utf-8").reason())
                .isEqualTo("bytes at offset 80 are not valid UTF-8 (charset from the Content-Type header)");
        assertThat(strict.parse(fixture("utf8-bom.xml"), "text/xml; charset=iso-8859-1", URL).title()).isEqualTo("BOM \u20ac");
        ParsedFeed utf16 = strict.parse(fixture("utf16le-bom.xml"), null, URL);
        assertThat(List.of(utf16.title(), utf16.charset())).containsExactly("Sixteen \u20ac", "UTF-16LE");
    }

    @Test
    void shouldReadAnRssWithoutChannelOrWithUnknownVersionAsAnEmptyOrRss20Feed() throws Exception {
        byte[] empty = "<rss version=\"0.91\"></rss>".getBytes(StandardCharsets.US_ASCII);
        byte[] future = "<rss version=\"2.0.1\"><channel><title>t</title></channel></rss>".getBytes(StandardCharsets.US_ASCII);

        assertThat(strict.parse(empty, null, URL)).isEqualTo(new ParsedFeed(null, null, "rss_0.91U", "UTF-8", false, List.of()));
        assertThat(strict.parse(future, null, URL)).isEqualTo(new ParsedFeed("t", null, "rss_2.0", "UTF-8", false, List.of()));
    }

    private FeedParseException rejection(FeedParser parser, byte[] body, String contentType) {
        FeedParseException e = catchThrowableOfType(FeedParseException.class, () -> parser.parse(body, contentType, URL));
        assertThat(e).as("expected a FeedParseException").isNotNull();
        return e;
    }

    static byte[] fixture(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture /feed/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
