package org.newsalert.notify.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Digest;
import org.newsalert.events.Subscription;
import org.newsalert.notify.digest.DigestBuilder;
import org.newsalert.notify.digest.DigestText;

/**
 * Renders an alert into an email's subject, text and HTML parts, and its unsubscribe link. Article
 * text is untrusted: every value is escaped by the template, links are kept only when they are
 * absolute http(s) URLs, and the subject is made safe for a header line.
 */
public final class AlertEmail {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** A digest's times, in the subscription's zone: {@code 8 Dec 2025, 22:00 EST}. */
    private static final DateTimeFormatter LOCAL_WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final int MAX_SUBJECT = 180;

    /** A rendered email. */
    public record Rendered(String subject, String text, String html, String unsubscribeUrl) {}

    private final Template html = Template.load("alert.html", Template.Escape.HTML);
    private final Template text = Template.load("alert.txt", Template.Escape.TEXT);
    private final Template digestHtml = Template.load("digest.html", Template.Escape.HTML);
    private final Template digestText = Template.load("digest.txt", Template.Escape.TEXT);
    private final URI unsubscribeBase;
    private final UnsubscribeTokens tokens;

    /** @param unsubscribeBase the public unsubscribe endpoint, e.g. {@code https://alerts.example.org/unsubscribe} */
    public AlertEmail(URI unsubscribeBase, UnsubscribeTokens tokens) {
        this.unsubscribeBase = Objects.requireNonNull(unsubscribeBase, "unsubscribeBase");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        if (!"https".equalsIgnoreCase(unsubscribeBase.getScheme()) && !"http".equalsIgnoreCase(unsubscribeBase.getScheme())) {
            throw new IllegalArgumentException("unsubscribe URL must be http(s): " + unsubscribeBase);
        }
    }

    public Rendered render(AlertMatched alert) {
        if (alert.hasDigest()) {
            return renderDigest(alert);
        }
        DevelopmentDetected d = alert.development();
        String storyTitle = singleLine(firstNonBlank(d.storyTitle(), d.title(), "(untitled story)"));
        String kindLabel = d.kind() == ArticleKind.NEW_STORY
                ? "New story"
                : "New development" + (d.stage() == null || d.stage().isBlank() ? "" : ": " + d.stage().replace('-', ' '));
        String subject = headerSafe("[newsalert] " + (d.kind() == ArticleKind.NEW_STORY ? "" : "Update: ") + storyTitle);
        String unsubscribe = unsubscribeUrl(alert.subscriptionId());

        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("kindLabel", kindLabel);
        model.put("storyTitle", storyTitle);
        model.put("title", singleLine(firstNonBlank(d.title(), storyTitle, "")));
        model.put("sentences", d.sentences());
        model.put("articleUrl", safeLink(d.url()));
        model.put("source", d.source() == null ? "" : singleLine(d.source()));
        model.put("published", d.published() == null ? "" : WHEN.format(d.published()));
        model.put("sources", d.storySources());
        model.put("tags", d.tags().stream().map(t -> Map.of("label", t.label(), "type", t.type().name().toLowerCase(Locale.ROOT))).toList());
        model.put("query", singleLine(alert.target().query()));
        model.put("explanation", singleLine(alert.explanation()));
        model.put("unsubscribeUrl", unsubscribe);
        return new Rendered(subject, text.render(model), html.render(model), unsubscribe);
    }

    /** A digest: its headline as the subject, then each story with its developments, sources and why it matched. */
    private Rendered renderDigest(AlertMatched alert) {
        Digest digest = alert.digest();
        ZoneId zone = digest.zone();
        DateTimeFormatter when = zone.equals(Subscription.DEFAULT_ZONE) ? WHEN : LOCAL_WHEN.withZone(zone);
        String headline = singleLine(DigestBuilder.headline(digest));
        String subject = headerSafe("[newsalert] " + headline);
        String unsubscribe = unsubscribeUrl(alert.subscriptionId());
        List<Map<String, Object>> stories = new ArrayList<>();
        for (Digest.Story s : digest.stories()) {
            List<Map<String, Object>> developments = new ArrayList<>();
            for (Digest.Item i : s.developments()) {
                DevelopmentDetected d = i.development();
                Map<String, Object> m = new HashMap<>();
                m.put("kindLabel", kindLabel(d));
                m.put("title", singleLine(firstNonBlank(d.title(), s.title(), "(untitled)")));
                m.put("articleUrl", safeLink(d.url()));
                m.put("source", d.source() == null ? "" : singleLine(d.source()));
                m.put("published", d.published() == null ? "" : when.format(d.published()));
                m.put("sentences", d.sentences());
                developments.add(m);
            }
            Map<String, Object> m = new HashMap<>();
            m.put("storyTitle", singleLine(firstNonBlank(s.title(), "(untitled story)")));
            m.put("developments", developments);
            m.put("sources", s.sources().stream().map(AlertEmail::singleLine).toList());
            m.put("why", singleLine(s.explanation()));
            stories.add(m);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("headline", headline);
        model.put("periodName", DigestText.periodName(digest));
        model.put("stories", stories);
        model.put("omitted", digest.omitted() == 0 ? "" : "... and " + digest.omitted() + " earlier "
                + (digest.omitted() == 1 ? "development" : "developments") + " of this period, not shown here.");
        model.put("query", singleLine(alert.target().query()));
        model.put("unsubscribeUrl", unsubscribe);
        return new Rendered(subject, digestText.render(model), digestHtml.render(model), unsubscribe);
    }

    private static String kindLabel(DevelopmentDetected d) {
        return d.kind() == ArticleKind.NEW_STORY
                ? "New story"
                : "New development" + (d.stage() == null || d.stage().isBlank() ? "" : ": " + d.stage().replace('-', ' ').replace('_', ' '));
    }

    public String unsubscribeUrl(String subscriptionId) {
        String sep = unsubscribeBase.getRawQuery() == null ? "?" : "&";
        return unsubscribeBase + sep + "token=" + URLEncoder.encode(tokens.sign(subscriptionId), StandardCharsets.UTF_8);
    }

    /** One header line: CR, LF and other control characters become spaces, runs of space collapse, long values are cut. */
    static String headerSafe(String s) {
        String out = singleLine(s);
        return out.length() <= MAX_SUBJECT ? out : out.substring(0, MAX_SUBJECT - 1).trim() + "\u2026";
    }

    /** Control characters and line separators become spaces and runs of white space one space. */
    static String singleLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return b.toString().replaceAll("\\s+", " ").trim();
    }

    /** The URL when it is an absolute http(s) URL, else empty: a {@code javascript:} link is dropped, not escaped. */
    static String safeLink(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toASCIIString() : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
