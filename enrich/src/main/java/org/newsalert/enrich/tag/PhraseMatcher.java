package org.newsalert.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in tokenised text, longest match first, left to right. Each phrase keeps
 * its own punctuation between words ("U.N." never matches "UN") and its capitalisation: an all-caps
 * word must be all caps in the text ("NATO", not "nato") and a capitalised word capitalised, unless
 * the matcher is case-insensitive. A trailing {@code *} on the last word matches any ending.
 */
final class PhraseMatcher<T> {
    record Match<T>(T value, int firstToken, int lastToken, int start, int end) {}

    private enum Case { ANY, CAPITALISED, ALL_CAPS }

    private record Entry<T>(List<String> norms, List<String> gaps, List<Case> cases, boolean prefixLast, T value, int order) {}

    private final Map<String, List<Entry<T>>> byFirst;
    /** One-word prefix phrases ("militar*") by their prefix, looked up with each length in {@link #prefixLengths}. */
    private final Map<String, List<Entry<T>>> byPrefix;
    private final int[] prefixLengths;

    private PhraseMatcher(Map<String, List<Entry<T>>> byFirst, Map<String, List<Entry<T>>> byPrefix, int[] prefixLengths) {
        this.byFirst = byFirst;
        this.byPrefix = byPrefix;
        this.prefixLengths = prefixLengths;
    }

    static <T> Builder<T> builder(boolean caseSensitive) {
        return new Builder<>(caseSensitive);
    }

    static final class Builder<T> {
        private final boolean caseSensitive;
        private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
        private final List<Entry<T>> prefixFirst = new ArrayList<>();
        private int order;

        private Builder(boolean caseSensitive) {
            this.caseSensitive = caseSensitive;
        }

        Builder<T> add(String phrase, T value) {
            String p = Text.clean(phrase).strip();
            boolean prefix = p.endsWith("*");
            if (prefix) {
                p = p.substring(0, p.length() - 1);
            }
            List<Text.Token> tokens = Text.tokens(p);
            if (tokens.isEmpty()) {
                return this;
            }
            List<String> norms = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Text.Token t = tokens.get(i);
                norms.add(t.norm());
                if (i > 0) {
                    gaps.add(Text.gap(p, tokens.get(i - 1), t));
                }
                cases.add(!caseSensitive ? Case.ANY : t.allCaps() ? Case.ALL_CAPS : t.capitalised() ? Case.CAPITALISED : Case.ANY);
            }
            Entry<T> e = new Entry<>(List.copyOf(norms), List.copyOf(gaps), List.copyOf(cases), prefix, value, order++);
            if (prefix && tokens.size() == 1) {
                prefixFirst.add(e);
            } else {
                byFirst.computeIfAbsent(norms.get(0), k -> new ArrayList<>()).add(e);
            }
            return this;
        }

        PhraseMatcher<T> build() {
            Map<String, List<Entry<T>>> copy = new HashMap<>();
            byFirst.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            Map<String, List<Entry<T>>> prefixes = new HashMap<>();
            for (Entry<T> e : prefixFirst) {
                prefixes.computeIfAbsent(e.norms().get(0), k -> new ArrayList<>()).add(e);
            }
            prefixes.replaceAll((k, v) -> List.copyOf(v));
            int[] lengths = prefixes.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
            return new PhraseMatcher<>(copy, prefixes, lengths);
        }
    }

    List<Match<T>> find(String text, List<Text.Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Entry<T> best = null;
            for (Entry<T> e : byFirst.getOrDefault(tokens.get(i).norm(), List.of())) {
                best = better(best, e, text, tokens, i);
            }
            String norm = tokens.get(i).norm();
            for (int length : prefixLengths) {
                if (length > norm.length()) {
                    break;
                }
                for (Entry<T> e : byPrefix.getOrDefault(norm.substring(0, length), List.of())) {
                    best = better(best, e, text, tokens, i);
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int last = i + best.norms().size() - 1;
            out.add(new Match<>(best.value(), i, last, tokens.get(i).start(), tokens.get(last).end()));
            i = last + 1;
        }
        return out;
    }

    private Entry<T> better(Entry<T> best, Entry<T> e, String text, List<Text.Token> tokens, int i) {
        if (!matches(e, text, tokens, i)) {
            return best;
        }
        if (best == null || e.norms().size() > best.norms().size()
                || (e.norms().size() == best.norms().size() && e.order() < best.order())) {
            return e;
        }
        return best;
    }

    private static <T> boolean matches(Entry<T> e, String text, List<Text.Token> tokens, int i) {
        int n = e.norms().size();
        if (i + n > tokens.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            Text.Token t = tokens.get(i + k);
            String want = e.norms().get(k);
            boolean last = k == n - 1;
            boolean wordOk = last && e.prefixLast() ? t.norm().startsWith(want) : t.norm().equals(want);
            if (!wordOk || !caseOk(e.cases().get(k), t)) {
                return false;
            }
            if (k > 0 && !Text.gap(text, tokens.get(i + k - 1), t).equals(e.gaps().get(k - 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean caseOk(Case c, Text.Token t) {
        return switch (c) {
            case ANY -> true;
            case CAPITALISED -> t.capitalised();
            case ALL_CAPS -> t.allCaps() || (t.raw().length() == 1 && t.capitalised());
        };
    }
}
