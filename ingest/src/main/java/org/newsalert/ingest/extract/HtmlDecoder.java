package org.newsalert.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML response into text. The charset comes from a byte-order mark, then the
 * Content-Type header, then a {@code <meta>} declaration near the top of the page, then UTF-8;
 * malformed bytes become U+FFFD rather than an exception, because a page with one bad byte is still
 * worth reading.
 */
public final class HtmlDecoder {
    /** Browsers only look this far for a meta charset; so do we. */
    private static final int META_SCAN_BYTES = 8192;

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([^\"';,\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {}

    /** Decodes {@code body}; {@code contentType} is the raw header value and may be null. */
    public static String decode(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return "";
        }
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return decodeLenient(body, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return decodeLenient(body, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return decodeLenient(body, 2, StandardCharsets.UTF_16LE);
        }
        return decodeLenient(body, 0, detect(body, contentType));
    }

    /** The charset {@link #decode} would use for a body without a byte-order mark. */
    public static Charset detect(byte[] body, String contentType) {
        Charset fromHeader = contentType == null ? null : find(HEADER_CHARSET, contentType);
        if (fromHeader != null) {
            return fromHeader;
        }
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset fromMeta = find(META_CHARSET, head);
        return fromMeta != null ? fromMeta : StandardCharsets.UTF_8;
    }

    private static Charset find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Charset charset = charsetFor(m.group(1));
            if (charset != null) {
                return charset;
            }
        }
        return null;
    }

    private static Charset charsetFor(String label) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        // As in the WHATWG encoding standard: these labels mean windows-1252 on the web, and a page
        // "declared" UTF-16 in a meta tag we could read as ASCII is not UTF-16.
        switch (name) {
            case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "iso8859-1", "cp1252" -> name = "windows-1252";
            case "utf-16", "utf-16le", "utf-16be", "utf8" -> name = "utf-8";
            default -> { }
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decodeLenient(byte[] body, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // Cannot happen with REPLACE, but a decoder is third-party code: fall back rather than fail.
            return new String(body, offset, body.length - offset, StandardCharsets.UTF_8);
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
