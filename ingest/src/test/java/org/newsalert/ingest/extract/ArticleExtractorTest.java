package org.newsalert.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldKeepOnlyTheArticleParagraphsAndSubheadingOfABoilerplateHeavyPage() {
        Extracted result = extractor.extract(fixture("boilerplate-news-article.html"), "https://courier.example/news/bridge");

        assertThat(result).isEqualTo(new Extracted(
                "Harbour bridge to close for three weeks of repairs",
                String.join("\n\n",
                        "The harbour bridge will close to all traffic from Monday, 11 March, while engineers replace"
                                + " corroded expansion joints, the city council said on Tuesday.",
                        "The closure is expected to last three weeks. Buses will be diverted over the Mill Street"
                                + " crossing, which the council says can absorb the extra traffic if drivers avoid the"
                                + " morning peak.",
                        "Why now?",
                        "Inspectors found cracks in two of the joints during a routine survey in January. \"The bridge"
                                + " is safe today, but we cannot wait for the summer season,\" said Tom Alvarez, the"
                                + " council's head of infrastructure.",
                        "Local businesses on the north shore said they were worried about losing customers, and asked"
                                + " the council to waive parking charges during the works.",
                        "The council will publish a detailed diversion map on its website on Friday."),
                "Priya Natarajan",
                Instant.parse("2024-03-05T07:30:00Z"),
                "en-GB",
                Extracted.Source.DOM));
    }

    @Test
    void shouldTakeTheJsonLdArticleBodyWhenTheMarkupOnlyHasAPlaceholder() {
        Extracted result = extractor.extract(fixture("json-ld-article-body.html"), null);

        assertThat(result).isEqualTo(new Extracted(
                "Orchard growers count the cost of late frost",
                String.join("\n\n",
                        "A single night of frost in late April has cost apple growers in the lower valley up to half of"
                                + " this year's harvest, according to the regional growers' association.",
                        "Temperatures fell to minus four degrees shortly before dawn on 24 April, just as most orchards"
                                + " were in full bloom. Growers who ran sprinklers through the night to coat the blossom"
                                + " in protective ice lost far less than those without irrigation.",
                        "The association has asked the provincial government for emergency support and says it will"
                                + " publish a full damage estimate in June, once the first fruit has set."),
                "Anna Gruber, Lukas Hofer",
                Instant.parse("2023-05-02T07:15:00Z"),
                "de-AT",
                Extracted.Source.JSON_LD));
    }

    @Test
    void shouldDropMarkupBlocksThatAJsonLdArticleBodyDoesNotContain() {
        String body = "Rail operators will run extra night trains between the two cities from December, the"
                + " transport ministry announced. Tickets go on sale next week, and the first departures are"
                + " planned for the twelfth, with sleeper cars added in the spring if demand holds up. The operator"
                + " expects most passengers to book couchettes rather than seats on the overnight route.";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"articleBody\":\""
                + body + "\"}</script></head><body><div class=\"story\"><p>" + body + "</p>"
                + "<p>Sign up to our travel newsletter and never miss a deal on trains, ferries and flights again.</p>"
                + "</div></body></html>";

        assertThat(extractor.extract(html, null).text()).isEqualTo(body);
    }

    @Test
    void shouldIgnoreATruncatedJsonLdArticleBody() {
        String first = "Rail operators will run extra night trains between the two cities from December, the"
                + " transport ministry announced on Wednesday after months of talks with the unions.";
        String second = "Tickets go on sale next week, and the first departures are planned for the twelfth, with"
                + " sleeper cars added in the spring if demand holds up over the winter months.";
        String teaser = first + " Tickets go on sale next week, and the first departures are planned for the…";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + teaser + "\"}</script></head><body><article><p>" + first + "</p><p>" + second + "</p>"
                + "</article></body></html>";

        Extracted result = extractor.extract(html, null);

        assertThat(result.text()).isEqualTo(first + "\n\n" + second);
        assertThat(result.source()).isEqualTo(Extracted.Source.DOM);
    }

    @Test
    void shouldDecodeAPageByItsMetaCharsetWhenTheHeaderHasNone() {
        byte[] page = fixtureBytes("meta-charset-windows-1252.html");

        Extracted result = ArticleExtractor.fromBytes(page, "text/html", "https://stadt.example/fest");

        assertThat(result.title()).isEqualTo("Straßenfest in der Altstadt");
        assertThat(result.language()).isEqualTo("de");
        assertThat(result.text()).isEqualTo(String.join("\n\n",
                "Am Samstag feiert die Altstadt ihr großes Straßenfest. Zwischen Rathaus und Marktplatz bieten über"
                        + " sechzig Stände Speisen, Getränke und Kunsthandwerk an.",
                "Der Eintritt ist frei, für das Konzert am Abend kostet eine Karte 12 €. Die Veranstalter rechnen mit"
                        + " mehr als zehntausend Besucherinnen und Besuchern.",
                "„Wir freuen uns auf ein friedliches Fest“, sagte Bürgermeisterin Jürgens am Donnerstag im Rathaus."));
    }

    @Test
    void shouldPreferTheHeaderCharsetOverTheMetaDeclaration() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Zoë’s café</p></body></html>";

        assertThat(HtmlDecoder.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8"))
                .isEqualTo(html);
        assertThat(HtmlDecoder.detect(html.getBytes(StandardCharsets.UTF_8), "text/html"))
                .isEqualTo(java.nio.charset.Charset.forName("windows-1252"));
    }

    @Test
    void shouldReplaceInvalidUtf8BytesInsteadOfFailing() {
        String paragraph = "Über die Brücke fahren täglich vierzigtausend Autos, sagt die Stadt, und das soll sich"
                + " auch nach der Sanierung nicht ändern.";
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes("<html><body><article><p>".getBytes(StandardCharsets.UTF_8));
        page.writeBytes(paragraph.getBytes(StandardCharsets.UTF_8));
        page.writeBytes(new byte[] {' ', (byte) 0xFF, (byte) 0xC3, ' '}); // 0xFF never occurs in UTF-8; 0xC3 is cut short
        page.writeBytes(paragraph.getBytes(StandardCharsets.UTF_8));
        page.writeBytes("</p></article></body></html>".getBytes(StandardCharsets.UTF_8));

        Extracted result = ArticleExtractor.fromBytes(page.toByteArray(), null, null);

        assertThat(result.text()).isEqualTo(paragraph + " \uFFFD\uFFFD " + paragraph);
    }

    @Test
    void shouldReportNoTextForEmptyOrGarbageInput() {
        Extracted nothing = new Extracted("", "", null, null, null, Extracted.Source.NONE);
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        assertThat(extractor.extract("", null)).isEqualTo(nothing);
        assertThat(extractor.extract(null, null)).isEqualTo(nothing);
        assertThat(extractor.extract("<<<>>></div></p><p<p>", null)).isEqualTo(nothing);
        assertThat(ArticleExtractor.fromBytes(new byte[0], null, null)).isEqualTo(nothing);
        assertThat(ArticleExtractor.fromBytes(noise, "text/html; charset=nonsense", null).hasText()).isFalse();
    }

    @Test
    void shouldReportTooLittleTextAsNoText() {
        Extracted result = extractor.extract(
                "<html><head><title>Gone</title></head><body><p>This page has moved to a new address.</p></body></html>",
                null);

        assertThat(result).isEqualTo(new Extracted("Gone", "", null, null, null, Extracted.Source.NONE));
    }

    @Test
    void shouldReadThePublicationTimeFromATimeElementWhenMetaTagsAreMissing() {
        String html = "<html><body><article><time datetime=\"2022-11-30 18:05:00\">Yesterday</time>"
                + "<p>" + "The library will stay open until midnight during exam weeks, the university said. ".repeat(3)
                + "</p></article></body></html>";

        assertThat(extractor.extract(html, null).published()).isEqualTo(Instant.parse("2022-11-30T18:05:00Z"));
    }

    @Test
    void shouldNeverFetchAnythingThePageReferences() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String html = "<html><head><base href=\"" + base + "/\">"
                    + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\">"
                    + "<link rel=\"stylesheet\" href=\"" + base + "/site.css\">"
                    + "<script src=\"" + base + "/app.js\"></script>"
                    + "<script type=\"application/ld+json\">{\"@context\":\"" + base + "/ctx\",\"@type\":\"Article\","
                    + "\"image\":\"" + base + "/lead.jpg\"}</script></head><body>"
                    + "<iframe src=\"" + base + "/embed\"></iframe><img src=\"" + base + "/photo.jpg\">"
                    + "<article><p>" + "Ministers met in the capital on Friday to agree next year's budget. ".repeat(4)
                    + "<a href=\"" + base + "/more\">More</a></p></article></body></html>";

            Extracted result = extractor.extract(html, base + "/article");

            assertThat(result.hasText()).isTrue();
            server.setSoTimeout(300);
            try (Socket client = server.accept()) {
                throw new AssertionError("the extractor opened a connection from " + client.getRemoteSocketAddress());
            } catch (SocketTimeoutException expected) {
                // nobody connected
            }
        }
    }

    static String fixture(String name) {
        return new String(fixtureBytes(name), StandardCharsets.UTF_8);
    }

    static byte[] fixtureBytes(String name) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
