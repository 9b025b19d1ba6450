package org.newsalert.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsalert.events.Tag;

/**
 * Assigns topics from a keyword lexicon ({@code topics.csv}). One keyword is not enough: a topic
 * needs {@value #MIN_DISTINCT} different keywords and a weight of {@value #MIN_WEIGHT}, where a
 * keyword in the title weighs {@value #TITLE_WEIGHT}, so a passing "war" or "budget" tags nothing.
 */
final class TopicLexicon {
    static final int MIN_DISTINCT = 2;
    static final int MIN_WEIGHT = 3;
    static final int TITLE_WEIGHT = 2;

    private record Term(Tag topic, String term) {}

    private final PhraseMatcher<Term> matcher;

    private TopicLexicon(PhraseMatcher<Term> matcher) {
        this.matcher = matcher;
    }

    static TopicLexicon loadDefault() {
        PhraseMatcher.Builder<Term> b = PhraseMatcher.builder(false);
        for (Map<String, String> r : Resources.csv("topics.csv")) {
            Tag topic = new Tag(Tag.Type.TOPIC, r.get("topic"), r.get("label"));
            Resources.forms(r.get("terms")).forEach(t -> b.add(t, new Term(topic, t)));
        }
        return new TopicLexicon(b.build());
    }

    /** Topics of a text whose first {@code titleEnd} characters are the title. */
    List<Tag> topics(String text, List<Text.Token> tokens, int titleEnd) {
        Map<Tag, Integer> weight = new LinkedHashMap<>();
        Map<Tag, Set<String>> distinct = new HashMap<>();
        for (PhraseMatcher.Match<Term> m : matcher.find(text, tokens)) {
            weight.merge(m.value().topic(), m.start() < titleEnd ? TITLE_WEIGHT : 1, Integer::sum);
            distinct.computeIfAbsent(m.value().topic(), k -> new HashSet<>()).add(m.value().term());
        }
        List<Tag> out = new ArrayList<>();
        weight.forEach((topic, w) -> {
            if (w >= MIN_WEIGHT && distinct.get(topic).size() >= MIN_DISTINCT) {
                out.add(topic);
            }
        });
        return out;
    }

}
