package org.newsalert.notify.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Tag;
import org.newsalert.events.Tag.Type;

class QueryMatchingTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static final DevelopmentDetected VOTE = new DevelopmentDetected(
            "s1/a7",
            "s1",
            "a7",
            ArticleKind.DEVELOPMENT,
            "passed-house",
            List.of("The vote was 220-210.", "Rep. Massie's amendment on troop withdrawal failed."),
            "Defense authorization",
            List.of("hr6508-119"),
            List.of(
                    new Tag(Type.MEMBER, "M001184", "Thomas Massie (R-KY)"),
                    new Tag(Type.ORGANIZATION, "nato", "NATO"),
                    new Tag(Type.PLACE, "KY", "Kentucky"),
                    new Tag(Type.COMMITTEE, "HSAS", "House Armed Services Committee"),
                    new Tag(Type.TOPIC, "defense", "Defense"),
                    new Tag(Type.BILL, "s1234-119", "S. 1234")),
            "House passes defense bill after NATO debate",
            "https://example.org/a7",
            "example.org",
            Instant.parse("2025-06-01T12:00:00Z"),
            List.of("example.org"));

    private static final MatchTarget TARGET = MatchTarget.from(VOTE);

    private static boolean matches(String query) throws QuerySyntaxException {
        return QueryParser.parse(query, TODAY).matches(TARGET);
    }

    private static List<String> explain(String query) throws QuerySyntaxException {
        return QueryParser.parse(query, TODAY).explain(TARGET);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "bill:hr6508-119", "bill:H.R.6508", "bill:\"h.r. 6508\"",
        "member:M001184", "member:m001184", "member:massie", "member:\"Thomas Massie\"",
        "org:NATO", "org:nato", "place:Kentucky", "place:ky", "committee:hsas",
        "committee:\"house armed services committee\"", "topic:defense", "tag:kentucky", "tag:nato",
        "vote", "VOTE", "\"troop withdrawal\"", "massie", "\"nato debate\"", "\"defense authorization\"", "220",
        "nato NOT tag:ohio", "tag:ohio OR place:ky", "(tag:ohio OR vote) AND topic:defense",
    })
    void shouldMatch(String query) throws Exception {
        assertThat(matches(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "bill:hr6508-118", "bill:hr650", "member:\"Mike Lee\"", "member:M000001", "org:kentucky", "place:nato",
        "topic:health", "vot", "\"withdrawal troop\"", "\"troop amendment\"", "nato NOT place:kentucky",
        "NOT vote", "tag:ohio tag:nato", "committee:armed",
        // The article names S. 1234, but S. 1234 is not the story's: a bill's followers get its story's news.
        "bill:S1234",
    })
    void shouldNotMatch(String query) throws Exception {
        assertThat(matches(query)).isFalse();
    }

    @Test
    void shouldExplainEachMatchingTerm() throws Exception {
        assertThat(explain("bill:hr6508 OR (org:nato AND \"troop withdrawal\") OR place:ohio NOT member:lee"))
                .containsExactly(
                        "bill:hr6508-119 matched bill hr6508-119",
                        "org:nato matched organization NATO",
                        "\"troop withdrawal\" matched text");
        assertThat(explain("member:massie \"defense bill\" \"defense authorization\" place:KY"))
                .containsExactly(
                        "member:massie matched member Thomas Massie (R-KY)",
                        "\"defense bill\" matched title",
                        "\"defense authorization\" matched story title",
                        "place:KY matched place Kentucky");
    }

    @Test
    void shouldExplainNothingWhenTheQueryDoesNotMatch() throws Exception {
        assertThat(explain("org:nato AND place:ohio")).isEmpty();
    }

    @Test
    void shouldMatchArticlesOnTheirFullText() throws Exception {
        var article = new org.newsalert.events.ArticleEnriched(
                "a8", "s1", ArticleKind.COVERAGE, null, List.of(), null,
                List.of(new Tag(Type.BILL, "hr6508-119", "H.R. 6508")),
                "More on the defense bill", "https://example.org/a8", "example.org",
                Instant.parse("2025-06-02T12:00:00Z"), "Senators weigh the troop withdrawal clause.");
        MatchTarget t = MatchTarget.from(article, "Defense authorization");
        assertThat(QueryParser.parse("bill:hr6508 \"troop withdrawal\" \"defense authorization\"", TODAY).matches(t))
                .isTrue();
        assertThat(QueryParser.parse("vote", TODAY).matches(t)).isFalse();
    }

    @Test
    void shouldTellQueriesThatNeedAPresentTermFromThoseThatMatchNearlyEverything() throws Exception {
        assertThat(QueryParser.parse("nato NOT place:ky", TODAY).requiresPresence()).isTrue();
        assertThat(QueryParser.parse("NOT place:ky", TODAY).requiresPresence()).isFalse();
        assertThat(QueryParser.parse("nato OR NOT place:ky", TODAY).requiresPresence()).isFalse();
        assertThat(QueryParser.parse("(nato OR eu) NOT place:ky", TODAY).requiresPresence()).isTrue();
    }
}
