package org.newsalert.enrich.novelty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits news text into sentences. Lines are paragraphs; inside a line a sentence ends at
 * {@code . ! ?} (plus closing quotes) before a capital, unless the word before the period is a
 * title, a month or state abbreviation, or an initialism such as {@code U.S.} or {@code H.R.}.
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?][\"”’')\\]]*\\s+(?=[\"“‘(\\[]?[A-Z0-9])");
    private static final Pattern INITIALISM = Pattern.compile("(?:[A-Za-z]\\.)+[A-Za-z]?");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "rep", "reps", "sen", "sens", "mr", "mrs", "ms", "dr", "st", "gov", "lt", "gen", "col", "sgt", "jr",
            "sr", "inc", "co", "corp", "vs", "no", "nos", "pres", "sec", "dept", "rev", "hon", "atty", "del", "res",
            "comm", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark",
            "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich",
            "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "va", "vt", "wash", "wis",
            "wisc", "wyo", "approx", "est", "ft", "mt", "u.s", "h.r", "s", "h.res", "con", "j");

    private Sentences() {}

    /** The sentences of {@code text} in order, trimmed, without empty ones. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String para = line.strip();
            if (para.isEmpty()) {
                continue;
            }
            int start = 0;
            Matcher m = END.matcher(para);
            while (m.find()) {
                if (m.start() > 0 && para.charAt(m.start()) == '.' && isAbbreviation(para, m.start())) {
                    continue;
                }
                add(out, para.substring(start, m.end()));
                start = m.end();
            }
            add(out, para.substring(start));
        }
        return out;
    }

    private static boolean isAbbreviation(String para, int dot) {
        int i = dot;
        while (i > 0 && !Character.isWhitespace(para.charAt(i - 1)) && para.charAt(i - 1) != '(') {
            i--;
        }
        String word = para.substring(i, dot);
        int dash = word.lastIndexOf('-');
        if (dash >= 0) {
            word = word.substring(dash + 1);
        }
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (INITIALISM.matcher(word).matches() && word.contains(".")) {
            return true;
        }
        // Titles and state abbreviations are capitalised; "ill." or "co." in lower case end sentences.
        return Character.isUpperCase(word.charAt(0)) && ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
