package org.newsalert.ingest.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns feed bytes that were already downloaded into a {@link ParsedFeed}. The XML is parsed by
 * the JDK's own parser configured here to refuse DOCTYPEs and never resolve an entity or fetch a
 * URL; only the resulting DOM is handed to Rome, which maps RSS 0.9x/1.0/2.0 and Atom onto one
 * model. In {@link #lenient()} mode a body that is not well-formed gets one repaired second attempt
 * (see {@code XmlRepair}) and the result says so. Instances are immutable and thread-safe.
 */
public final class FeedParser {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html[\\s>])");

    /** The message of Rome's IllegalArgumentException when no parser accepts the document. */
    private static final String ROME_NO_PARSER = "Invalid document";
    private static final Set<String> UNUSED_RSS_CHANNEL_ELEMENTS = Set.of("cloud", "skipDays", "skipHours");

    private final boolean repair;

    private FeedParser(boolean repair) {
        this.repair = repair;
    }

    /** Rejects anything that is not well-formed XML in a known charset. */
    public static FeedParser strict() {
        return new FeedParser(false);
    }

    /** Like {@link #strict()}, plus one repaired attempt for common real-world breakage. */
    public static FeedParser lenient() {
        return new FeedParser(true);
    }

    /**
     * @param body        the response body, as bytes
     * @param contentType the HTTP {@code Content-Type} header, or null; only its charset is used
     * @param feedUrl     where the body came from: names the feed in errors, resolves relative links
     * @throws FeedParseException when the body is not a feed, saying why
     */
    public ParsedFeed parse(byte[] body, String contentType, String feedUrl) throws FeedParseException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(feedUrl, "feedUrl");
        if (body.length == 0) {
            throw new FeedParseException(feedUrl, "empty body");
        }
        XmlCharset.Detected detected;
        try {
            detected = XmlCharset.detect(body, contentType);
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(feedUrl, e.getMessage());
        }
        boolean repaired = false;
        Charset charset = detected.charset();
        String text;
        try {
            text = decode(body, detected.bomLength(), charset, CodingErrorAction.REPORT);
        } catch (MalformedBytesException e) {
            String reason = "bytes at offset " + e.offset + " are not valid " + charset.name()
                    + " (charset from " + describe(detected.source()) + ")";
            if (!repair) {
                throw new FeedParseException(feedUrl, reason);
            }
            // Undeclared and not UTF-8: overwhelmingly windows-1252 in practice; otherwise keep the
            // declared charset and mark the bad bytes with U+FFFD.
            if (detected.source() == XmlCharset.Source.DEFAULT) {
                charset = Charset.forName("windows-1252");
            }
            text = decodeReplacing(body, detected.bomLength(), charset);
            repaired = true;
        }
        if (text.isBlank()) {
            throw new FeedParseException(feedUrl, "empty document (only whitespace)");
        }
        if (HTML_START.matcher(text.stripLeading()).find()) {
            throw new FeedParseException(feedUrl, "not a feed: an HTML page");
        }
        Document dom;
        try {
            dom = parseXml(text);
        } catch (SAXException strictFailure) {
            String reason = describe(strictFailure);
            String fixed = repair ? XmlRepair.repair(text) : null;
            if (fixed == null) {
                throw new FeedParseException(feedUrl, reason, strictFailure);
            }
            try {
                dom = parseXml(fixed);
                repaired = true;
            } catch (SAXException stillBroken) {
                throw new FeedParseException(feedUrl, reason, strictFailure);
            }
        }
        return toParsedFeed(dom, feedUrl, charset, repaired);
    }

    // ---- XML

    private static Document parseXml(String text) throws SAXException {
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(FAIL_ON_FATAL);
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser does not support a required security feature", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
    }

    /** A fresh factory per parse: JAXP factories are not thread-safe. */
    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        // The JDK's built-in implementation, whatever else (e.g. an old Xerces) is on the classpath.
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature(DISALLOW_DOCTYPE, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /** Silent (the JDK default prints to stderr) and strict: only fatal errors matter, and they throw. */
    private static final ErrorHandler FAIL_ON_FATAL = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {}

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static String describe(SAXException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains(DISALLOW_DOCTYPE)) {
            return "DOCTYPE declarations are refused (XXE/entity-bomb protection)";
        }
        if (e instanceof SAXParseException p) {
            return "not well-formed XML at line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ": " + msg;
        }
        return msg;
    }

    // ---- Charset

    private static final class MalformedBytesException extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        MalformedBytesException(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private static String decode(byte[] body, int skip, Charset cs, CodingErrorAction onError)
            throws MalformedBytesException {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        ByteBuffer in = ByteBuffer.wrap(body, skip, body.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((body.length - skip) * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new MalformedBytesException(in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static String decodeReplacing(byte[] body, int skip, Charset cs) {
        try {
            return decode(body, skip, cs, CodingErrorAction.REPLACE);
        } catch (MalformedBytesException e) {
            throw new AssertionError("REPLACE never reports", e);
        }
    }

    private static String describe(XmlCharset.Source source) {
        return switch (source) {
            case BOM -> "the byte order mark";
            case HTTP_HEADER -> "the Content-Type header";
            case XML_PROLOG -> "the XML declaration";
            case DEFAULT -> "the default, nothing declared one";
        };
    }

    // ---- Rome -> our records

    private static ParsedFeed toParsedFeed(Document dom, String feedUrl, Charset charset, boolean repaired)
            throws FeedParseException {
        Element root = dom.getDocumentElement();
        boolean rss = "rss".equals(root.getLocalName());
        if (rss) {
            normaliseRss(dom, root);
        }
        SyndFeed feed;
        try {
            feed = rome(dom, feedUrl);
        } catch (NoRomeParser e) {
            if (!rss) {
                String ns = root.getNamespaceURI();
                throw new FeedParseException(feedUrl, "not a feed: root element <" + root.getTagName() + ">"
                        + (ns == null ? "" : " in namespace " + ns) + " is not RSS, RDF or Atom");
            }
            // Rome picks its RSS parser by the version attribute and knows 0.91-0.94 and 2.0 only;
            // every later or missing version is in practice RSS 2.0.
            root.setAttribute("version", "2.0");
            try {
                feed = rome(dom, feedUrl);
            } catch (NoRomeParser stillNone) {
                throw new FeedParseException(feedUrl, "not a feed: Rome has no parser for this <rss>");
            }
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(toItem(entry, feed.getFeedType(), feedUrl));
        }
        String title = blankToNull(feed.getTitle());
        if (title == null && feed.getModule(DCModule.URI) instanceof DCModule dc) {
            title = blankToNull(dc.getTitle());
        }
        return new ParsedFeed(title, resolve(feedUrl, feed.getLink()),
                feed.getFeedType(), charset.name(), repaired, items);
    }

    /** Rome found no parser for the document's root element. */
    private static final class NoRomeParser extends Exception {
        private static final long serialVersionUID = 1L;

        NoRomeParser() {
            super(null, null, false, false);
        }
    }

    private static SyndFeed rome(Document dom, String feedUrl) throws FeedParseException, NoRomeParser {
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        try {
            return input.build(dom);
        } catch (IllegalArgumentException e) {
            if (ROME_NO_PARSER.equals(e.getMessage())) {
                throw new NoRomeParser();
            }
            throw new FeedParseException(feedUrl, "Rome could not map the feed: " + e, e);
        } catch (FeedException e) {
            // Rome wraps its own runtime failures as "Invalid XML"; the XML was fine, so name the cause.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new FeedParseException(feedUrl, "Rome could not map the feed: " + cause, e);
        } catch (RuntimeException e) {
            // A value Rome cannot convert (a port, an hour, base64) is bad feed data, not our bug.
            throw new FeedParseException(feedUrl, "Rome could not map the feed: " + e, e);
        }
    }

    /**
     * Rome dereferences {@code <channel>} unconditionally, and throws on malformed values in
     * channel elements we never read; an empty {@code <rss>} is an empty feed, and those elements go.
     */
    private static void normaliseRss(Document dom, Element root) {
        if (!hasChild(root, "channel")) {
            root.appendChild(dom.createElementNS(root.getNamespaceURI(), "channel"));
        }
        for (var n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element channel && "channel".equals(channel.getLocalName())) {
                for (var c = channel.getFirstChild(); c != null; ) {
                    var next = c.getNextSibling();
                    if (c instanceof Element e && UNUSED_RSS_CHANNEL_ELEMENTS.contains(e.getLocalName())) {
                        channel.removeChild(c);
                    }
                    c = next;
                }
            }
        }
    }

    private static boolean hasChild(Element parent, String localName) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && localName.equals(child.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static FeedItem toItem(SyndEntry e, String feedType, String feedUrl) {
        Set<String> categories = new LinkedHashSet<>();
        for (SyndCategory c : e.getCategories()) {
            addName(categories, c.getName());
        }
        // RSS 1.0 has no <category>; its items use dc:subject, which Rome keeps only in the DC module.
        if (e.getModule(DCModule.URI) instanceof DCModule dc) {
            for (DCSubject subject : dc.getSubjects()) {
                addName(categories, subject.getValue());
            }
        }
        SyndContent content = e.getContents().isEmpty() ? null : e.getContents().get(0);
        return new FeedItem(
                guid(e, feedType),
                resolve(feedUrl, e.getLink()),
                blankToNull(e.getTitle()),
                blankToNull(e.getAuthor()),
                instant(e.getPublishedDate()),
                instant(e.getUpdatedDate()),
                html(e.getDescription()),
                html(content),
                List.copyOf(categories));
    }

    private static void addName(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
    }

    /** The identifier the publisher gave; never Rome's fallback of the item link. */
    private static String guid(SyndEntry e, String feedType) {
        Object wire = e.getWireEntry();
        if (wire instanceof Item item) {
            if (item.getGuid() != null) {
                return blankToNull(item.getGuid().getValue());
            }
            return feedType.startsWith("rss_1.0") ? blankToNull(item.getUri()) : null;
        }
        if (wire instanceof Entry entry) {
            return blankToNull(entry.getId());
        }
        return blankToNull(e.getUri());
    }

    private static String html(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return null;
        }
        return "text".equals(c.getType()) ? escapeHtml(c.getValue()) : c.getValue();
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Relative links resolve against the feed URL; anything unparseable is kept as given. */
    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        try {
            return new URI(base).resolve(new URI(l)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return l;
        }
    }

    static {
        // Fail at class load, not on the first feed, if the JDK parser lacks a hardening feature.
        try {
            hardenedFactory();
        } catch (ParserConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
