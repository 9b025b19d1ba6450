package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsalert.events.Tag;

class GazetteerTest {
    private static final Tagger TAGGER = Tagger.loadDefault();
    private static final Instant DEC_2025 = Instant.parse("2025-12-10T12:00:00Z");

    private static List<String> ids(Tag.Type type, String text) {
        return TAGGER.tag("", text, DEC_2025, new InMemoryAliasBook()).tags(type).stream().map(Tag::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The House Armed Services Committee met on Tuesday.                 | HSAS
            The Senate Foreign Relations Committee will hold a hearing.         | SSFR
            It was referred to the Committee on Foreign Relations.              | SSFR
            The House Committee on Foreign Affairs marked it up.                | HSFA
            The Senate Judiciary Committee's vote was 16-5.                     | SSJU
            Senate Armed Services Chair Roger Wicker spoke.                     | SSAS
            HASC and SASC negotiators met.                                      | HSAS,SSAS
            The House Rules Committee advanced the package.                     | HSRU
            The Senate Committee on Health, Education, Labor, and Pensions met. | SSHR
            The Oversight Committee released the estate's documents.            | HSGO
            The House Oversight and Accountability Committee subpoenaed them.   | HSGO
            The Banking Committee advanced the stablecoin bill 18-6.            | SSBK
            The Energy and Commerce Committee marked up the bill.               | HSIF
            The Senate Commerce Committee held a hearing.                       | SSCM
            """)
    void shouldTagCommitteesByTheNamesNewsUses(String text, String expected) {
        assertThat(ids(Tag.Type.COMMITTEE, text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Judiciary Committee voted 16-5.
            The help committee of the club met.
            """)
    void shouldNotGuessACommitteeWithoutItsChamber(String text) {
        assertThat(ids(Tag.Type.COMMITTEE, text)).isEmpty();
    }

    @Test
    void shouldTagOrganisationsByNameAndAcronym() {
        assertThat(ids(Tag.Type.ORGANIZATION,
                "NATO allies met as the White House, the Pentagon and the State Department weighed in; "
                        + "the U.N. and the EU watched, and USAID cuts loomed."))
                .containsExactly("eu", "nato", "pentagon", "state-department", "un", "usaid", "white-house");
    }

    @Test
    void shouldNotTakeOrdinaryWordsForAcronyms() {
        assertThat(ids(Tag.Type.ORGANIZATION, "The nato-style un-funded plan, eu-like in scope, who knows.")).isEmpty();
    }

    @Test
    void shouldTagStatesAndCountriesWithDistinctIds() {
        assertThat(ids(Tag.Type.PLACE, "Troops from Georgia and Canada trained in Ukraine, the U.K. and New Jersey."))
                .containsExactly("CA", "GB", "UA", "US-GA", "US-NJ");
    }

    @Test
    void shouldNotTakePartOfANameOrAPartyTagForAPlace() {
        assertThat(ids(Tag.Type.PLACE,
                "Rep. Jim Jordan told The New York Times and the Central Louisiana News that Sen. Mike Lee (R-Utah) "
                        + "had landed in Washington."))
                .isEmpty();
    }

    @Test
    void shouldTagATopicOnlyWithEnoughEvidence() {
        assertThat(ids(Tag.Type.TOPIC, "The budget was mentioned once.")).isEmpty();
        assertThat(ids(Tag.Type.TOPIC,
                "The bill expands Medicaid and Medicare coverage, and hospitals welcomed the health care deal."))
                .containsExactly("health");
    }
}
