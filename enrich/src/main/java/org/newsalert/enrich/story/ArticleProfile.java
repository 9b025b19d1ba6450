package org.newsalert.enrich.story;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parts of an article the clusterer compares, before weighting: term counts of the title and
 * of title-plus-body (title counted twice), entity keys, bill ids, the acts named as bills (index
 * keys only) and the near-copy signature.
 */
record ArticleProfile(
        String id,
        java.time.Instant published,
        String title,
        Map<String, Integer> titleTerms,
        Map<String, Integer> allTerms,
        Set<String> names,
        Set<String> numbers,
        Set<String> bills,
        Set<String> acts,
        long[] signature) {

    private static final java.util.regex.Pattern TITLE_PARTS = java.util.regex.Pattern.compile("\\s+[-|\u2013\u2014:]+\\s+");

    static ArticleProfile of(ArticleInput in, int bodyChars) {
        String body = in.text().length() > bodyChars ? in.text().substring(0, bodyChars) : in.text();
        String headline = headline(in.title());
        Map<String, Integer> title = counts(Tokenizer.terms(headline));
        Map<String, Integer> all = new TreeMap<>();
        title.forEach((t, c) -> all.merge(t, 2 * c, Integer::sum));
        counts(Tokenizer.terms(body)).forEach((t, c) -> all.merge(t, c, Integer::sum));
        Set<String> names = new TreeSet<>();
        Set<String> numbers = new TreeSet<>();
        for (String e : EntityExtractor.extract(headline, body)) {
            (e.startsWith("n:") ? numbers : names).add(e);
        }
        for (String tag : in.entities()) {
            names.add("t:" + tag.toLowerCase(java.util.Locale.ROOT));
        }
        Set<String> bills = new TreeSet<>();
        for (String b : in.bills()) {
            bills.add(billKey(b));
        }
        Set<String> acts = new TreeSet<>();
        for (String a : in.acts()) {
            acts.add(actKey(a));
        }
        List<String> words = Tokenizer.words(headline + "\n" + body);
        return new ArticleProfile(in.id(), in.published(), in.title(), title, all, names, numbers, bills, acts,
                MinHash.signature(words));
    }

    /**
     * The headline without the site name and section that many publishers append
     * ("... - WSMV Channel 4"): the longest part between separators. Left in, such names would make
     * every story of one publisher look alike.
     */
    static String headline(String title) {
        String best = "";
        for (String part : TITLE_PARTS.split(title)) {
            if (part.length() > best.length()) {
                best = part;
            }
        }
        return best.strip();
    }

    private static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> out = new TreeMap<>();
        for (String t : terms) {
            out.merge(t, 1, Integer::sum);
        }
        return out;
    }

    /** The key a bill id has among an article's or a story's bills ({@code b:hr6508-119}). */
    static String billKey(String billId) {
        return "b:" + billId.toLowerCase(java.util.Locale.ROOT);
    }

    /** The index key of an act named as a bill ({@code a:119:nato act}). */
    static String actKey(String act) {
        return "a:" + act.toLowerCase(java.util.Locale.ROOT);
    }
}
