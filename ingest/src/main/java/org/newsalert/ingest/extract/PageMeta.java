package org.newsalert.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title, author, publication time and language, from the places publishers put them:
 * Open Graph and article meta tags, schema.org JSON-LD and microdata, then {@code <time>} and
 * {@code <html lang>}. The first source that gives a usable value wins, in that order.
 */
record PageMeta(String title, String author, Instant published, String language) {

    private static final List<String> TITLE_META = List.of(
            "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]");
    private static final List<String> AUTHOR_META = List.of(
            "meta[name=author]", "meta[property=article:author]", "meta[name=byl]",
            "meta[name=parsely-author]", "meta[name=sailthru.author]", "meta[name=dc.creator]",
            "[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]");
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=dc.date]",
            "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[property=og:published_time]",
            "time[itemprop=datePublished]", "time[pubdate]", "time[datetime]");

    private static final Pattern SIMPLE_META = Pattern.compile("meta\\[([\\w-]+)=([^\\]]+)]");
    private static final Pattern ISO_OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    static PageMeta of(Document doc, JsonLd jsonLd) {
        List<Element> metas = doc.getElementsByTag("meta");
        String title = firstNonBlank(
                content(doc, metas, TITLE_META), jsonLd.headline(), text(doc.selectFirst("h1")), doc.title());
        String author = firstNonBlank(jsonLd.author(), content(doc, metas, AUTHOR_META));
        if (author != null && (author.startsWith("http://") || author.startsWith("https://"))) {
            author = null; // article:author is often a profile URL, which is not a name
        }
        Instant published = parseInstant(jsonLd.datePublished());
        for (int i = 0; published == null && i < DATE_META.size(); i++) {
            Element e = first(doc, metas, DATE_META.get(i));
            if (e != null) {
                published = parseInstant(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
            }
        }
        String language = firstNonBlank(
                doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                attr(doc.selectFirst("meta[http-equiv=content-language]"), "content"),
                attr(doc.selectFirst("meta[name=language]"), "content"),
                jsonLd.language(),
                attr(doc.selectFirst("meta[property=og:locale]"), "content"));
        if (language != null) {
            language = language.replace('_', '-').split("[,;\\s]")[0];
        }
        return new PageMeta(title == null ? "" : TextStats.squash(title), author == null ? null : TextStats.squash(author),
                published, language == null || language.isEmpty() ? null : language);
    }

    /** Parses the date formats found in meta tags; null for anything else. */
    static Instant parseInstant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        Matcher m = ISO_OFFSET_WITHOUT_COLON.matcher(s);
        if (s.length() > 10 && s.charAt(10) == 'T' && m.find()) {
            s = m.replaceFirst("$1:$2");
        }
        s = s.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return OffsetDateTime.parse(raw.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static String content(Document doc, List<Element> metas, List<String> selectors) {
        for (String selector : selectors) {
            Element e = first(doc, metas, selector);
            String value = e == null ? null : firstNonBlank(e.attr("content"), e.text());
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Like {@code doc.selectFirst}, but answers simple meta-tag selectors without walking the whole page. */
    private static Element first(Document doc, List<Element> metas, String selector) {
        Matcher m = SIMPLE_META.matcher(selector);
        if (!m.matches()) {
            return doc.selectFirst(selector);
        }
        for (Element meta : metas) {
            if (meta.attr(m.group(1)).equalsIgnoreCase(m.group(2))) {
                return meta;
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
