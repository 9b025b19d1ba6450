package org.newsalert.enrich.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names, places, numbers and dates that tell look-alike stories apart, with plain
 * heuristics: runs of capitalised words (kept only where the words never occur in lower case in the
 * same article, which drops title-case headlines and sentence starts), plus every word of such a
 * run so that a later "Gillis" matches an earlier "Bernard Gillis"; ages, street numbers, clock
 * times and month-day dates. Keys are prefixed {@code e:} (names) and {@code n:} (numbers).
 */
final class EntityExtractor {
    private EntityExtractor() {}

    private static final Set<String> GENERIC = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "sgt", "lt", "officer", "det", "capt",
            "chief", "gov", "sen", "rep", "st", "jr", "sr", "am", "pm", "a.m", "p.m", "ap", "copyright",
            "click", "read", "email", "share", "facebook", "twitter", "video", "photo", "updated",
            "posted", "related", "advertisement", "story", "police", "sheriff");

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{Nd}'\u2019.-]*");
    /*
     * Each number pattern opens with a lookahead for the first character every match must start
     * with: the search tries each position of the text, and that one-character test fails far
     * sooner than the word-boundary test behind it ({@code \b} classifies the characters on both
     * sides). It only restates what the rest requires, so the matches are the same.
     */
    static final Pattern AGE = Pattern.compile("(?=[0-9A-Z])(?:\\b(\\d{1,3})-year-old\\b|\\b[A-Z][a-z]+,\\s(\\d{1,2}),)");
    static final Pattern NUMBER = Pattern.compile("(?=\\d)(?:\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d{3,}\\b)");
    static final Pattern CLOCK = Pattern.compile("(?=\\d)\\b(\\d{1,2}):(\\d{2})\\b");
    static final Pattern MONTH_DAY = Pattern.compile(
            "(?=[JFMASOND])\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})\\b");

    /** The entity keys of one article, sorted. */
    static Set<String> extract(String title, String text) {
        Set<String> out = new TreeSet<>();
        String all = title + "\n" + text;
        Set<String> seenLower = lowerCaseOccurrences(all);
        Set<String> seenInside = capitalisedInsideSentences(text);
        names(title, seenLower, null, out);
        names(text, seenLower, seenInside, out);
        numbers(all, out);
        return out;
    }

    private static Set<String> lowerCaseOccurrences(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (Character.isLowerCase(w.charAt(0))) {
                out.add(normal(w));
            }
        }
        return out;
    }

    /** Capitalised words seen somewhere other than at the start of a sentence. */
    private static Set<String> capitalisedInsideSentences(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String raw = m.group();
            if (Character.isUpperCase(raw.charAt(0)) && !sentenceStart(text, m.start())) {
                out.add(normal(raw));
            }
        }
        return out;
    }

    private static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201c') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs of capitalised words; with {@code seenInside} given (body text), a word that opens a
     * sentence counts only if it is also capitalised elsewhere, which drops "However" and "Another".
     */
    private static void names(String text, Set<String> seenLower, Set<String> seenInside, Set<String> out) {
        Matcher m = WORD.matcher(text);
        List<String> run = new ArrayList<>();
        int lastEnd = -1;
        while (m.find()) {
            String raw = m.group();
            boolean adjacent = lastEnd >= 0 && onlySpaces(text, lastEnd, m.start());
            if (!adjacent) {
                flush(run, out);
            }
            lastEnd = m.end();
            String w = normal(raw);
            boolean capital = Character.isUpperCase(raw.charAt(0));
            if (!capital || w.length() < 2 || Tokenizer.STOP_WORDS.contains(w) || GENERIC.contains(w)
                    || seenLower.contains(w)
                    || (seenInside != null && run.isEmpty() && !seenInside.contains(w) && sentenceStart(text, m.start()))) {
                flush(run, out);
                continue;
            }
            run.add(w);
            if (raw.endsWith(".") || raw.endsWith("'s") || raw.endsWith("\u2019s")) {
                flush(run, out);
            }
        }
        flush(run, out);
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<String> run, Set<String> out) {
        if (run.isEmpty()) {
            return;
        }
        if (run.size() <= 4) {
            if (run.size() > 1) {
                out.add("e:" + String.join(" ", run));
            }
            for (String w : run) {
                out.add("e:" + w);
            }
        }
        run.clear();
    }

    private static String normal(String raw) {
        String w = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        while (!w.isEmpty() && (w.endsWith(".") || w.endsWith("-") || w.endsWith("'"))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static void numbers(String text, Set<String> out) {
        Matcher m = AGE.matcher(text);
        while (m.find()) {
            out.add("n:age" + (m.group(1) != null ? m.group(1) : m.group(2)));
        }
        m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group().replace(",", "");
            if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
                continue; // a year: shared by every story of that year
            }
            out.add("n:" + digits);
        }
        m = CLOCK.matcher(text);
        while (m.find()) {
            out.add("n:t" + Integer.parseInt(m.group(1)) + ":" + m.group(2));
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            out.add("n:d" + m.group(1).toLowerCase(Locale.ROOT) + Integer.parseInt(m.group(2)));
        }
    }
}
