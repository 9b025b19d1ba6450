package org.newsalert.enrich.tag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the matchers: typographic clean-up, accent folding and word tokens. */
final class Text {
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’]*(?:-[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’]*)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {}

    /** A word of the text with its position; {@code norm} is folded, lower-case, without a possessive 's. */
    record Token(String raw, String norm, int start, int end) {
        boolean capitalised() {
            return Character.isUpperCase(raw.codePointAt(0));
        }

        boolean allCaps() {
            return raw.codePoints().filter(Character::isLetter).count() >= 2
                    && raw.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
    }

    /** Straight quotes and apostrophes, plain spaces and dashes, so patterns need one form of each. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ');
    }

    /** Lower-case without accents: {@code Luján} becomes {@code lujan}. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String raw = m.group();
            out.add(new Token(raw, norm(raw), m.start(), m.end()));
        }
        return out;
    }

    static String norm(String raw) {
        String n = fold(raw).replace('’', '\'');
        if (n.endsWith("'s")) {
            n = n.substring(0, n.length() - 2);
        } else if (n.endsWith("'")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    /** The non-space characters between two tokens, e.g. "." in "U.S." or "," in "Health, Education". */
    static String gap(String text, Token a, Token b) {
        StringBuilder out = new StringBuilder(b.start() - a.end());
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
