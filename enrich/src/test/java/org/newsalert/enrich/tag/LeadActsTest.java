package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadActsTest {
    private static final Tagger TAGGER = Tagger.loadDefault();
    private static final Instant JUL_2025 = Instant.parse("2025-07-25T12:00:00Z");

    private static java.util.List<String> leadActs(String title, String text) {
        return TAGGER.tag(title, text, JUL_2025, new InMemoryAliasBook()).leadActs();
    }

    @Test
    void shouldGiveTheWholeNameAndTheAcronymNameOfABillTheArticleLeadsWith() {
        assertThat(leadActs("Full SPEED ahead", "WASHINGTON D.C. (July 25, 2025) - On Friday, Chair Westerman (R-Ark) and"
                + " Rep. Golden (D-Maine) introduced the Standardizing Permitting and Expediting Economic Development (SPEED)"
                + " Act, a permitting reform bill. The bill aims to change NEPA."))
                .containsExactly("standardizing permitting and expediting economic development act", "speed act");
        assertThat(leadActs("", "The SPEED Act would cut red tape so America can build again.")).containsExactly("speed act");
        assertThat(leadActs("House passes Fix Our Forests Act", "The vote was 279-141.")).containsExactly("fix our forests act");
        assertThat(leadActs("Cybersecurity leaders endorse WIMWIG Act and PILLAR Act ahead of Homeland Security Committee markup", ""))
                .contains("wimwig act");
        assertThat(leadActs("", "Last week, the U.S. Senate passed the 21st Century ROAD to Housing Act by an 89-10 vote."))
                .containsExactly("century road to housing act", "road to housing act");
    }

    @Test
    void shouldReadTheLeadAfterARepeatedTitleAndPastAbbreviations() {
        assertThat(leadActs("Golden's permitting bill gets a hearing", "Golden's permitting bill gets a hearing\n\n"
                + "SPEED Act would cut red tape\n\nThe committee held a hearing today.")).containsExactly("speed act");
        assertThat(leadActs("", "Rep. Golden and Rep. Westerman on Friday introduced the Fix Our Forests Act, a bill on wildfires."
                + " Later sentences do not count."))
                .containsExactly("fix our forests act");
        assertThat(leadActs("", "A long first sentence about permitting rules and the many projects they hold up across the"
                + " country ends here. Then Rep. Golden introduced the Fix Our Forests Act.")).isEmpty();
    }

    @Test
    void shouldLeaveOutLawsInForceNamesUsedAsModifiersAndSpendingBillNames() {
        assertThat(leadActs("", "Hill and Scott introduced Congressional Review Act (CRA) resolutions last week to overturn the rule."))
                .isEmpty();
        assertThat(leadActs("", "The agency acted under the Clean Air Act to set the limits on Tuesday.")).isEmpty();
        assertThat(leadActs("", "Lawmakers passed the Civil Rights Act of 1964 after a long filibuster.")).isEmpty();
        assertThat(leadActs("", "The House passed the Continuing Appropriations Act on Friday to avert a shutdown.")).isEmpty();
    }

    @Test
    void shouldTakeAnActNamedAfterTheIntroductionOrThePassingOfItAsABill() {
        assertThat(leadActs("Labor Movement Applauds Senate Bill", "The AFL-CIO applauded the introduction of the Protect America's"
                + " Workforce Act in the U.S. Senate today.")).containsExactly("protect america workforce act");
        assertThat(leadActs("Rep. Kuster applauds passing of SUPPORT Act", "It was a bipartisan vote.")).containsExactly("support act");
        assertThat(leadActs("Unions applaud Protect America's Workforce Act", "Unions cheered.")).isEmpty();
    }

    @Test
    void shouldStartAnActsNameAfterTheVerbOfATitleCaseHeadline() {
        assertThat(leadActs("House Passes Fix Our Forests Act", "The vote was 279-141.")).containsExactly("fix our forests act");
        assertThat(leadActs("Congress Passes Secure Rural Schools Act With Funds for Area Counties", "The vote was 399-5."))
                .containsExactly("secure rural schools act");
        assertThat(leadActs("Trump Signs Medal of Honor Act", "The President signed it Monday.")).containsExactly("medal of honor act");
        assertThat(leadActs("Lawmakers Praise Medal of Honor Act", "Veterans groups cheered.")).isEmpty();
    }

    @Test
    void shouldTakeAnActNamedAmongBillsAChamberWillVoteOnAsABill() {
        assertThat(leadActs("House to Vote on Several Export Control Bills", "The House of Representatives plans to vote on several"
                + " export control-related bills next week, including the Remote Access Security Act, which is designed to close"
                + " a loophole.")).containsExactly("remote access security act");
    }

    @Test
    void shouldLeaveAHeadlinesDescriptorAndACompoundAdjectiveOutOfTheName() {
        assertThat(leadActs("Bipartisan Remote Access Security Act passes U.S. House", ""))
                .containsExactly("bipartisan remote access security act", "remote access security act");
        assertThat(leadActs("House Commerce to mark up bills", "The House Commerce Committee will mark up the Communications"
                + " Subcommittee-cleared American Broadband Deployment Act (HR-2289) on Wednesday."))
                .containsExactly("american broadband deployment act");
    }

    @Test
    void shouldTakeAnActPassedByUnanimousConsentAsABill() {
        assertThat(leadActs("AOC eyes House path as Senate clears deepfake bill", "The Senate on Tuesday cleared by unanimous"
                + " consent the DEFIANCE Act, a bill lawmakers in both parties say would help.")).containsExactly("defiance act");
    }

    @Test
    void shouldTakeBothNamesOfAnActNamedTwiceAndAHyphenatedNounAsAWordOfTheName() {
        // The short name and the long one in parentheses are one act: each is an identity of it.
        assertThat(leadActs("Protecting kids from AI chatbots: what the GUARD Act means", "The GUARD Act (Guidelines for User Age-verification and Responsible"
                + " Dialogue Act of 2025, S. 3062) is a bipartisan Senate bill."))
                .containsExactly("guard act", "guidelines for user age verification and responsible dialogue act");
        assertThat(leadActs("Senators introduce deepfake bill", "Durbin and Graham introduced the Disrupt Explicit Forged Images"
                + " and Non-Consensual Edits Act (DEFIANCE Act) on Tuesday."))
                .containsExactly("disrupt explicit forged images and non consensual edits act", "defiance act");
    }

    @Test
    void shouldTakeANameAfterItsIntroductionsDescriptors() {
        assertThat(leadActs("Hudson joins colleagues in reintroducing cancer screening bill", "Rep. Hudson joined Rep. Sewell in"
                + " reintroducing the bipartisan, bicameral Nancy Gardner Sewell Medicare Multi-Cancer Early Detection Screening"
                + " Coverage Act.")).containsExactly("nancy gardner sewell medicare multi cancer early detection screening coverage act");
    }

    @Test
    void shouldNameEveryActTheArticleTreatsAsABillLeadOrNot() {
        var tagged = TAGGER.tag("The App Store Freedom Act Compromises User Privacy To Punish Big Tech", "Apple and Google face"
                + " a wave of proposals. On Tuesday, Cammack introduced the App Store Freedom Act, which would force"
                + " interoperability. It cites the Clean Air Act as a model.", JUL_2025, new InMemoryAliasBook());
        assertThat(tagged.leadActs()).isEmpty();
        assertThat(tagged.namedActs()).containsExactly("app store freedom act");
    }

    @Test
    void shouldNotTakeATitleCaseHeadlinesBillToPhraseNorTheSubtitleAfterItForAName() {
        assertThat(leadActs("House Republicans Advance Bill to Gut Endangered Species Act", "Bill would reduce critical"
                + " protections for imperiled plants and animals\nA bill that would weaken the Endangered Species Act is set to"
                + " advance today.")).isEmpty();
        // A name the headline's verb introduces is still one.
        assertThat(leadActs("Senators Introduce Bill to Fund Rural Hospitals", "The Rural Hospital Support Act would fund clinics."))
                .containsExactly("rural hospital support act");
    }

    @Test
    void shouldTakeANameThatIsASeriesAndAnActProposalAsABill() {
        assertThat(leadActs("Wittman, Dingell Introduce Bipartisan Reauthorization", "Today, Congressman Rob Wittman (R-VA) and"
                + " Congresswoman Debbie Dingell (D-MI) introduced the bipartisan Sport Fish Restoration, Recreational Boating Safety,"
                + " and Wildlife Restoration Act of 2025, which would reauthorize the trust fund."))
                .containsExactly("sport fish restoration recreational boating safety and wildlife restoration act");
        // A party-state after a name is no part of a series; what follows "and the" is a name of its own.
        assertThat(leadActs("", "Rep. Smith, R-Texas, and the Protect Our Parks Act would fund rangers."))
                .containsExactly("protect our parks act");
        var tagged = TAGGER.tag("Congress seeks ban on government use of foreign adversary AI", "Federal agencies would be barred."
                + " The No Adversarial AI Act proposal from Reps. John Moolenaar and Raja Krishnamoorthi is a companion.", JUL_2025,
                new InMemoryAliasBook());
        assertThat(tagged.namedActs()).contains("no adversarial ai act");
    }

    @Test
    void shouldTakeANameClosedByTwoQuoteMarksAsABill() {
        var tagged = TAGGER.tag("GOP lawmakers take crucial step to unlock American energy", "Newly introduced legislation aims to"
                + " make it easier to export energy.\nThe \u201cUnlocking our Domestic LNG Potential Act of 2025\u2019\u2019 would grant"
                + " exclusive authority to the Federal Energy Regulatory Commission.", JUL_2025, new InMemoryAliasBook());
        assertThat(tagged.namedActs()).contains("unlocking our domestic lng potential act");
    }
    @Test
    void shouldNameAsBillsTheActsFiledAsLegislationInAppositionAndListedAfterOne() {
        TagResult tagged = TAGGER.tag("Committees Introduce Pair of Privacy Bills", "Today, Congressman Brett Guthrie joined Congressman"
                + " French Hill to introduce their respective legislation, the SECURE Data Act and the GUARD Financial Data Act.",
                JUL_2025, new InMemoryAliasBook());
        assertThat(tagged.namedActs()).containsExactly("secure data act", "guard financial data act");
        // A law in force listed after a bill is listed only when the words join it to the bill.
        TagResult amended = TAGGER.tag("", "Sen. Capito introduced the Rural Broadband Access Act, which amends the Communications Act.",
                JUL_2025, new InMemoryAliasBook());
        assertThat(amended.namedActs()).containsExactly("rural broadband access act");
    }

    @Test
    void shouldTieANameToTheNumberBeforeItInTheSponsorsOwnWords() {
        TagResult tagged = TAGGER.tag("", "Rep. Chris Smith called upon the House to immediately take up HR 1144, his newly-authored"
                + " Frederick Douglass Trafficking Victims Prevention and Protection Reauthorization Act of 2025.",
                Instant.parse("2025-10-28T12:00:00Z"), new InMemoryAliasBook());
        assertThat(tagged.learned()).containsExactly(new LearnedAlias(
                "frederick douglass trafficking victims prevention and protection reauthorization act", "hr1144-119"));
    }
    @Test
    void shouldReadANameTheArticleDatesDecadesBackAsTheLawEvenWhereItAppearsWithoutItsYear() {
        TagResult tagged = TAGGER.tag("Democrats try again to revive the Voting Rights Act but face long odds", "Senate Democrats"
                + " reintroduced a bill Tuesday to restore protections enshrined in the Voting Rights Act of 1965.",
                JUL_2025, new InMemoryAliasBook());
        assertThat(tagged.namedActs()).isEmpty();
        // Without the dated mention the headline's name is read as the bill revived.
        assertThat(leadActs("Democrats try again to revive the Voting Rights Act but face long odds", "Senate Democrats"
                + " reintroduced a bill Tuesday.")).containsExactly("voting rights act");
    }

    @Test
    void shouldNameAsABillAnActABillIsDubbedOrTitled() {
        TagResult tagged = TAGGER.tag("", "The House Financial Services Committee advanced a bill dubbed the \"Common Cents Act\""
                + " by a vote of 35-13 on July 23.", JUL_2025, new InMemoryAliasBook());
        assertThat(tagged.namedActs()).containsExactly("common cents act");
    }
}
