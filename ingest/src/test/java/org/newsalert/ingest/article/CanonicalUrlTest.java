package org.newsalert.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.Newsmax.com/politics/massie-nato/2025/12/10/id/1238?utm_source=rss&utm_medium=feed#comments,"
                + "https://www.newsmax.com/politics/massie-nato/2025/12/10/id/1238",
        "HTTP://Example.org:80/a?id=7&fbclid=XYZ&page=2, http://example.org/a?id=7&page=2",
        "https://example.org:443, https://example.org/",
        "https://example.org:8443/x?gclid=1, https://example.org:8443/x",
        "https://example.org/story?ref_src=twsrc%5Etfw&mc_cid=abc&mc_eid=def, https://example.org/story",
        "https://example.org./path/, https://example.org/path/",
    })
    void shouldStripTrackingFragmentAndDefaultPort(String in, String expected) {
        assertThat(CanonicalUrl.of(in)).isEqualTo(expected);
    }

    @Test
    void shouldKeepParametersThatRouteTheArticleInTheirOrder() {
        assertThat(CanonicalUrl.of("https://example.org/view.php?story=12&lang=en"))
                .isEqualTo("https://example.org/view.php?story=12&lang=en");
    }

    @Test
    void shouldLeaveNonHttpIdentifiersAsTheyAre() {
        assertThat(CanonicalUrl.of(" urn:uuid:1234 ")).isEqualTo("urn:uuid:1234");
        assertThat(CanonicalUrl.of("tag:example.org,2025:42")).isEqualTo("tag:example.org,2025:42");
    }

    @Test
    void shouldGiveTheSameIdToTheSamePageReachedThroughTwoCampaigns() {
        String a = CanonicalUrl.articleId(CanonicalUrl.of("https://ex.org/a?utm_campaign=x"));
        String b = CanonicalUrl.articleId(CanonicalUrl.of("https://EX.org/a#top"));
        assertThat(a).isEqualTo(b).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(CanonicalUrl.articleId("https://ex.org/b")).isNotEqualTo(a);
    }
}
