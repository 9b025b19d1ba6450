package org.newsalert.enrich.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into lower-case word tokens; the content-term view drops stop-words and short tokens. */
final class Tokenizer {
    private Tokenizer() {}

    static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
            "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
            "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
            "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some",
            "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
            "you", "your", "yours", "said", "says", "say", "one", "two", "new", "according", "told", "like",
            "get", "got", "may", "might", "must", "us", "many", "much", "since", "around", "year", "years",
            "news", "last", "first", "mr", "mrs", "ms", "it's", "he's", "she's", "don't", "can't", "won't",
            "didn't", "there's", "that's", "s", "t");

    /** All word and number tokens, lower-cased, possessives stripped, in text order. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Content terms: no stop-words, no one-letter tokens, hyphen-free. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (w.length() < 2 || STOP_WORDS.contains(w)) {
                continue;
            }
            out.add(w);
        }
        return out;
    }
}
