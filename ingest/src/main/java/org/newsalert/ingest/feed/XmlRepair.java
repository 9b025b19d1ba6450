package org.newsalert.ingest.feed;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The lenient second attempt for bodies that are almost XML. Each repair only rewrites text that
 * then goes through the same hardened parser, so none of them can make the parser fetch or expand
 * anything: HTML named entities become numeric references, a stray {@code &} becomes {@code &amp;},
 * whitespace before the XML declaration goes, and a DOCTYPE with no internal subset (so declaring no
 * entities; its external DTD is never read) is dropped. A DOCTYPE with an internal subset stays and
 * is still refused.
 */
final class XmlRepair {
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern EXTERNAL_ONLY_DOCTYPE = Pattern.compile("<!DOCTYPE\\s+[^\\[>]*>");
    private static final int MAX_ENTITY_NAME = 32;

    private XmlRepair() {}

    /** The repaired text, or null when none of the repairs applies. */
    static String repair(String text) {
        String s = stripLeadingWhitespace(text);
        s = dropExternalOnlyDoctype(s);
        s = fixAmpersands(s);
        return s.equals(text) ? null : s;
    }

    private static String stripLeadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
        return s.substring(i);
    }

    private static String dropExternalOnlyDoctype(String s) {
        int root = firstElementStart(s);
        Matcher m = EXTERNAL_ONLY_DOCTYPE.matcher(s);
        if (m.find() && (root < 0 || m.start() < root)) {
            return s.substring(0, m.start()) + s.substring(m.end());
        }
        return s;
    }

    /** Index of the first start tag, skipping the prolog's declarations, comments and PIs. */
    private static int firstElementStart(String s) {
        for (int i = s.indexOf('<'); i >= 0 && i + 1 < s.length(); i = s.indexOf('<', i + 1)) {
            char c = s.charAt(i + 1);
            if (c != '!' && c != '?') {
                return i;
            }
        }
        return -1;
    }

    private static String fixAmpersands(String s) {
        StringBuilder out = new StringBuilder(s.length() + 64);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                int end = verbatimEnd(s, i);
                if (end > i) {
                    out.append(s, i, end);
                    i = end;
                    continue;
                }
            }
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int semi = s.indexOf(';', i + 1);
            String name = semi > i + 1 && semi - i - 1 <= MAX_ENTITY_NAME ? s.substring(i + 1, semi) : null;
            if (name != null && (XML_ENTITIES.contains(name) || isCharRef(name))) {
                out.append(s, i, semi + 1);
                i = semi + 1;
            } else if (name != null && Entities.isNamedEntity(name)) {
                Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                i = semi + 1;
            } else {
                out.append("&amp;");
                i++;
            }
        }
        return out.toString();
    }

    /** End of a CDATA section, comment or PI starting at {@code i} (copied untouched), or {@code i}. */
    private static int verbatimEnd(String s, int i) {
        String close = s.startsWith("<![CDATA[", i) ? "]]>" : s.startsWith("<!--", i) ? "-->" : s.startsWith("<?", i) ? "?>" : null;
        if (close == null) {
            return i;
        }
        int end = s.indexOf(close, i + 2);
        return end < 0 ? s.length() : end + close.length();
    }

    private static boolean isCharRef(String name) {
        return name.matches("#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}");
    }
}
