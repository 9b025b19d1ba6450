package org.newsalert.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

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
}
