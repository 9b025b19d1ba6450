package org.newsalert.ingest.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsalert.events.config.ConfigSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the feeds to poll from YAML or OPML (what feed readers export). YAML:
 *
 * <pre>
 * defaults: { interval: 15m, stableGuids: true, fetchPages: true }
 * feeds:
 *   - url: https://example.org/rss
 *     name: Example News
 *     interval: 5m
 * </pre>
 *
 * OPML: every {@code outline} with an {@code xmlUrl}; {@code title}/{@code text} gives the name and
 * the optional attributes {@code interval}, {@code stableGuids}, {@code fetchPages} override the
 * defaults. Relative {@code file:} paths resolve against the list's own folder. Duplicate URLs are
 * merged (the first wins), so an OPML export with a feed in two folders polls it once.
 */
public final class FeedList {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    private FeedList() {}

    public static List<FeedSource> load(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.UTF_8).trim();
            boolean xml = name.endsWith(".opml") || name.endsWith(".xml") || head.startsWith("<");
            Path base = file.toAbsolutePath().getParent();
            return xml ? opml(bytes, base, file) : yaml(bytes, base, file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read feed list " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<FeedSource> yaml(byte[] bytes, Path base, Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(bytes);
        if (root == null || !root.has("feeds") || !root.get("feeds").isArray()) {
            throw new IllegalArgumentException("feed list " + file + " has no 'feeds:' list");
        }
        JsonNode d = root.path("defaults");
        Duration interval = duration(d.path("interval"), DEFAULT_INTERVAL, file, "defaults.interval");
        boolean stable = d.path("stableGuids").asBoolean(true);
        boolean pages = d.path("fetchPages").asBoolean(true);
        Map<URI, FeedSource> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode f : root.get("feeds")) {
            String where = "feeds[" + i++ + "]";
            String url = f.isTextual() ? f.asText() : f.path("url").asText(null);
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("feed list " + file + ": " + where + " has no url");
            }
            URI u = resolve(url, base, file, where);
            out.putIfAbsent(u, new FeedSource(u, text(f.path("name")), duration(f.path("interval"), interval, file, where + ".interval"),
                    f.path("stableGuids").asBoolean(stable), f.path("fetchPages").asBoolean(pages)));
        }
        return List.copyOf(out.values());
    }

    private static List<FeedSource> opml(byte[] bytes, Path base, Path file) throws IOException {
        try {
            // The JDK's own parser, whatever else the classpath brings: its secure-processing switches are known.
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            var doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));
            NodeList outlines = doc.getElementsByTagName("outline");
            Map<URI, FeedSource> out = new LinkedHashMap<>();
            for (int i = 0; i < outlines.getLength(); i++) {
                Element o = (Element) outlines.item(i);
                String url = o.getAttribute("xmlUrl");
                if (url.isBlank()) {
                    continue;
                }
                String where = "outline '" + url + "'";
                String name = !o.getAttribute("title").isBlank() ? o.getAttribute("title") : o.getAttribute("text");
                URI u = resolve(url, base, file, where);
                out.putIfAbsent(u, new FeedSource(u, name.isBlank() ? null : name,
                        o.getAttribute("interval").isBlank() ? DEFAULT_INTERVAL
                                : ConfigSource.parseDuration(o.getAttribute("interval"), file + " " + where + " interval"),
                        !o.getAttribute("stableGuids").equalsIgnoreCase("false"),
                        !o.getAttribute("fetchPages").equalsIgnoreCase("false")));
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("OPML feed list " + file + " has no outline with an xmlUrl");
            }
            return List.copyOf(out.values());
        } catch (SAXException e) {
            throw new IllegalArgumentException("OPML feed list " + file + " is not well-formed (DOCTYPEs are refused): " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI resolve(String url, Path base, Path file, String where) {
        String s = url.trim();
        try {
            URI u = URI.create(s);
            if (u.getScheme() == null) {
                return base.resolve(s).normalize().toUri();
            }
            if (u.getScheme().equals("file") && !u.isOpaque() && u.getPath() != null) {
                return u;
            }
            if (u.getScheme().equals("file")) { // file:relative/path
                return base.resolve(u.getSchemeSpecificPart()).normalize().toUri();
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("feed list " + file + ": " + where + " has unsupported scheme " + scheme);
            }
            return u;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("feed list")) {
                throw e;
            }
            throw new IllegalArgumentException("feed list " + file + ": " + where + " has a malformed url '" + s + "'", e);
        }
    }

    private static Duration duration(JsonNode n, Duration def, Path file, String where) {
        return n.isMissingNode() || n.isNull() ? def : ConfigSource.parseDuration(n.asText(), "feed list " + file + " " + where);
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
