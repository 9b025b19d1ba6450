package org.newsalert.ingest.feed;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset of an XML body the way RFC 7303 section 3 orders it: a byte order mark, then
 * the HTTP {@code charset} parameter, then the XML declaration's {@code encoding}, then UTF-8 (or
 * the UTF-16/32 family the first bytes reveal). Unlike RFC 3023 there is no US-ASCII default for
 * {@code text/xml}, which would wrongly reject the many UTF-8 feeds served that way.
 */
final class XmlCharset {
    private static final Pattern HTTP_CHARSET =
            Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)[\"']?");
    private static final Pattern PROLOG_ENCODING =
            Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");

    /** Where the charset came from; {@code DEFAULT} means nothing in the body or header named it. */
    enum Source { BOM, HTTP_HEADER, XML_PROLOG, DEFAULT }

    record Detected(Charset charset, int bomLength, Source source) {}

    private XmlCharset() {}

    /** @throws IllegalArgumentException with a readable message when the prolog names an unknown encoding */
    static Detected detect(byte[] b, String contentType) {
        Detected bom = fromBom(b);
        if (bom != null) {
            return bom;
        }
        Charset http = fromHeader(contentType);
        if (http != null) {
            return new Detected(http, 0, Source.HTTP_HEADER);
        }
        Charset family = familyFromFirstBytes(b);
        String declared = prologEncoding(b, family);
        if (declared != null) {
            Charset named = forName(declared);
            if (named == null) {
                throw new IllegalArgumentException("unsupported encoding '" + declared + "' declared in the XML prolog");
            }
            boolean wide = family != StandardCharsets.UTF_8;
            if (wide) {
                // "UTF-16" in a prolog without a BOM: the byte pattern already gave us the endianness.
                return new Detected(family, 0, Source.XML_PROLOG);
            }
            if (!isAsciiCompatible(named)) {
                // The declaration itself was readable as ASCII, so the document is not UTF-16/32.
                return new Detected(StandardCharsets.UTF_8, 0, Source.DEFAULT);
            }
            return new Detected(named, 0, Source.XML_PROLOG);
        }
        return new Detected(family, 0, Source.DEFAULT);
    }

    private static Detected fromBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3, Source.BOM);
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Detected(Charset.forName("UTF-32BE"), 4, Source.BOM);
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Detected(Charset.forName("UTF-32LE"), 4, Source.BOM);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2, Source.BOM);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2, Source.BOM);
        }
        return null;
    }

    /** The header's charset, or null when absent or unknown (an unknown label is ignored, not fatal). */
    static Charset fromHeader(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HTTP_CHARSET.matcher(contentType);
        return m.find() ? forName(m.group(1)) : null;
    }

    private static Charset familyFromFirstBytes(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(b, 0x00, 0x3C, 0x00, 0x3F)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0x3C, 0x00, 0x3F, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    private static String prologEncoding(byte[] b, Charset family) {
        int len = Math.min(b.length, 1024);
        String head = new String(b, 0, len, family == StandardCharsets.UTF_8 ? StandardCharsets.ISO_8859_1 : family);
        Matcher m = PROLOG_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset forName(String label) {
        try {
            return Charset.forName(label.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isAsciiCompatible(Charset cs) {
        byte[] probe = "<?xml".getBytes(cs);
        return probe.length == 5 && probe[0] == '<' && probe[4] == 'l';
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
