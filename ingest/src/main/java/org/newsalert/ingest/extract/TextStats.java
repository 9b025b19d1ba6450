package org.newsalert.ingest.extract;

/** Small counts over plain text that the extractor's heuristics share. */
final class TextStats {
    private TextStats() {}

    /** Whitespace-separated words. */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /**
     * Words for languages written with spaces, plus one per ideograph or kana, so that Chinese and
     * Japanese text is not measured as a handful of very long "words".
     */
    static int units(String text) {
        int ideographs = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.THAI) {
                ideographs++;
            }
        }
        return words(text) + ideographs / 2;
    }

    /**
     * True when more than one character in twenty is a replacement or control character: the bytes
     * were binary or in an encoding we could not identify, and no reader would call it text.
     */
    static boolean looksUndecodable(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
                bad++;
            }
        }
        return bad * 20 > text.length();
    }

    /** Commas, including the CJK and Arabic ones, as a cheap sign of running prose. */
    static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                count++;
            }
        }
        return count;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
    static String squash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
