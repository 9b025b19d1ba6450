package org.newsalert.notify.subscription;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Tag;

/**
 * What a query is evaluated against: the bills, tags and words of one development or article,
 * lower-cased and split into words once, so that many subscriptions can be checked cheaply.
 */
public final class MatchTarget {
    private final Set<String> bills;
    private final List<Tag> tags;
    private final List<List<String>> tagLabelWords;
    private final List<String> titleWords;
    private final List<String> storyTitleWords;
    private final List<List<String>> sentenceWords;

    private MatchTarget(List<String> bills, List<Tag> tags, String title, List<String> sentences, String storyTitle,
            boolean billsFromTags) {
        Set<String> b = new LinkedHashSet<>();
        bills.forEach(x -> b.add(x.toLowerCase(Locale.ROOT)));
        if (billsFromTags) {
            tags.stream().filter(t -> t.type() == Tag.Type.BILL).forEach(t -> b.add(t.id().toLowerCase(Locale.ROOT)));
        }
        this.bills = Set.copyOf(b);
        this.tags = List.copyOf(tags);
        List<List<String>> labels = new ArrayList<>();
        for (Tag t : tags) {
            labels.add(List.copyOf(Words.of(t.label())));
        }
        this.tagLabelWords = List.copyOf(labels);
        this.titleWords = List.copyOf(Words.of(title));
        this.storyTitleWords = List.copyOf(Words.of(storyTitle));
        List<List<String>> sw = new ArrayList<>();
        for (String s : sentences) {
            sw.add(List.copyOf(Words.of(s)));
        }
        this.sentenceWords = List.copyOf(sw);
    }

    public static MatchTarget of(List<String> bills, List<Tag> tags, String title, List<String> sentences, String storyTitle) {
        return of(bills, tags, title, sentences, storyTitle, true);
    }

    private static MatchTarget of(List<String> bills, List<Tag> tags, String title, List<String> sentences, String storyTitle,
            boolean billsFromTags) {
        return new MatchTarget(
                bills == null ? List.of() : bills,
                tags == null ? List.of() : tags,
                title,
                sentences == null ? List.of() : sentences,
                storyTitle,
                billsFromTags);
    }

    /**
     * A development's bills are its story's, and only those: an article of another story that names
     * the bill in passing ("separate from H.R. 4100, which the House passed") is not news about it.
     * Enrich gives the story every bill of its own that the article names.
     */
    public static MatchTarget from(DevelopmentDetected d) {
        return of(d.bills(), d.tags(), d.title(), d.sentences(), d.storyTitle(), false);
    }

    /** For mode {@code all}: an article's own title and text; its story title when the caller knows it. */
    public static MatchTarget from(ArticleEnriched a, String storyTitle) {
        List<String> text = a.text() == null ? a.newSentences() : List.of(a.text());
        return of(List.of(), a.tags(), a.title(), text, storyTitle);
    }

    boolean hasBill(String canonicalId) {
        return bills.contains(canonicalId);
    }

    List<Tag> tags() {
        return tags;
    }

    List<String> labelWords(int tagIndex) {
        return tagLabelWords.get(tagIndex);
    }

    /** Where a phrase occurs: "title", "story title", "text", or null when nowhere. */
    String whereIs(List<String> phrase) {
        if (Words.containsPhrase(titleWords, phrase)) {
            return "title";
        }
        if (Words.containsPhrase(storyTitleWords, phrase)) {
            return "story title";
        }
        for (List<String> s : sentenceWords) {
            if (Words.containsPhrase(s, phrase)) {
                return "text";
            }
        }
        return null;
    }
}
