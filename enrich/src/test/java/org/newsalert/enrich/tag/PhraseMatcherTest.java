package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static List<String> found(PhraseMatcher<String> m, String text) {
        String clean = Text.clean(text);
        return m.find(clean, Text.tokens(clean)).stream().map(PhraseMatcher.Match::value).toList();
    }

    @Test
    void oneWordPrefixesMatchAnyEndingAndOnlyThatPrefix() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(false)
                .add("militar*", "military")
                .add("tariff*", "tariff")
                .add("war", "war")
                .build();

        assertThat(found(m, "Military tariffs, a militarised war, tariff warfare and a militia"))
                .containsExactly("military", "tariff", "military", "war", "tariff");
    }

    @Test
    void theLongestPrefixWinsAndEqualOnesGoToTheFirstAdded() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(false)
                .add("immigra*", "short")
                .add("immigrati*", "long")
                .add("immig*", "shortest")
                .add("immigra*", "short again")
                .build();

        // Every prefix matches "immigration"; all are one word, so the first added wins, whatever the prefix length.
        assertThat(found(m, "immigration")).containsExactly("short");
        assertThat(found(m, "immigrant")).containsExactly("short");
        assertThat(found(m, "immigs")).containsExactly("shortest");
        assertThat(found(m, "imm")).isEmpty();
    }

    @Test
    void aLongerPhraseBeatsAPrefixOnItsFirstWord() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(false)
                .add("defen*", "defence")
                .add("defense department", "pentagon")
                .build();

        assertThat(found(m, "the defense department and defenders")).containsExactly("pentagon", "defence");
    }
}
