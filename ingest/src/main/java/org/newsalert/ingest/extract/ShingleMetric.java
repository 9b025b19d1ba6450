package org.newsalert.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's score for one page: token 4-gram shingles of the predicted and
 * true text compared as multisets, with the counts normalised so every page weighs the same. Tokens
 * are Python's {@code \w+} (Unicode letters, digits, underscore), case-sensitive.
 *
 * @param tp shingles in both, as a share of all shingles counted
 * @param fp predicted shingles not in the truth, same scale
 * @param fn true shingles not predicted, same scale
 */
public record ShingleMetric(double tp, double fp, double fn) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    public static ShingleMetric score(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleMetric(0, 0, 0) : new ShingleMetric(tp / sum, fp / sum, fn / sum);
    }

    /** Null when nothing was predicted: such pages are left out of the corpus precision. */
    public Double precision() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        return tp + fp > 0 ? tp / (tp + fp) : null;
    }

    /** Null only when the truth itself is empty. */
    public Double recall() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        return tp + fn > 0 ? tp / (tp + fn) : null;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        // A text shorter than N tokens still gives one (short) shingle, as upstream does.
        int windows = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < windows; i++) {
            String key = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }
}
