package org.newsalert.notify.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsalert.notify.subscription.Query.And;
import org.newsalert.notify.subscription.Query.Field;
import org.newsalert.notify.subscription.Query.Not;
import org.newsalert.notify.subscription.Query.Or;
import org.newsalert.notify.subscription.Query.Term;

class QueryParserTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static Query parse(String q) throws QuerySyntaxException {
        return QueryParser.parse(q, TODAY);
    }

    private static Term word(String w) {
        return new Term(Field.TEXT, w);
    }

    @Test
    void shouldImplyAndBetweenAdjacentTerms() throws Exception {
        assertThat(parse("tag:nato ukraine"))
                .isEqualTo(new And(List.of(new Term(Field.TAG, "nato"), word("ukraine"))));
    }

    @Test
    void shouldBindNotTighterThanAndTighterThanOr() throws Exception {
        assertThat(parse("a OR b c")).isEqualTo(new Or(List.of(word("a"), new And(List.of(word("b"), word("c"))))));
        assertThat(parse("a OR b AND NOT c"))
                .isEqualTo(new Or(List.of(word("a"), new And(List.of(word("b"), new Not(word("c")))))));
        assertThat(parse("NOT a b")).isEqualTo(new And(List.of(new Not(word("a")), word("b"))));
        assertThat(parse("a b OR c d")).isEqualTo(new Or(List.of(
                new And(List.of(word("a"), word("b"))), new And(List.of(word("c"), word("d"))))));
    }

    @Test
    void shouldGroupWithParentheses() throws Exception {
        assertThat(parse("(a OR b) c")).isEqualTo(new And(List.of(new Or(List.of(word("a"), word("b"))), word("c"))));
        assertThat(parse("NOT (a OR b)")).isEqualTo(new Not(new Or(List.of(word("a"), word("b")))));
        assertThat(parse("((a))")).isEqualTo(word("a"));
    }

    @Test
    void shouldFlattenNestedOperatorsOfTheSameKind() throws Exception {
        assertThat(parse("a AND (b AND c)")).isEqualTo(new And(List.of(word("a"), word("b"), word("c"))));
        assertThat(parse("(a OR b) OR c")).isEqualTo(new Or(List.of(word("a"), word("b"), word("c"))));
    }

    @Test
    void shouldReadQuotedPhrasesAndQuotedFieldValues() throws Exception {
        assertThat(parse("\"Debt  Ceiling\"")).isEqualTo(word("debt ceiling"));
        assertThat(parse("member:\"Mike Lee\"")).isEqualTo(new Term(Field.MEMBER, "Mike Lee"));
        assertThat(parse("org:NATO place:Kentucky committee:HSAS topic:defense member:M001184"))
                .isEqualTo(new And(List.of(
                        new Term(Field.ORG, "NATO"),
                        new Term(Field.PLACE, "Kentucky"),
                        new Term(Field.COMMITTEE, "HSAS"),
                        new Term(Field.TOPIC, "defense"),
                        new Term(Field.MEMBER, "M001184"))));
    }

    @Test
    void shouldTreatLowerCaseOperatorsAsWords() throws Exception {
        assertThat(parse("nato or eu")).isEqualTo(new And(List.of(word("nato"), word("or"), word("eu"))));
    }

    @Test
    void shouldNormaliseBillCitationsWithTheCongressOfTheDay() throws Exception {
        assertThat(parse("bill:HR6508")).isEqualTo(new Term(Field.BILL, "hr6508-119"));
        assertThat(parse("bill:\"S.J. Res. 12\"")).isEqualTo(new Term(Field.BILL, "sjres12-119"));
        assertThat(parse("BILL:hr6508-118")).isEqualTo(new Term(Field.BILL, "hr6508-118"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "tag:nato ukraine                                | tag:nato AND ukraine",
        "(org:NATO OR org:\"European Union\") NOT \"debt ceiling\" | (org:NATO OR org:\"European Union\") AND NOT \"debt ceiling\"",
        "a OR b c                                        | a OR b AND c",
        "NOT (a OR b)                                    | NOT (a OR b)",
        "NOT NOT a                                       | NOT NOT a",
        "bill:\"H.R. 6508\" member:\"Mike Lee\"          | bill:hr6508-119 AND member:\"Mike Lee\"",
        "(a b) OR (c (d OR e))                           | a AND b OR c AND (d OR e)",
    })
    void shouldRenderACanonicalFormThatParsesBackToTheSameQuery(String typed, String canonical) throws Exception {
        Query q = parse(typed);
        assertThat(q.toString()).isEqualTo(canonical);
        assertThat(parse(q.toString())).isEqualTo(q);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "tag:nato AND )          | unexpected ')' at position 14",
        "(tag:nato OR tag:eu))   | unexpected ')' at position 21",
        "(tag:nato               | unclosed '(' at position 1",
        "a (b (c) d              | unclosed '(' at position 3",
        "nato \"debt ceiling     | unterminated quote at position 6",
        "tag:nato OR             | query ends where a term was expected at position 12",
        "NOT                     | query ends where a term was expected at position 4",
        "AND nato                | unexpected 'AND' at position 1",
        "a OR OR b               | unexpected 'OR' at position 6",
        "()                      | unexpected ')' at position 2",
        "tag:                    | missing value after 'tag:' at position 5",
        "nato bill:xyz           | 'xyz' is not a bill id such as hr6508-119, HR6508 or S.J.Res.12 at position 11",
        "nato \"!!\"             | '!!' has no letters or digits to search for at position 7",
    })
    void shouldNameTheProblemAndItsPosition(String query, String message) {
        assertThatThrownBy(() -> parse(query))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessage(message);
    }

    @Test
    void shouldRejectUnknownFieldsListingTheKnownOnes() {
        assertThatThrownBy(() -> parse("nato foo:bar"))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessage("unknown field 'foo:', expected one of bill, member, committee, org, place, topic, tag"
                        + " (quote it to search for the text) at position 6")
                .extracting(e -> ((QuerySyntaxException) e).position())
                .isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldRejectAnEmptyQuery(String q) {
        assertThatThrownBy(() -> parse(q)).hasMessage("query is empty at position 1");
    }

    @Test
    void shouldLimitNestingAndLength() {
        String deep = "(".repeat(40) + "a" + ")".repeat(40);
        assertThatThrownBy(() -> parse(deep)).hasMessage("nested deeper than 32 levels at position 33");
        assertThatThrownBy(() -> parse("a ".repeat(1001)))
                .hasMessage("query is longer than 2000 characters at position 2001");
        assertThatThrownBy(() -> parse("a ".repeat(101)))
                .hasMessage("more than 100 terms at position 201");
    }
}
