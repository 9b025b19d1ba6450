package org.newsalert.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsalert.ingest.extract.Blocks.Block;

/**
 * Extracts an article's main text and metadata from a fetched page. The text normally comes from
 * scoring the page's own markup ({@link MainText}); a schema.org JSON-LD {@code articleBody} is the
 * publisher's statement of the body, so it is used to drop markup blocks it does not contain, and
 * replaces the markup's text when the markup shows much less of it (script-rendered or paywalled
 * pages). Stateless and thread-safe; it only parses the strings it is given and never fetches.
 */
public final class ArticleExtractor {
    /** Below this many words (see {@link TextStats#units}) a "main text" is more likely a teaser or an error page. */
    static final int MIN_WORDS = 25;
    /** An articleBody needs this many words to be trusted over the markup. */
    private static final int MIN_JSON_LD_WORDS = 50;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** Extracts from decoded HTML; {@code pageUrl} (nullable) only resolves relative links. */
    public Extracted extract(String html, String pageUrl) {
        if (html == null || html.isBlank()) {
            return new Extracted("", "", null, null, null, Extracted.Source.NONE);
        }
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        JsonLd jsonLd = JsonLd.of(doc);
        PageMeta meta = PageMeta.of(doc, jsonLd);
        List<Block> blocks = MainText.find(doc);
        String domText = join(blocks);
        String ldBody = jsonLd.articleBody() == null ? null : plain(jsonLd.articleBody());

        String text = domText;
        Extracted.Source source = Extracted.Source.DOM;
        if (ldBody != null && TextStats.units(ldBody) >= MIN_JSON_LD_WORDS && !looksTruncated(ldBody)) {
            Set<String> ldWords = wordSet(ldBody);
            if (coverage(ldWords, wordSet(domText)) < 0.8) {
                text = ldBody;
                source = Extracted.Source.JSON_LD;
            } else if (TextStats.units(ldBody) >= 0.6 * TextStats.units(domText)) {
                text = join(blocks.stream().filter(b -> coverage(wordSet(b.text()), ldWords) >= 0.5).toList());
            }
        }
        if (TextStats.units(text) < MIN_WORDS || TextStats.looksUndecodable(text)) {
            text = "";
            source = Extracted.Source.NONE;
        }
        return new Extracted(meta.title(), text, meta.author(), meta.published(), meta.language(), source);
    }

    /** Decodes the response body (see {@link HtmlDecoder}) and extracts from it. */
    public Extracted extract(byte[] body, String contentTypeHeader, String pageUrl) {
        return extract(HtmlDecoder.decode(body, contentTypeHeader), pageUrl);
    }

    /** Convenience for {@code new ArticleExtractor().extract(body, contentTypeHeader, pageUrl)}. */
    public static Extracted fromBytes(byte[] body, String contentTypeHeader, String pageUrl) {
        return new ArticleExtractor().extract(body, contentTypeHeader, pageUrl);
    }

    /** Many sites put only a teaser in articleBody, cut off with an ellipsis. */
    private static boolean looksTruncated(String body) {
        String end = body.strip();
        return end.endsWith("…") || end.endsWith("...") || end.endsWith("[…]") || end.endsWith("[...]");
    }

    private static String join(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b.text());
        }
        return out.toString();
    }

    /** JSON-LD bodies are sometimes HTML; reduce them to paragraphs of plain text. */
    private static String plain(String articleBody) {
        String text = articleBody;
        if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
            text = join(Blocks.of(Jsoup.parseBodyFragment(text).body()));
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\n\\s*")) {
            String squashed = TextStats.squash(line);
            if (!squashed.isEmpty()) {
                paragraphs.add(squashed);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static Set<String> wordSet(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The share of {@code part}'s words that also occur in {@code whole}. */
    private static double coverage(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String w : part) {
            if (whole.contains(w)) {
                found++;
            }
        }
        return (double) found / part.size();
    }
}
