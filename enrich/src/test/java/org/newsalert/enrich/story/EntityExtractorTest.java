package org.newsalert.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    @Test
    void shouldExtractNamesPlacesAgesAndStreetNumbers() {
        assertThat(EntityExtractor.extract("Man killed at Hawthorne party",
                "However, police said Bernard Gillis, 20, was shot in the 13500 block of Cerise Avenue at 1:15"
                        + " a.m. on Jan. 1. A man was killed at the party."))
                .containsExactly("e:avenue", "e:bernard", "e:bernard gillis", "e:cerise", "e:cerise avenue",
                        "e:gillis", "e:hawthorne", "n:13500", "n:age20", "n:djan1", "n:t1:15");
    }

    @Test
    void shouldIgnoreYearsAndTitleCaseCommonWords() {
        assertThat(EntityExtractor.extract("Police Say Man Was Shot In 2015 Dispute",
                "A man was shot in a dispute, police say. The shooting happened in 2015."))
                .isEmpty();
    }

    @Test
    void shouldStripThePublisherFromTheHeadline() {
        assertThat(ArticleProfile.headline("Five people shot in apartment complex - WMC Action News 5 - Memphis"))
                .isEqualTo("Five people shot in apartment complex");
        assertThat(ArticleProfile.headline("Washington school shooting: Gunman targeted his cousins"))
                .isEqualTo("Washington school shooting: Gunman targeted his cousins");
    }

    @Test
    void numberPatternsMatchExactlyWhatTheyMatchedWithoutTheirFirstCharacterLookahead() {
        // The patterns as they were before the lookaheads were added.
        Pattern[][] pairs = {
            {EntityExtractor.AGE, Pattern.compile("\\b(\\d{1,3})-year-old\\b|\\b[A-Z][a-z]+,\\s(\\d{1,2}),")},
            {EntityExtractor.NUMBER, Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d{3,}\\b")},
            {EntityExtractor.CLOCK, Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b")},
            {EntityExtractor.MONTH_DAY, Pattern.compile(
                    "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})\\b")},
        };
        String[] texts = {
            "Bernard Gillis, 20, was shot in the 13500 block at 1:15 a.m. on Jan. 1; a 7-year-old and a 104-year-old.",
            "Sales of 1,234,567 and 12,34 and 1234,567 and _123 and a123 and 123a and 10:30pm and 7:5 and 123:45:67.",
            "Sept. 11, September 30, Mayor May 4, MAY 5, Octopus 12, Dec.25 and Decimal 3, Smith,  44, Jones, 5,",
            "Unicode: caf\u00e9 123, e\u0301 456, \u0661\u0662\u0663 789, \u00c9mile, 33, fullwidth \uff11\uff12\uff13.",
            "", "1", "12", "123", "Jan 1", "A, 1,", "999-year-old", "1000-year-old", "5-year-olds",
        };
        java.util.Random r = new java.util.Random(1);
        String alphabet = "0123456789,: .-JanFebMaySepOctDecAZaz_e\u0301\u00e9year-old\n";
        List<String> all = new ArrayList<>(List.of(texts));
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(40); n > 0; n--) {
                b.append(r.nextInt(4) == 0 ? texts[r.nextInt(3)].substring(0, 12) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            all.add(b.toString());
        }
        for (String t : all) {
            for (Pattern[] p : pairs) {
                assertThat(matches(p[0], t)).as("%s on %s", p[0], t).isEqualTo(matches(p[1], t));
            }
        }
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                b.append('|').append(m.group(g));
            }
            out.add(b.toString());
        }
        return out;
    }
}
