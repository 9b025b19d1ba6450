package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BillCitationsTest {
    private static final int CONGRESS = 119;

    private static List<String> ids(String text) {
        return BillCitations.find(text, CONGRESS).stream().map(c -> c.bill().id()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rep. Massie introduced H.R. 6508 on Tuesday.                        | hr6508-119
            Massie introduced HR 6508 on Tuesday.                               | hr6508-119
            The bill, H. R. 6508, would withdraw the U.S.                       | hr6508-119
            Congress.gov lists H.R.6508 as introduced.                          | hr6508-119
            Today, I introduced HR6508 to end our NATO membership.              | hr6508-119
            Massie's bill, HR-6508, was referred to committee.                  | hr6508-119
            Sen. Lee's companion bill, S. 2174, is in committee.                | s2174-119
            The Senate bill S.2174 was introduced in June.                      | s2174-119
            The Senate bill S 2174 was introduced in June.                      | s2174-119
            Lawmakers passed S.J.Res. 12 to overturn the rule.                  | sjres12-119
            The House voted on H.J.Res. 45 and the Senate on S. J. Res. 8.      | hjres45-119,sjres8-119
            The House adopted H.Con.Res. 14, the budget resolution.             | hconres14-119
            The Senate agreed to S. Con. Res. 7 by voice vote.                  | sconres7-119
            The House passed H.Res. 135 affirming NATO.                         | hres135-119
            The House adopted H. Res. 976 on a party-line vote.                 | hres976-119
            The Senate passed S.Res. 45 honoring veterans.                      | sres45-119
            The Senate passed S. Res. 45 honoring veterans.                     | sres45-119
            Congress sent Senate Bill 2174 to committee.                        | s2174-119
            The House passed House Joint Resolution 7.                          | hjres7-119
            The congressman filed House Resolution 6508 (HR 6508) on Tuesday.   | hr6508-119,hr6508-119
            The congressman filed House Resolution 6508 on Tuesday.             | hr6508-119
            The House adopted House Resolution 12 condemning the attack.        | hres12-119
            The House passed HJRes 45 on Friday.                                | hjres45-119
            """)
    void shouldNormaliseEveryCitationForm(String text, String expected) {
        assertThat(ids(text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The Texas House passed HB 12 on a party-line vote.",
            "Gov. DeSantis signed SB 40 into law after the legislature adjourned.",
            "California's Assembly Bill 5 reshaped gig work.",
            "The Florida House Bill 1234 cleared the state legislature.",
            "Georgia lawmakers in the General Assembly passed House Bill 1234.",
            "Georgia Gov. Brian Kemp on May 1 signed into law a number of bills, including tough new immigration enforcement"
                    + " legislation aimed at bolstering public safety. The Republican governor signed approximately 10 new measures"
                    + " into law that he said would counteract lawlessness, boost recruitment of law enforcement officers and make"
                    + " communities safer. Among the measures signed into law was House Bill 1105, which requires checks.",
            "See Jahrbuch 45, S. 2174-2180, for the original study.",
            "The clinic moved to 450 S. 700 E. in Salt Lake City.",
            "The fund's Class S.1 shares rose 2% after the vote.",
            "Ask the H.R. department before the vote on benefits.",
            "The U.S. 250th anniversary bill celebrates the nation.",
            "Russia moved S-400 missile batteries as the Senate debated sanctions.",
            "The SEC filing, a Form S-1, lists the risks of the bill.",
            "The Congressional Record at S2174 shows the debate.",
            "The company spent $12 million on HR 5 years ago.",
            })
    void shouldNotTagFalseFriends(String text) {
        assertThat(ids(text)).isEmpty();
    }

    @Test
    void shouldTakeTheCongressFromTheTextWhenItNamesOne() {
        assertThat(ids("In 2025 the House recalled H.R. 676 (116th Congress), the NATO Support Act."))
                .containsExactly("hr676-116");
        assertThat(ids("It mirrors H.R. 7387 of the 118th Congress, which stalled."))
                .containsExactly("hr7387-118");
    }

    @Test
    void shouldInferTheCongressFromThePublicationDateAcrossTheJanuaryThirdBoundary() {
        assertThat(BillCitations.find("H.R. 1 passed.", Congresses.at(Instant.parse("2025-01-02T20:00:00Z"))))
                .extracting(c -> c.bill().id()).containsExactly("hr1-118");
        assertThat(BillCitations.find("H.R. 1 passed.", Congresses.at(Instant.parse("2025-01-03T18:00:00Z"))))
                .extracting(c -> c.bill().id()).containsExactly("hr1-119");
    }

    @Test
    void shouldReportWhereEachCitationIs() {
        String text = "Massie filed H.R. 6508; Lee filed S. 2174 in the Senate.";
        assertThat(BillCitations.find(text, CONGRESS)).containsExactly(
                new BillCitations.Citation(new BillRef(BillType.HR, 6508, 119), 13, 22),
                new BillCitations.Citation(new BillRef(BillType.S, 2174, 119), 34, 41));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HR6508                 | HR      | 6508 |
            h.r. 6508              | HR      | 6508 |
            H.R. 6508              | HR      | 6508 |
            hr6508-119             | HR      | 6508 | 119
            H.R. 6508 (119th)      | HR      | 6508 | 119
            hr 6508 119th Congress | HR      | 6508 | 119
            s2174                  | S       | 2174 |
            S. 2174                | S       | 2174 |
            Senate Bill 2174       | S       | 2174 |
            sjres12-119            | SJRES   | 12   | 119
            H.J.Res. 45            | HJRES   | 45   |
            HJR 45                 | HJRES   | 45   |
            h.con.res. 14          | HCONRES | 14   |
            H. Res. 135            | HRES    | 135  |
            S.Res.45               | SRES    | 45   |
            """)
    void shouldParseACitationTypedByAPerson(String typed, BillType type, int number, Integer congress) {
        OptionalInt c = congress == null ? OptionalInt.empty() : OptionalInt.of(congress);
        assertThat(BillCitations.parseQuery(typed)).contains(new BillCitations.BillQuery(type, number, c));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "NATO Act", "HB 12", "SB40", "hr", "H.R. department", "hr0", "6508"})
    void shouldRejectQueriesThatAreNotFederalCitations(String typed) {
        assertThat(BillCitations.parseQuery(typed)).isEmpty();
    }

    @Test
    void shouldResolveATypedCitationAgainstTheCurrentCongress() {
        assertThat(BillCitations.parseQuery("HR 6508", Instant.parse("2026-05-01T00:00:00Z")))
                .contains(new BillRef(BillType.HR, 6508, 119));
        assertThat(BillCitations.parseQuery("hr6508-118", Instant.parse("2026-05-01T00:00:00Z")))
                .contains(new BillRef(BillType.HR, 6508, 118));
    }

    @Test
    void shouldRoundTripBillIds() {
        assertThat(BillRef.parseId("hconres14-119")).contains(new BillRef(BillType.HCONRES, 14, 119));
        assertThat(new BillRef(BillType.SJRES, 8, 117).id()).isEqualTo("sjres8-117");
        assertThat(new BillRef(BillType.HR, 6508, 119).label()).isEqualTo("H.R. 6508 (119th Congress)");
        assertThat(BillRef.parseId("hr6508")).isEmpty();
    }

    @Test
    void shouldKeepASpelledHouseBillFederalWhenCongressIsNamedBesideItInAnArticleThatAlsoNamesAGovernor() {
        String governor = "Gov. Gavin Newsom criticised the plan on Monday, saying California would sue over any cuts to the"
                + " state's share of the money, and several mayors joined him at a news conference in Sacramento that afternoon.";
        assertThat(ids(governor + " In Congress, House Bill 1105 passed on Tuesday.")).containsExactly("hr1105-119");
        assertThat(ids(governor + " In the end, House Bill 1105 passed on Tuesday.")).isEmpty();
    }

    @Test
    void shouldTakeASpelledSenateBillInAnArticleAboutAStatesOwnLawAsTheStates() {
        String text = "A federal judge has temporarily blocked a new Texas law adding restrictions on children's use of app stores.\n"
                + "Senate Bill 2420, which was supposed to activate on Jan. 1, establishes age verification requirements.";
        assertThat(ids(text)).isEmpty();
        assertThat(ids(text.replace("a new Texas law", "a new policy"))).containsExactly("s2420-119");
    }

    @Test
    void shouldTakeSpelledBillsUnderAStatesChamberAsTheStates() {
        String text = "Texas House Approves Youth Camp Safety, Flood Relief Bills\nHouse lawmakers approved six bills Aug. 21.\n"
                + "House Bill 1: Aimed at protecting children by requiring Texas youth camps to create plans for disasters.";
        assertThat(ids(text)).isEmpty();
        assertThat(ids(text.replace("Texas House Approves", "Lawmakers Approve"))).containsExactly("hr1-119");
    }

    @Test
    void shouldReadAHouseResolutionNumberedAboveWhatTheHouseHasFiledByThenAsABill() {
        String text = "The CR in House Resolution 1968 funds most programs at fiscal 2024 levels.";
        assertThat(BillCitations.find(text, 119, java.time.Instant.parse("2025-03-12T00:00:00Z")))
                .extracting(c -> c.bill().id()).containsExactly("hr1968-119");
        // Late in the Congress the House has filed that many: a simple resolution, as before.
        assertThat(BillCitations.find(text, 119, java.time.Instant.parse("2026-11-20T00:00:00Z")))
                .extracting(c -> c.bill().id()).containsExactly("hres1968-119");
        assertThat(BillCitations.find("The House adopted House Resolution 12 on Tuesday.", 119,
                java.time.Instant.parse("2025-03-12T00:00:00Z"))).extracting(c -> c.bill().id()).containsExactly("hres12-119");
    }
}
