package org.newsalert.enrich.novelty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageClassifierTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 11);
    private final StageClassifier classifier = new StageClassifier();

    /** Each mention as "STAGE/CHAMBER/READING", in article order. */
    private List<String> read(String text, String... subjectBills) {
        return classifier.classify("", text, DAY, List.of(subjectBills)).stream()
                .map(m -> m.stage() + "/" + m.chamber() + "/" + m.reading())
                .toList();
    }

    @Test
    void shouldReportAFreshChamberPassageWithItsTally() {
        List<StageMention> mentions = classifier.classify("", "The House passed the NATO Act 215-210 on Tuesday.", DAY, List.of());
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.stage()).isEqualTo(Stage.PASSED_HOUSE);
            assertThat(m.reading()).isEqualTo(StageMention.Reading.REPORTED);
            assertThat(m.tally()).isEqualTo("215-210");
            assertThat(m.sentences()).containsExactly("The House passed the NATO Act 215-210 on Tuesday.");
        });
    }

    @Test
    void shouldReadAPresentTenseRejectionAndADefeatedMeasureAsFailedVotes() {
        assertThat(readTitle("US Senate rejects resolution to curb Trump's military actions in Venezuela"))
                .containsExactly("FLOOR_VOTE_FAILED/SENATE/REPORTED");
        assertThat(read("The measure was defeated 51 to 49, with only two Republican senators siding with Democrats."))
                .containsExactly("FLOOR_VOTE_FAILED/null/REPORTED");
        // Without a tally or a chamber, a defeat may be anyone's.
        assertThat(read("The proposal was defeated by opponents of the plan.")).isEmpty();
    }

    @Test
    void shouldReadABillClearingACommitteeAsCommitteeAction() {
        assertThat(read("The bill clearing the Senate Homeland Security and Government Affairs Committee is the latest sign of momentum."))
                .containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
        assertThat(read("The measure cleared the House Judiciary Committee on Wednesday."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
    }

    @Test
    void shouldReadExpectationsPlansAndConditionsAsHypothetical() {
        assertThat(read("The Senate is expected to vote on the bill next week.")).isEmpty();
        assertThat(read("Massie plans to introduce a second bill on the alliance.")).containsExactly("INTRODUCED/null/HYPOTHETICAL");
        assertThat(read("If signed into law, the bill would end U.S. membership."))
                .containsExactly("SIGNED/null/HYPOTHETICAL");
        assertThat(read("The bill could be passed by the House before the recess."))
                .containsExactly("PASSED_HOUSE/HOUSE/HYPOTHETICAL");
        assertThat(read("The measure must now head to the House before heading to President Donald Trump's desk."))
                .containsExactly("CLEARED_CONGRESS/null/HYPOTHETICAL");
        assertThat(read("Senate leaders hope the chamber will pass it, and Trump would sign it.")).isEmpty();
    }

    @Test
    void shouldReadOldStagesMentionedInPassingAsBackground() {
        assertThat(read("The bill, introduced in December, would bar U.S. funding for NATO."))
                .containsExactly("INTRODUCED/null/BACKGROUND");
        assertThat(read("The bill had previously passed the House by a slim margin on September 19."))
                .containsExactly("PASSED_HOUSE/HOUSE/BACKGROUND");
        assertThat(read("The package, approved by the House of Representatives last month, cuts $9 billion."))
                .containsExactly("PASSED_HOUSE/HOUSE/BACKGROUND");
        assertThat(read("The Senate panel acted after the House passed a similar bill."))
                .containsExactly("PASSED_HOUSE/HOUSE/BACKGROUND");
        assertThat(read("A law Congress passed in 2023 bars a president from leaving NATO alone.")).isEmpty();
    }

    @Test
    void shouldReadInkingABillAsSigningItButNotInkingADeal() {
        assertThat(read("The president inked the bill on Friday.")).containsExactly("SIGNED/null/REPORTED");
        assertThat(read("Trump inked a trade deal with Japan that the law allows.")).isEmpty();
    }

    @Test
    void shouldNotTakeNonBillSigningsOrCosponsorCountsForStages() {
        assertThat(read("President Donald Trump signed an executive order classifying fentanyl as a weapon.")).isEmpty();
        assertThat(read("The bill has garnered support from 24 U.S. Senate cosponsors.")).isEmpty();
        assertThat(read("Sen. James Lankford, one of 31 bipartisan co-sponsors, praised the vote.")).isEmpty();
    }

    @Test
    void shouldTellProceduralAndFailedVotesFromPassage() {
        assertThat(read("The Senate voted 51-50 Tuesday to advance the rescissions package."))
                .containsExactly("FLOOR_VOTE/SENATE/REPORTED");
        assertThat(read("The Senate approved a procedural vote advancing the compromise bill."))
                .containsExactly("FLOOR_VOTE/SENATE/REPORTED");
        assertThat(read("The Republican proposal failed by a 51-48 margin in the Senate."))
                .containsExactly("FLOOR_VOTE_FAILED/SENATE/REPORTED");
        assertThat(read("The House Rules Committee advanced the package, setting up a floor vote."))
                .containsExactly("RULES_COMMITTEE/HOUSE/REPORTED");
        assertThat(read("The Senate Judiciary Committee voted 16-5 to report the HALT Fentanyl Act."))
                .containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
    }

    @Test
    void shouldReadCommonWordingsOfPassageWhateverTheSentenceShape() {
        // Words between "voted" and "to pass", the chamber named by its members or as a chamber, and the
        // chamber as the modifier of "approval" or "passage".
        assertThat(read("The House voted 427-1 on Tuesday to pass a bill ordering the files released."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("The House voted overwhelmingly to pass the bill.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("Senators approved the bill 68-30.")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("The upper chamber passed the bill 68-30 on Tuesday.")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("The lower chamber approved the measure 308-122.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("The bill won House approval on Tuesday by a vote of 427-1.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("The bill won final Senate passage on Tuesday.")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("The bill passed 218-214 in the House on Thursday.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        // The same wordings as expectations or history stay out of the news.
        assertThat(read("Senators are expected to approve the bill next week.")).isEmpty();
        assertThat(read("The upper chamber could vote on the measure as soon as Thursday.")).isEmpty();
        assertThat(read("The bill won House approval last year but died in the Senate."))
                .containsExactly("PASSED_HOUSE/HOUSE/BACKGROUND");
        assertThat(read("Senators on the Judiciary Committee approved the bill 16-5."))
                .containsExactly("COMMITTEE_ACTION/null/REPORTED"); // a committee's vote, not the chamber's
    }

    @Test
    void shouldReadProceduralVotesNamedByTheirOutcome() {
        assertThat(read("The legislation cleared a key procedural hurdle in the Senate on Monday."))
                .containsExactly("FLOOR_VOTE/SENATE/REPORTED");
        assertThat(read("The House voted 217-212 to adopt the rule governing debate on the crypto bills."))
                .containsExactly("FLOOR_VOTE/HOUSE/REPORTED");
        assertThat(read("The bill fell short of the 60 votes needed to advance in the Senate on Thursday."))
                .containsExactly("FLOOR_VOTE_FAILED/SENATE/REPORTED");
        assertThat(read("Republican senators blocked the bill on Thursday.")).containsExactly("FLOOR_VOTE_FAILED/SENATE/REPORTED");
        assertThat(read("The House voted 270-150 on Wednesday to override the veto, falling short of the two-thirds majority needed."))
                .containsExactly("FLOOR_VOTE_FAILED/HOUSE/REPORTED");
        assertThat(read("The House fails to override the veto of the housing bill.")).containsExactly("FLOOR_VOTE_FAILED/HOUSE/REPORTED");
        assertThat(read("The Senate Veterans' Affairs Committee voted 12-7 on Wednesday to advance the bill."))
                .containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
        assertThat(read("The discharge petition reached 218 signatures on Wednesday, forcing a House vote on the bill."))
                .containsExactly("FLOOR_VOTE/HOUSE/REPORTED");
        assertThat(read("Rep. Jane Doe became the 218th signature on the discharge petition after she was sworn in."))
                .containsExactly("FLOOR_VOTE/HOUSE/REPORTED");
        assertThat(read("The discharge petition has 217 signatures, one short of the 218 it needs.")).isEmpty();
        assertThat(read("Once the discharge petition reaches 218 signatures, leaders must schedule a vote."))
                .containsExactly("FLOOR_VOTE/HOUSE/HYPOTHETICAL");
        // Falling short of something else, or of votes with no chamber or tally, is no vote.
        assertThat(read("The company's earnings fell short of expectations.")).isEmpty();
        assertThat(read("Supporters fear they will fall short of a majority.")).isEmpty();
    }

    @Test
    void shouldAttributeIntroductionsToTheSponsorsChamberAndSpotCompanions() {
        assertThat(read("Rep. Thomas Massie (R-Ky.) has introduced legislation to pull the United States out of NATO."))
                .containsExactly("INTRODUCED/HOUSE/REPORTED");
        assertThat(read("Sen. Mike Lee (R-Utah) has filed companion legislation in the Senate."))
                .containsExactly("COMPANION_FILED/SENATE/REPORTED");
        assertThat(read("Rep. Anna Paulina Luna (R-Fla.) is co-sponsoring the bill."))
                .containsExactly("COSPONSOR_ADDED/null/REPORTED");
    }

    @Test
    void shouldSetAsideStagesOfOtherBillsCitedInTheSameArticle() {
        assertThat(read("H.R. 676, the NATO Support Act, passed the House on Tuesday.", "hr6508-119"))
                .containsExactly("PASSED_HOUSE/HOUSE/OTHER_BILL");
        assertThat(read("H.R. 6508 passed the House on Tuesday.", "hr6508-119"))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
    }

    @Test
    void shouldJoinAGoesToThePresidentLineToThePassageBeforeIt() {
        List<StageMention> mentions = classifier.classify("",
                "The House passed the bill by a vote of 216-213. It now goes to Trump for his signature.", DAY, List.of());
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.stage()).isEqualTo(Stage.PASSED_HOUSE);
            assertThat(m.toPresident()).isTrue();
            assertThat(m.sentences()).containsExactly(
                    "The House passed the bill by a vote of 216-213.", "It now goes to Trump for his signature.");
        });
    }

    @Test
    void shouldHearThePresidentCueWhateverTheBillIsCalledButNotForALetter() {
        List<StageMention> mentions = classifier.classify("", "The House voted 310-115 on Wednesday to pass the bill, sending the"
                + " $4 billion grant program to President Donald Trump's desk.", DAY, List.of());
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.stage()).isEqualTo(Stage.PASSED_HOUSE);
            assertThat(m.toPresident()).isTrue();
        });
        assertThat(classifier.classify("", "The House voted 230-190 on Tuesday to pass the act, sending Sen. Steve Daines's forest"
                + " thinning bill to President Donald Trump.", DAY, List.of())).singleElement()
                .satisfies(m -> assertThat(m.toPresident()).isTrue());
        assertThat(classifier.classify("", "The Senate voted 75-24 to pass the act, sending the $2 billion grant program for local"
                + " fire districts to President Donald Trump.", DAY, List.of())).singleElement()
                .satisfies(m -> assertThat(m.toPresident()).isTrue());
        assertThat(classifier.classify("", "The Senate voted 65-35 late Tuesday to pass the stopgap spending bill, clearing it"
                + " for President Donald Trump's signature.", DAY, List.of())).singleElement()
                .satisfies(m -> assertThat(m.toPresident()).isTrue());
        assertThat(classifier.classify("", "The House passed the bill 310-115 on Wednesday, and Democrats sent a letter to"
                + " President Trump.", DAY, List.of())).singleElement().satisfies(m -> assertThat(m.toPresident()).isFalse());
    }

    @Test
    void shouldFindExecutiveActionsAndOfficialStatements() {
        assertThat(read("President Trump vetoed the resolution on Friday.")).containsExactly("VETOED/null/REPORTED");
        assertThat(read("The bill became law without the president's signature.")).containsExactly("BECAME_LAW/null/REPORTED");
        assertThat(read("The White House issued a statement of administration policy opposing H.R. 6508."))
                .containsExactly("OFFICIAL_STATEMENT/null/REPORTED");
        assertThat(read("Trump has threatened to veto the bill.")).containsExactly("OFFICIAL_STATEMENT/null/REPORTED");
        assertThat(read("Trump would veto the bill, aides said.")).isEmpty();
    }

    @Test
    void shouldSplitSentencesWithoutBreakingOnTitlesAndInitials() {
        assertThat(Sentences.split("Rep. Thomas Massie (R-Ky.) filed H.R. 6508 in the U.S. House. Sen. Lee agreed."))
                .containsExactly("Rep. Thomas Massie (R-Ky.) filed H.R. 6508 in the U.S. House.", "Sen. Lee agreed.");
    }

    @Test
    void shouldMapEveryCongressAlertEventToAKnownStage() {
        assertThat(Stage.forAlertEvent("PASSED_BOTH")).contains(Stage.CLEARED_CONGRESS);
        assertThat(Stage.forAlertEvent("COMMITTEE_MARKUP")).contains(Stage.COMMITTEE_ACTION);
        assertThat(Stage.forAlertEvent("AMENDMENT")).isEmpty();
        assertThat(Stage.fromId("passed_house")).contains(Stage.PASSED_HOUSE);
    }

    /** Each mention of a headline, as "STAGE/CHAMBER/READING". */
    private List<String> readTitle(String title) {
        return classifier.classify(title, "", DAY, List.of()).stream()
                .map(m -> m.stage() + "/" + m.chamber() + "/" + m.reading())
                .toList();
    }

    @Test
    void shouldReadACommitteeNamedRightAfterTheChamberAsTheCommitteeActing() {
        assertThat(readTitle("TAKE IT DOWN Act Passes House Commerce, But Not Without a Fight"))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        assertThat(readTitle("Trump's One Big Beautiful Bill clears House committee in rare weekend vote"))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        assertThat(read("The Senate Judiciary voted 16-5 on Thursday to advance the bill."))
                .containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
        assertThat(read("The bill cleared the House Rules Committee on Monday night."))
                .containsExactly("RULES_COMMITTEE/HOUSE/REPORTED");
        // The House's budget bill, passed by the Senate: a chamber passage, not a committee.
        assertThat(read("The Senate passed the House budget bill on Tuesday.")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("The bill passed the House on Tuesday.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
    }

    @Test
    void shouldReadASigningTheBillIsOnItsWayToAsProspective() {
        assertThat(read("The Laken Riley Act is heading to President Donald Trump's desk to become the first bill he signs into law."))
                .doesNotContain("SIGNED/null/REPORTED")
                .contains("SIGNED/null/HYPOTHETICAL");
    }

    @Test
    void shouldReadAProceduralVoteTheBillOvercame() {
        assertThat(read("The bill overcame a final procedural vote in a 61-35 vote, setting it up for final passage next week."))
                .containsExactly("FLOOR_VOTE/null/REPORTED");
    }

    @Test
    void shouldReadTheSigningAsANounAndTheNewsAStatementAnswers() {
        assertThat(readTitle("Sen. Cruz Applauds Presidential Signing of the TAKE IT DOWN Act Into Law"))
                .containsExactly("SIGNED/null/REPORTED");
        assertThat(read("Today, Chairman Ted Cruz issued the following statement after his bipartisan TAKE IT DOWN Act was signed"
                + " into law by President Trump.")).containsExactly("SIGNED/null/REPORTED");
        // Any other "after" still tells an earlier event.
        assertThat(read("The agency rewrote its rules after the act was signed into law.")).containsExactly("SIGNED/null/BACKGROUND");
    }

    @Test
    void shouldReadTheOtherChambersPassageAsThePastOfACommitteeLead() {
        String later = " Democrats failed to attach two amendments. A floor vote could come after the recess."
                + " HR-633 passed the Senate unanimously and has the support of the President.";
        assertThat(read("The House Commerce Committee on Tuesday passed the Take It Down Act on a 49-1 vote." + later))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED", "PASSED_SENATE/SENATE/BACKGROUND");
        assertThat(read("Lawmakers met on Tuesday." + later)).containsExactly("PASSED_SENATE/SENATE/REPORTED");
    }

    @Test
    void shouldReadFinalCongressionalApprovalAndAPassageTheFirstTimeAround() {
        assertThat(read("The House on Thursday gave final congressional approval to the bill.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("The dueling was so intense that the bill passed the House by one vote its first time around."))
                .containsExactly("PASSED_HOUSE/HOUSE/BACKGROUND");
    }

    @Test
    void shouldReadAReintroductionAsAGerundAndADecisionToVeto() {
        // Bicameral: the House companion was filed with it.
        assertThat(read("Sen. Ted Cruz joined Sen. Amy Klobuchar in reintroducing the bipartisan, bicameral TAKE IT DOWN Act."))
                .containsExactly("INTRODUCED/SENATE/REPORTED", "COMPANION_FILED/null/REPORTED");
        assertThat(read("Trump decided to veto the water pipeline bill on Monday.")).containsExactly("VETOED/null/REPORTED");
    }

    @Test
    void shouldNotTakeAGovernorsSignatureOrVetoForTheFederalStage() {
        assertThat(read("Georgia Gov. Brian Kemp on May 1 signed into law a number of bills.")).isEmpty();
        assertThat(read("The governor vetoed the bill on Friday.")).isEmpty();
        assertThat(read("Gov. Brian Kemp on May 1 signed into law a number of bills. Among the measures signed into law was"
                + " House Bill 1105, which requires immigration checks.")).isEmpty();
        // The governor elsewhere in the sentence, the President signing: still a signing.
        assertThat(read("After lobbying by the governor, President Trump signed the bill into law on Friday."))
                .containsExactly("SIGNED/null/REPORTED");
    }

    @Test
    void shouldReadAChamberVotingToUndoARuleAsItsPassage() {
        assertThat(readTitle("House votes to ax California plan to ban gas cars")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("The Senate on Thursday voted 51-44 to overturn the waiver.")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
        // A party in the chamber blocking something is not the chamber passing anything.
        assertThat(read("Senate Democrats voted to block the measure on Thursday.")).doesNotContain("PASSED_SENATE/SENATE/REPORTED");
    }

    @Test
    void shouldReadPluralSigningsPassageNounsAndHurdles() {
        assertThat(readTitle("Watch live: Trump signs resolutions to roll back California's EV plans")).containsExactly("SIGNED/null/REPORTED");
        assertThat(readTitle("Griffith statement on House passage of government funding bill")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("Leaders met ahead of Senate passage of the bill.")).containsExactly("PASSED_SENATE/SENATE/HYPOTHETICAL");
        assertThat(readTitle("Senate Clears Key Hurdle Toward Passing $901B NDAA")).containsExactly("FLOOR_VOTE/SENATE/REPORTED");
        assertThat(readTitle("Senate Votes To End Debate On Government Spending Bill")).containsExactly("FLOOR_VOTE/SENATE/REPORTED");
        assertThat(read("The House-passed plan cleared the Senate's filibuster in a 62-38 vote on Friday."))
                .containsExactly("FLOOR_VOTE/SENATE/REPORTED");
    }

    @Test
    void shouldReadRequirementsAndSentencesOpeningOnAPastTimeAsNoNews() {
        assertThat(read("The upper chamber needed 60 votes to pass the measure.")).containsExactly("PASSED_SENATE/SENATE/HYPOTHETICAL");
        assertThat(read("Last summer, the Appropriations Committee reported out the bill with bipartisan support."))
                .containsExactly("COMMITTEE_ACTION/null/BACKGROUND");
    }

    @Test
    void shouldTakeABareAdvanceByTheChamberWhosePassageTheArticleReportsForThatPassage() {
        assertThat(read("The House passed the stopgap on Tuesday. The House voted Tuesday evening to advance the resolution."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("The House passed the bill on Tuesday. The Senate voted Wednesday to advance it."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED", "FLOOR_VOTE/SENATE/REPORTED");
        assertThat(StageClassifier.onwardTo("House backs massive defense policy bill, Senate next", List.of())).isEqualTo(Chamber.SENATE);
        assertThat(StageClassifier.onwardTo("Bill could head to the Senate", List.of())).isNull();
    }

    @Test
    void shouldReadAVoteToBlockAMeasureAsItsFailureAndUnveiledBillsAsIntroduced() {
        assertThat(read("The Senate on Wednesday voted 51-50 to block a war powers resolution sponsored by Sen. Tim Kaine."))
                .containsExactly("FLOOR_VOTE_FAILED/SENATE/REPORTED");
        assertThat(readTitle("Congress unveils energy, environment spending bills")).containsExactly("INTRODUCED/null/REPORTED");
        assertThat(StageClassifier.onwardTo("House adopts changes to landmark housing bill, sending it back to Senate", List.of()))
                .isEqualTo(Chamber.SENATE);
        assertThat(StageClassifier.onwardTo("", List.of("The House passed it, sending it back to the upper chamber.")))
                .isEqualTo(Chamber.SENATE);
        // A chamber's passage told as last week's news makes its "advances" in the headline that passage.
        assertThat(classifier.classify("Senate advances major bipartisan housing package", "Last week, the U.S. Senate passed"
                + " the housing act by a sweeping 89-10 vote.", DAY, List.of()).stream().map(m -> m.stage() + "/" + m.reading()).toList())
                .containsExactly("PASSED_SENATE/BACKGROUND");
    }

    @Test
    void shouldNotReadAStatesChamberAsCongressAndShouldReadACommitteesPassageAsANoun() {
        assertThat(read("The Texas House passed HB 25 on Thursday.")).isEmpty();
        assertThat(read("The state Senate voted 19-12 to pass the bill.")).isEmpty();
        assertThat(readTitle("Hickenlooper cheers committee passage of bipartisan Fix Our Forests Act"))
                .containsExactly("COMMITTEE_ACTION/null/REPORTED");
    }

    @Test
    void shouldReadAStepDatedInAnEarlierCongressAsAnotherBills() {
        LocalDate may2025 = LocalDate.of(2025, 5, 14);
        assertThat(readOn(may2025, "It targets the National Environmental Policy Act, which was signed into law in 1970."))
                .containsExactly("SIGNED/null/OTHER_BILL");
        assertThat(readOn(may2025, "Kaine's bill mirrors his 2020 resolution, which Trump vetoed."))
                .containsExactly("VETOED/null/OTHER_BILL");
        assertThat(readOn(may2025, "KOSA was first approved by the Senate in July 2023 with a 91-3 vote."))
                .containsExactly("PASSED_SENATE/SENATE/OTHER_BILL");
        assertThat(readOn(may2025, "The Senate passed an earlier version of KOSA last July in a 91-3 vote."))
                .containsExactly("PASSED_SENATE/SENATE/OTHER_BILL");
        // The same Congress: background, still this bill's.
        assertThat(readOn(LocalDate.of(2025, 9, 14), "The Senate passed the bill last July in a 91-3 vote."))
                .containsExactly("PASSED_SENATE/SENATE/BACKGROUND");
    }

    @Test
    void shouldReadAMonthOrSessionWithoutAYearThatFallsInTheLastCongressAsAnotherBills() {
        LocalDate jan2025 = LocalDate.of(2025, 1, 13);
        assertThat(readOn(jan2025, "This may be why the bill passed the House of Representatives in December."))
                .containsExactly("PASSED_HOUSE/HOUSE/OTHER_BILL");
        assertThat(readOn(LocalDate.of(2025, 3, 26), "The LEOSA Reform Act passed the House in the previous session in a 221-185 vote."))
                .containsExactly("PASSED_HOUSE/HOUSE/OTHER_BILL");
        // The same Congress: this bill's past.
        assertThat(readOn(LocalDate.of(2026, 1, 13), "The bill passed the House in December."))
                .containsExactly("PASSED_HOUSE/HOUSE/BACKGROUND");
        assertThat(readOn(LocalDate.of(2026, 3, 26), "The bill passed the House in the previous session in a 221-185 vote."))
                .doesNotContain("PASSED_HOUSE/HOUSE/OTHER_BILL");
    }

    @Test
    void shouldReadCongressAsTheSubjectOfAPassageAsTheBillClearingIt() {
        List<StageMention> m = classifier.classify("Congress approves measure to overturn Biden-era management plan", "", DAY, List.of());
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.stage()).isEqualTo(Stage.CLEARED_CONGRESS);
            assertThat(x.reading()).isEqualTo(StageMention.Reading.REPORTED);
            assertThat(x.toPresident()).isTrue();
        });
        assertThat(readTitle("Congress repeals plan for Central Yukon")).containsExactly("CLEARED_CONGRESS/null/REPORTED");
        assertThat(readTitle("Senate Sends Veteran Homeowner Foreclosure Relief, Homelessness Prevention Bill to President Trump's Desk"))
                .contains("CLEARED_CONGRESS/null/REPORTED");
    }

    @Test
    void shouldReadCommitteesByShortNameOrThankedAndNotAStatesOrAnAgencysProposal() {
        assertThat(readTitle("Senate Ag passes milk bill, holds Boren confirmation hearing")).containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
        assertThat(readTitle("NMPF Applauds Senate Committee for Advancing Whole Milk Bill")).containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
        assertThat(read("A state House committee on Wednesday unanimously approved a bill to allow whole milk.")).isEmpty();
        assertThat(read("The Pennsylvania House Education Committee approved the bill on Wednesday.")).isEmpty();
        assertThat(read("The US Department of the Interior today unveiled a draft proposal to reopen the reserve.")).isEmpty();
        assertThat(read("Sen. Sullivan today unveiled a proposal to reopen the reserve.")).containsExactly("INTRODUCED/SENATE/REPORTED");
    }

    @Test
    void shouldReadHeadlineIntroductionsOfANameWithoutAnArticle() {
        assertThat(readTitle("Congress reintroduces Whole Milk for Healthy Kids Act")).containsExactly("INTRODUCED/null/REPORTED");
        assertThat(readTitle("Reps. Thompson, Schrier Lead Bipartisan, Bicameral Introduction of Whole Milk for Healthy Kids Act"))
                .containsExactly("INTRODUCED/HOUSE/REPORTED", "COMPANION_FILED/null/REPORTED");
        assertThat(readTitle("EPA introduces amendments to the Clean Air Act rules")).isEmpty();
    }

    @Test
    void shouldReadIntroductionsOfLongNamesJoinedSponsorsAndHeadlinesButNotTheReintroducedBill() {
        assertThat(read("Chair Westerman and Rep. Golden introduced the Standardizing Permitting and Expediting Economic Development (SPEED) Act."))
                .containsExactly("INTRODUCED/HOUSE/REPORTED");
        assertThat(read("Sen. Sheehy today joined Sens. Curtis, Hickenlooper and Padilla to introduce the Fix Our Forests Act."))
                .containsExactly("INTRODUCED/SENATE/REPORTED");
        assertThat(read("All 52 Senate Republicans are co-sponsoring the reintroduced bill, as is Sen. Fetterman."))
                .doesNotContain("INTRODUCED/SENATE/REPORTED", "INTRODUCED/null/REPORTED");
    }

    @Test
    void shouldReadAHopeToSeeTheBillSignedAsHypotheticalAndTheDeskOfThePresidentAsClearing() {
        assertThat(read("We are committed to seeing this measure signed into law.")).containsExactly("SIGNED/null/HYPOTHETICAL");
        assertThat(read("I look forward to seeing this commonsense, bipartisan bill passed in the Senate and signed into law by President Trump."))
                .allMatch(r -> r.endsWith("/HYPOTHETICAL"));
        assertThat(classifier.classify("", "The bill passed the U.S. Senate early Saturday and is now headed to the desk of"
                + " President Biden.", DAY, List.of())).anySatisfy(m -> assertThat(m.toPresident()).isTrue());
    }

    private List<String> readOn(LocalDate day, String text) {
        return classifier.classify("", text, day, List.of()).stream()
                .map(m -> m.stage() + "/" + m.chamber() + "/" + m.reading())
                .toList();
    }

    @Test
    void shouldReadTheVicePresidentsTieBreakThatBlocksAMeasureAsAFailedSenateVote() {
        assertThat(read("Vice President JD Vance on Wednesday cast a tie-breaking vote, blocking a resolution intended to halt"
                + " the strikes.")).containsExactly("FLOOR_VOTE_FAILED/SENATE/REPORTED");
    }

    @Test
    void shouldReadAPassageTallyBelowTheChambersQuorumAsTheCommitteesVote() {
        assertThat(read("The House passed H.R. 1048, the DETERRENT Act, on a 20 to 14 vote."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        assertThat(read("The House passed H.R. 1048, the DETERRENT Act, on a 241 to 169 vote."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
    }

    @Test
    void shouldNotReadOnePartyVotingAgainstAsTheChamberRejectingIt() {
        assertThat(read("House Democrats unanimously voted against a resolution renaming the Gulf of Mexico on Thursday.")).isEmpty();
        assertThat(read("The House voted against the resolution 200-215 on Thursday."))
                .containsExactly("FLOOR_VOTE_FAILED/HOUSE/REPORTED");
    }

    @Test
    void shouldReadACommitteePassingAResolutionForTheChamberToConsiderABillAsARule() {
        assertThat(read("A House committee has passed a resolution for the chamber to consider a bill that would rename the gulf."))
                .containsExactly("RULES_COMMITTEE/HOUSE/REPORTED");
    }

    @Test
    void shouldTakeTheSponsorsChamberFromAChambersCommitteeLeaders() {
        assertThat(read("House Financial Services Committee leaders have introduced the Housing for the 21st Century Act on Friday."))
                .containsExactly("INTRODUCED/HOUSE/REPORTED");
    }

    @Test
    void shouldReadAMajorityShortOfTheTwoThirdsTheArticleSaysWereNeededAsAFailedVote() {
        String vote = "On Tuesday, the U.S. House of Representatives voted to approve a bill 264 to 133.";
        assertThat(read(vote)).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read(vote + " The method requires a two-thirds majority for approval."))
                .containsExactly("FLOOR_VOTE_FAILED/HOUSE/REPORTED");
        assertThat(read("The House voted to approve the bill 300 to 100. It needed a two-thirds majority under suspension of the rules."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
    }

    @Test
    void shouldReadABodySentenceCitingOnlyAnotherBillThanTheHeadlinesAsThatBills() {
        List<StageMention> mentions = classifier.classify("House Recap: H.R. 35 Passes",
                "The House passed H.R. 35 on Thursday. The Senate Passed S. 32, a bill on district courts.", DAY, List.of("hr35", "s32"));
        assertThat(mentions).extracting(m -> m.stage() + "/" + m.reading())
                .contains("PASSED_HOUSE/REPORTED", "PASSED_SENATE/OTHER_BILL")
                .doesNotContain("PASSED_SENATE/REPORTED");
    }

    @Test
    void shouldTakeTheChamberAnIntroductionNamesOrModifiesFromTheIntroductionItself() {
        assertThat(read("The same day it passed through the Senate Commerce Committee, the AM Radio for Every Vehicle Act has been"
                + " reintroduced in the US House of Representatives by Rep. Gus Bilirakis (R-FL).")).contains("INTRODUCED/HOUSE/REPORTED");
        assertThat(readTitle("Labor Movement Applauds Senate Introduction of Protect America's Workforce Act"))
                .containsExactly("INTRODUCED/SENATE/REPORTED");
    }

    @Test
    void shouldReportAnIntroductionUpToAWeekOldButAPassageOnlyUpToThreeDays() {
        LocalDate apr7 = LocalDate.of(2025, 4, 7);
        assertThat(readOn(apr7, "Reps. Brian Fitzpatrick, R-Pa., and Jared Golden, D-Maine, introduced bipartisan legislation on April 1"
                + " that looks to restore collective bargaining.")).containsExactly("INTRODUCED/HOUSE/REPORTED");
        assertThat(readOn(LocalDate.of(2025, 4, 10), "Reps. Brian Fitzpatrick, R-Pa., and Jared Golden, D-Maine, introduced bipartisan"
                + " legislation on April 1 that looks to restore collective bargaining.")).containsExactly("INTRODUCED/HOUSE/BACKGROUND");
        assertThat(readOn(apr7, "The House passed the bill on April 1 by a vote of 231-195.")).containsExactly("PASSED_HOUSE/HOUSE/BACKGROUND");
    }

    @Test
    void shouldDateAStepByTheYearAfterTheCommaOfItsDate() {
        LocalDate apr2 = LocalDate.of(2025, 4, 2);
        assertThat(readOn(apr2, "It passed the House Energy and Commerce Committee 45-2 on September 18, 2024, and awaits a floor vote."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/OTHER_BILL");
        assertThat(readOn(apr2, "The AM Act saw strong support in the last congressional session, where the House Energy and Commerce"
                + " Committee advanced the bill with a 45-2 vote.")).containsExactly("COMMITTEE_ACTION/HOUSE/OTHER_BILL");
        assertThat(readOn(apr2, "It passed the House Energy and Commerce Committee 45-2 on March 31, and awaits a floor vote."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
    }

    @Test
    void shouldReadAVoteForAnEffortToForceAVoteAsProcedural() {
        assertThat(read("The U.S. House of Representatives voted 222-200 tonight to approve an effort by Congressman Jared Golden"
                + " (ME-02) to force Speaker Mike Johnson to hold a vote on the Protect America's Workforce Act."))
                .containsExactly("FLOOR_VOTE/HOUSE/REPORTED");
        assertThat(read("The House voted 231-195 to approve the Protect America's Workforce Act.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
    }

    @Test
    void shouldNotReportAPassageSupportersAreOptimisticAbout() {
        assertThat(read("Supporters are optimistic that House passage of HR-979 could increase momentum for the measure."))
                .doesNotContain("PASSED_HOUSE/HOUSE/REPORTED");
    }

    @Test
    void shouldReadAnAdvancementThroughACommitteeAndTheHeadlineThatShortensItToTheChamber() {
        String lead = "Today, U.S. Senators Alex Padilla (D-Calif.) and John Curtis (R-Utah) applauded the advancement of the Senate"
                + " version of the Fix Our Forests Act through the Senate Committee on Agriculture, Nutrition, and Forestry.";
        assertThat(read(lead)).containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
        List<StageMention> mentions = classifier.classify("Senate Advances Fix Our Forests Act, Marking Key Progress", lead, DAY, List.of());
        assertThat(mentions).extracting(m -> m.stage() + "/" + m.chamber()).containsExactly("COMMITTEE_ACTION/SENATE");
        assertThat(classifier.classify("Senate Advances Fix Our Forests Act", "The Senate voted 60-38 to advance the bill.", DAY, List.of()))
                .extracting(m -> m.stage() + "/" + m.chamber()).contains("FLOOR_VOTE/SENATE");
    }

    @Test
    void shouldReadADischargePetitionBroughtTo218Signatures() {
        assertThat(read("Two Republicans signed the discharge petition on Monday, bringing the total number of signatures to 218."))
                .containsExactly("FLOOR_VOTE/HOUSE/REPORTED");
        assertThat(read("The discharge petition is gaining signatures, bringing hope to federal workers.")).isEmpty();
    }

    @Test
    void shouldReadANumberedNewCosponsorAsACosponsorAdded() {
        assertThat(read("With the addition of a 60th cosponsor, our AM Radio for Every Vehicle Act hit a key milestone."))
                .containsExactly("COSPONSOR_ADDED/null/REPORTED");
        assertThat(read("The bill has 60 cosponsors in the Senate.")).isEmpty();
    }

    @Test
    void shouldReportWhatFollowedAfterWhichButNotWhatCameEarlierInTheYear() {
        assertThat(read("Sen. Ted Cruz today spoke on the Senate floor in favor of the MEDAL Act, legislation which he drafted,"
                + " after which the Senate unanimously passed the bill.")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("After the Senate passed the bill, the House took it up.")).containsExactly("PASSED_SENATE/SENATE/BACKGROUND");
        assertThat(read("The bill was introduced earlier in the year by Congressman Doug LaMalfa and co-sponsors from both parties."))
                .containsExactly("INTRODUCED/HOUSE/BACKGROUND");
    }

    @Test
    void shouldReadAPassageThatNamesNoChamberByTheSizeOfItsRollCall() {
        assertThat(read("The Protection of Women and Girls in Sports Act passed on a 218-206 count with one abstention."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("The measure passed 84-16 on Thursday.")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("The procedural vote passed 60-40, just clearing the threshold needed to move the measure forward."))
                .doesNotContain("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("The bill passed 14-9 on Wednesday.")).isEmpty();
        assertThat(readTitle("Hageman Cheers House Passing Her Bill Banning Males In Women's Sports"))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
    }

    @Test
    void shouldTakeLastYearInTheFirstYearOfACongressAsTheLastCongress() {
        String veto = "The panel approved the measure, sending it to the House floor after Joe Biden vetoed it last year.";
        assertThat(readOn(LocalDate.of(2025, 3, 5), veto)).contains("VETOED/null/OTHER_BILL");
        assertThat(readOn(LocalDate.of(2026, 3, 5), veto)).contains("VETOED/null/BACKGROUND");
    }

    @Test
    void shouldNotTakeTheModalOfARelativeClauseAboutTheBillForTheVotes() {
        assertThat(read("A bill that would ban TikTok passed the House on Wednesday.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("A bill that would ban TikTok could be approved by the House on Wednesday."))
                .containsExactly("PASSED_HOUSE/HOUSE/HYPOTHETICAL");
        assertThat(read("Supporters are hopeful, as that would represent the first time the lower chamber has cleared the legislation."))
                .doesNotContain("PASSED_HOUSE/HOUSE/REPORTED");
    }

    @Test
    void shouldNotTakeACourtCasesNameOrACommitteeWithAnAmpersandForTheChamber() {
        assertThat(readTitle("House v. NCAA settlement approved, paving way for revenue sharing")).isEmpty();
        assertThat(readTitle("TICKET Act clears House Energy & Commerce Committee")).containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        assertThat(readTitle("Financial Services Committee Clears Bipartisan Housing for the 21st Century Act"))
                .containsExactly("COMMITTEE_ACTION/null/REPORTED");
    }

    @Test
    void shouldTakeAHurdleInTheLeadUnderACommitteeHeadlineForTheCommitteesStep() {
        List<StageMention> hurdle = classifier.classify("House committee approves FEMA overhaul bill",
                "A bipartisan bill that would dramatically reform the Federal Emergency Management Agency cleared a major procedural"
                        + " hurdle Wednesday.", DAY, List.of());
        assertThat(hurdle).extracting(m -> m.stage() + "/" + m.chamber()).containsExactly("COMMITTEE_ACTION/HOUSE");
        List<StageMention> cloture = classifier.classify("Senate committee advances the bill",
                "The Senate voted to invoke cloture on the motion to proceed on Wednesday.", DAY, List.of());
        assertThat(cloture).extracting(m -> m.stage() + "/" + m.chamber()).contains("FLOOR_VOTE/SENATE");
    }

    @Test
    void shouldReadACommitteeVotingToAdvanceAfterAComma() {
        assertThat(read("The House Ways and Means Committee dealt a heavy blow to controversial crypto regulations Wednesday,"
                + " voting 26-16 to advance a resolution repealing the IRS's DeFi tax rule."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
    }

    @Test
    void shouldReadTheVerbAfterTheAuthorsByPhraseAsTheSentencesOwn() {
        assertThat(read("The Preserving Choice in Vehicle Purchases Act, authored by Congressman John Joyce, M.D., (PA-13), passed in"
                + " the U.S. House of Representatives in a bipartisan 222-190 vote.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("The package, approved by the House of Representatives last month, cuts $9 billion."))
                .containsExactly("PASSED_HOUSE/HOUSE/BACKGROUND");
    }

    @Test
    void shouldReadACommitteeNamedByItsHandleAndAPassageThatMayHaveHappened() {
        assertThat(read("BREAKING: My \"Pet and Livestock Protection Act\" has PASSED in the House @NatResources Committee!"))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        assertThat(read("This bill may have passed the House by the time you read this.")).containsExactly("PASSED_HOUSE/HOUSE/HYPOTHETICAL");
        assertThat(readOn(LocalDate.of(2025, 5, 7), "In May, the House passed the bill 231-195."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
    }

    @Test
    void shouldReadTheSecondChamberFollowingSuitAsItsPassageAndGiveItThePresidentCue() {
        List<StageMention> mentions = classifier.classify("", "Earlier this year, the House of Representatives unanimously passed"
                + " the Filing Relief for Natural Disasters Act and this week the Senate followed suit, passing the bill by"
                + " unanimous consent. The bill now heads to the President's desk for his signature.", DAY, List.of());
        assertThat(mentions).extracting(m -> m.stage() + "/" + m.reading() + "/" + m.toPresident())
                .containsExactly("PASSED_HOUSE/BACKGROUND/false", "PASSED_SENATE/REPORTED/true");
        assertThat(read("The following day, the U.S. Senate followed the House's lead and passed a companion resolution."))
                .containsExactly("PASSED_SENATE/SENATE/REPORTED");
        // Following suit is a passage only in a sentence about passing.
        assertThat(read("The Senate followed suit, holding its own hearing on the nominee.")).isEmpty();
        assertThat(read("Senate Democrats followed suit and voted to pass the budget.")).isEmpty();
    }

    @Test
    void shouldReadBothChambersPassingAsFinalAndAChambersNamedCommitteeAsTheCommittee() {
        List<StageMention> both = classifier.classify("", "The House of Representatives and Senate have passed a joint resolution"
                + " disapproving of the methane fee.", DAY, List.of());
        assertThat(both).singleElement().satisfies(m -> assertThat(m.toPresident()).isTrue());
        assertThat(classifier.classify("", "The House and the Senate have each passed their own versions of the bill.", DAY,
                List.of())).noneMatch(StageMention::toPresident);
        assertThat(read("The Judiciary Committee of the House advanced the bill in a voice vote on Tuesday."))
                .containsExactly("COMMITTEE_ACTION/null/REPORTED");
        assertThat(readTitle("Senate, House send repeal of methane emission rules to Trump's desk"))
                .containsExactly("CLEARED_CONGRESS/null/REPORTED");
    }

    @Test
    void shouldReadThe218thSignatureOfAPetitionTheSentenceDoesNotCallADischargePetition() {
        assertThat(read("Today, GOP Congressmen Nick LaLota and Mike Lawler signed the petition, bringing the total number of"
                + " signatures to 218, the number required to force House action."))
                .containsExactly("FLOOR_VOTE/HOUSE/REPORTED");
    }

    @Test
    void shouldReadARevivedBillAsItsReintroduction() {
        assertThat(readTitle("Exclusive: Bipartisan duo revives bill to fight online child pornography"))
                .containsExactly("INTRODUCED/null/REPORTED");
    }

    @Test
    void shouldTakeThePassagesOfASentenceWhoseSigningIsAnEarlierCongresssForThatBills() {
        assertThat(read("The House and Senate approved a bill to award Willie O'Ree the Congressional Gold Medal, and United States"
                + " president Joe Biden signed it into law Jan. 31, 2022."))
                .containsExactly("PASSED_SENATE/SENATE/OTHER_BILL", "SIGNED/null/OTHER_BILL");
    }

    @Test
    void shouldReadACommitteeRecommendingOrAdvancingOutOfItAsCommitteeAction() {
        assertThat(read("The House Ways and Means Committee voted 37-3 to recommend a renewal of the African Growth and Opportunity Act."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        assertThat(readTitle("AGOA, HOPE/HELP Advance Out of House Ways and Means Committee"))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
    }

    @Test
    void shouldReadAChamberVotingAgainstAPolicyAsNoFailedVote() {
        assertThat(read("The U.S. House of Representatives voted against his tariffs on America's northern neighbour.")).isEmpty();
        assertThat(read("The Senate voted against the resolution 48-52.")).containsExactly("FLOOR_VOTE_FAILED/SENATE/REPORTED");
    }

    @Test
    void shouldNotTakeTheDateOfARelativeClauseForTheStepsOwn() {
        LocalDate oct28 = LocalDate.of(2025, 10, 28);
        assertThat(readOn(oct28, "The Republican-led Senate passed legislation Tuesday that would overturn President Donald Trump's"
                + " tariffs against Brazil by terminating the national emergency he declared in July."))
                .containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(readOn(oct28, "The Senate passed the bill in July.")).containsExactly("PASSED_SENATE/SENATE/BACKGROUND");
    }

    @Test
    void shouldNotReadAMajorityShortOfTwoThirdsAsFailedWhenTwoThirdsIsOnlyWhatAnOverrideToComeWouldTake() {
        String after = " It is highly unlikely the resolution could receive the required two-thirds vote needed to override a veto.";
        assertThat(read("The House passed the resolution 219-211 on Wednesday." + after))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("The House passed the bill 264-133 on Wednesday. It came up under suspension of the rules, which takes"
                + " two thirds.")).containsExactly("FLOOR_VOTE_FAILED/HOUSE/REPORTED");
    }

    @Test
    void shouldReadACommitteeByItsAcronymAPurposeAsHypotheticalAndABicameralIntroductionAsBothBills() {
        assertThat(readTitle("Bipartisan Momentum: SVAC Advances 24 Bills")).containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
        assertThat(read("We encourage our colleagues to pass our legislation, the Improving Seniors' Timely Access to Care Act,"
                + " to ensure this progress becomes law.")).doesNotContain("BECAME_LAW/null/REPORTED");
        assertThat(read("Members of the House and Senate introduced bipartisan legislation today to streamline prior authorization."))
                .containsExactly("INTRODUCED/SENATE/REPORTED", "COMPANION_FILED/null/REPORTED");
    }

    @Test
    void shouldReadEarlierTodayAsNewsACommitteeOnItsSubjectAndAClearedMarkup() {
        assertThat(read("It was announced earlier today that the President has signed the bill into law."))
                .containsExactly("SIGNED/null/REPORTED");
        assertThat(read("The US House of Representatives Committee on Ways and Means voted 40-3 to send the act to the House."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        assertThat(readTitle("The CLARITY Act cleared markup, but the Senate floor math is still the real test"))
                .containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
    }

    @Test
    void shouldNotReadRoadSignsAsASigningNorTheDateOfAClauseWithItsOwnSubjectAsTheSteps() {
        assertThat(read("The driver reportedly passed signs set up by Florida law enforcement warning of the crash ahead."))
                .doesNotContain("SIGNED/null/REPORTED");
        LocalDate sep19 = LocalDate.of(2025, 9, 19);
        assertThat(readOn(sep19, "The House passed a bipartisan resolution honoring Charlie Kirk after he was shot and killed at"
                + " Utah Valley University last week.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(readOn(sep19, "The House passed the resolution last week.")).containsExactly("PASSED_HOUSE/HOUSE/BACKGROUND");
    }

    @Test
    void shouldReadTheTwentySixthToTwentyNinthSetsIntroductions() {
        assertThat(read("Rep. August Pfluger and Rep. Jimmy Panetta reintroduced the bipartisan, bicameral Aviator Cancers"
                + " Examination Study (ACES) Act.")).contains("INTRODUCED/HOUSE/REPORTED");
        assertThat(read("Representative Nancy Mace (R-SC) introduced Tyler's Law, aimed to strengthen child safety."))
                .containsExactly("INTRODUCED/HOUSE/REPORTED");
        assertThat(read("Cotton, the Senate's No. 3 Republican, is introducing a bill today on the issue."))
                .containsExactly("INTRODUCED/null/REPORTED");
    }

    @Test
    void shouldReadTheTwentySixthToTwentyNinthSetsVotes() {
        LocalDate jan14 = LocalDate.of(2026, 1, 14);
        assertThat(readOn(jan14, "The House voted 369-22 late Jan. 12 to pass the Remote Access Security Act, which aims to"
                + " close a loophole.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("Later Friday morning, it was taken up by the Senate, which also passed a 10-day extension."))
                .containsExactly("PASSED_SENATE/SENATE/REPORTED");
        // A roundup of a set of bills' states is no one bill's step.
        assertThat(read("Of the 12 annual appropriations bills, three are law, three await the president's signature, and two"
                + " more have passed the House.")).doesNotContain("PASSED_HOUSE/HOUSE/REPORTED");
        // Closer to a signature is no signature.
        assertThat(read("The bill has passed the Senate, bringing it that much closer to being signed into law."))
                .containsExactly("PASSED_SENATE/SENATE/REPORTED", "SIGNED/null/HYPOTHETICAL");
        // Statements released after a committee's vote answer that news.
        assertThat(read("Today, House Committee on Veterans' Affairs Chairman Mike Bost (R-Ill.) and Rep. Eli Crane (R-Ariz.),"
                + " released the following statements after the Committee reported out H.R. 1041, as amended."))
                .containsExactly("COMMITTEE_ACTION/null/REPORTED");
    }

    @Test
    void shouldTakeTheChamberOfAnIntroductionFromACommitteeOnlyOneChamberHas() {
        assertThat(read("The leaders of the Transportation and Infrastructure Committee and the Coast Guard and Maritime"
                + " Transportation Subcommittee today introduced bipartisan legislation to authorize the Coast Guard."))
                .containsExactly("INTRODUCED/HOUSE/REPORTED");
        assertThat(read("The chair of the Committee on Foreign Relations today introduced a bill to renew the program."))
                .containsExactly("INTRODUCED/SENATE/REPORTED");
        // A ministry is no committee; a committee both chambers have says nothing.
        assertThat(read("Taiwan's Ministry of Foreign Affairs welcomed the news that lawmakers today introduced a bill on trade."))
                .containsExactly("INTRODUCED/null/REPORTED");
        assertThat(read("The leaders of the Judiciary Committee today introduced a bill on judgeships."))
                .containsExactly("INTRODUCED/null/REPORTED");
    }

    @Test
    void shouldReadTheThirtySecondAndThirtyThirdSetsChambersAndCommittees() {
        assertThat(readTitle("AOC eyes House path as Senate clears deepfake bill")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("Recently, the House Oversight Committee held a hearing on \"Rightsizing Government.\"")).isEmpty();
        assertThat(read("The House Oversight Committee held a hearing Tuesday on the bill.")).containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        assertThat(read("Representative Bryan Steil (R-WI) advanced his \"Stop Insider Trading Act\" out of the House"
                + " Administration Committee without support from a single Democrat.")).containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
    }

    @Test
    void shouldReadTheThirtyFourthToThirtySeventhSetsIntroductions() {
        assertThat(read("Sen. Cory Booker joined several members of Congress on Wednesday to announce they were reintroducing the"
                + " Equality Act.")).containsExactly("INTRODUCED/SENATE/REPORTED");
        assertThat(read("Today, Congresswoman Jen Kiggans (VA-02) reintroduced the Dr. Lorna Breen Health Care Provider Protection"
                + " Reauthorization Act, a bill that would prevent burnout.")).containsExactly("INTRODUCED/HOUSE/REPORTED");
        assertThat(read("A House companion bill from Reps. Blake Moore and Valerie Foushee landed the same day."))
                .containsExactly("COMPANION_FILED/HOUSE/REPORTED");
        // Sponsors in each chamber, named after a lead that gives none: the bill and its companion.
        assertThat(classifier.classify("GOP Lawmakers Introduce 'Department of War' Legislation",
                "Congressional Republicans on Friday introduced legislation to rename the Department of Defense. Sens. Rick Scott"
                        + " and Mike Lee are leading the effort in the Senate, with Rep. Greg Steube spearheading the legislation in"
                        + " the House.", DAY, List.of()).stream().map(m -> m.stage() + "/" + m.reading()).toList())
                .contains("INTRODUCED/REPORTED", "COMPANION_FILED/REPORTED");
    }

    @Test
    void shouldReadTheThirtyFourthToThirtySeventhSetsSigningsAndCommittees() {
        // A past president's signing, a count of state bills, a possibility, a participle: none is the bill's signing.
        assertThat(read("Signed into law by then-President Lyndon B. Johnson, the 1965 law prohibited the suppression of voting"
                + " rights.")).isEmpty();
        assertThat(read("More than 20 have been signed into law.")).isEmpty();
        assertThat(read("The Muhammad Ali American Boxing Revival Act took one step closer to being introduced in Congress and"
                + " potentially signed into law.")).doesNotContain("SIGNED/null/REPORTED");
        assertThat(read("Trump took aim at South Africa's newly signed Expropriation Act.")).containsExactly("SIGNED/null/BACKGROUND");
        assertThat(read("President Trump signed the bill into law on Friday.")).containsExactly("SIGNED/null/REPORTED");
        // "when" after the news's own day is that day.
        assertThat(read("A bill that would review US relations with South Africa crossed its first legislative hurdle on"
                + " Wednesday when it passed the House of Representatives Foreign Affairs Committee on a voice vote."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        assertThat(read("The bill stalled when it passed the House Foreign Affairs Committee."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/BACKGROUND");
    }

    @Test
    void shouldReadTheThirtyEighthToFortyFirstSetsConditionsCosponsorsAndMarkups() {
        // A condition governs its clause up to the comma, however long.
        assertThat(read("If the House eventually does the same and President Donald Trump signs it into law, the rule would be"
                + " nullified.")).containsExactly("SIGNED/null/HYPOTHETICAL");
        assertThat(read("This could be a scenario that plays out if a new bill set to be introduced by two Republican lawmakers"
                + " makes it through to the White House and gets signed into law by the president."))
                .doesNotContain("SIGNED/null/REPORTED");
        // Senators who sign onto a bill cosponsor it; a count of cosponsors reached has just grown.
        assertThat(read("Alabama's U.S. Senators Katie Britt and Tommy Tuberville have both signed onto new legislation requiring"
                + " increased vetting.")).containsExactly("COSPONSOR_ADDED/null/REPORTED");
        assertThat(read("Congressman Dan Goldman's No Secret Police Act today reached 100 cosponsors in the House."))
                .containsExactly("COSPONSOR_ADDED/null/REPORTED");
        assertThat(read("The Black Vulture Relief Act was marked up by the House Committee on Natural Resources on Tuesday."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
    }

    @Test
    void shouldReadTheThirtyNinthSetsSigningCosponsorsAndAStepToCome() {
        assertThat(read("President Donald Trump today signed Sen. John Kennedy's (R-La.) joint resolution of disapproval to block an"
                + " OCC rule.")).containsExactly("SIGNED/null/REPORTED");
        assertThat(read("Senators Lisa Murkowski (R-AK) and Thom Tillis (R-NC) announced their co-sponsorship of the bill."))
                .containsExactly("COSPONSOR_ADDED/null/REPORTED");
        // "when" with no subject of its own before the step: the step is to come.
        assertThat(read("The resolution, when signed into law by President Trump, will reverse a Biden-era rule."))
                .containsExactly("SIGNED/null/HYPOTHETICAL");
    }

    @Test
    void shouldReadTheFortySecondToFortyFifthSetsPassagesAndWhatPassesNoBill() {
        // How the chamber passed it, before where; on its floor; "full U.S. Senate".
        assertThat(read("The bill was passed via a voice vote in the U.S. House of Representatives on Monday evening."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(read("Today the Agricultural Risk Review Act (H.R. 1713) passed on the House floor after Congressman Lucas spoke in"
                + " support of the bill.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(readTitle("ESOP Association Legislative Priorities Unanimously Passed by Full U.S. Senate"))
                .containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("The measure against Green was approved in a mostly party-line vote of 224-198."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        // A resolution of censure adopted, told by what it does.
        assertThat(read("The House on Thursday voted to censure an unrepentant Rep. Al Green, D-Texas, for disrupting the address."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(readTitle("House censures Rep. Jamaal Bowman pulling fire alarm")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        // An amendment or nominees approved pass no bill; the other chamber's amendment is the bill's text.
        assertThat(readTitle("Senate Approves Sanders Amendment to Establish Employee Ownership Council")).isEmpty();
        assertThat(read("By a 53-43 vote, senators approved a package of nominees including James Murphy.")).isEmpty();
        assertThat(read("The House approved the Senate amendment to the bill on Tuesday.")).contains("PASSED_HOUSE/HOUSE/REPORTED");
        // A committee's recommendation is of a step to come; an act that failed on the floor failed.
        assertThat(read("Rep. Angie Craig said the committee was recommending that the House pass it."))
                .containsExactly("PASSED_HOUSE/HOUSE/HYPOTHETICAL");
        assertThat(read("The Flexibility for Workers Education Act failed 209-215 after six Republicans joined all Democrats."))
                .containsExactly("FLOOR_VOTE_FAILED/null/REPORTED");
        // A courtesy is no wish.
        assertThat(read("I would like to welcome everyone to this morning's full committee markup of the act."))
                .containsExactly("COMMITTEE_ACTION/null/REPORTED");
    }

    @Test
    void shouldReadTheFortySecondToFortyFifthSetsIntroductionsAndAFormerPresidentsVeto() {
        assertThat(read("The two lawmakers are rolling out legislation that would repeal Biden-era rules."))
                .containsExactly("INTRODUCED/null/REPORTED");
        assertThat(read("Today, Congressman Rob Wittman (R-VA) and Congresswoman Debbie Dingell (D-MI) introduced the bipartisan Sport"
                + " Fish Restoration, Recreational Boating Safety, and Wildlife Restoration Act of 2025, which would reauthorize the"
                + " trust fund.")).containsExactly("INTRODUCED/HOUSE/REPORTED");
        // A participle dated this week; lawmakers of both chambers file the bill and its companion.
        assertThat(read("Federal agencies would be barred from using such AI under bipartisan legislation introduced Wednesday by a"
                + " bipartisan group of House and Senate lawmakers.")).contains("INTRODUCED/SENATE/REPORTED", "COMPANION_FILED/null/REPORTED");
        // A lead introduction with no chamber is in the chamber of the sponsors the next sentence names.
        assertThat(classifier.classify("Bipartisan effort to ban DeepSeek on government devices", "After bipartisan legislation was"
                        + " introduced to stop DeepSeek from being downloaded on government devices, President Donald Trump called it"
                        + " \"a good development.\" The bill, titled the \"No DeepSeek on Government Devices Act,\" is being sponsored by"
                        + " Reps. Darin LaHood, R-Illinois, and Josh Gottheimer, D-New Jersey.", DAY, List.of()).stream()
                .map(m -> m.stage() + "/" + m.chamber() + "/" + m.reading()).toList())
                .containsExactly("INTRODUCED/HOUSE/BACKGROUND");
        // A veto by a president out of office by the article's day: the override vote after it is history too.
        String override = "However, after President Joe Biden vetoed the resolution, House Republicans failed to override the veto.";
        assertThat(read(override)).containsExactly("FLOOR_VOTE_FAILED/HOUSE/BACKGROUND", "VETOED/null/BACKGROUND");
        assertThat(classifier.classify("", override, LocalDate.of(2024, 2, 11), List.of()).stream()
                .map(m -> m.stage() + "/" + m.chamber() + "/" + m.reading()).toList())
                .contains("FLOOR_VOTE_FAILED/HOUSE/REPORTED");
        assertThat(read("After President Trump vetoed the resolution, House Republicans failed to override the veto on Tuesday."))
                .contains("FLOOR_VOTE_FAILED/HOUSE/REPORTED");
    }

    @Test
    void shouldReadTheFortySixthToFortyNinthSetsStepsToComeExplainersAndAStatesHouse() {
        // Goals, a markup ahead, a vote put off.
        assertThat(read("We look forward to working with lawmakers in the House and Senate to get this legislation signed into law."))
                .containsExactly("SIGNED/null/HYPOTHETICAL");
        assertThat(read("H.R. 2484 is now scheduled to be marked up in the Energy and Commerce Committee on Wednesday, April 2 at 10 a.m."
                + " as part of a full committee markup of 26 bills.")).isEmpty();
        assertThat(readTitle("Senate Committee Postpones Vote on Antisemitism Awareness Act")).isEmpty();
        // How a bill becomes law, told in general: a leading condition and an either-or govern the whole sentence.
        assertThat(read("If both chambers pass identical versions, it proceeds to the President."))
                .containsExactly("CLEARED_CONGRESS/null/HYPOTHETICAL");
        assertThat(read("After that the President either signs the bill, vetoes it (Congress can override with a two-thirds majority in"
                + " both chambers) or takes no action.")).containsExactly("SIGNED/null/HYPOTHETICAL", "VETOED/null/HYPOTHETICAL");
        assertThat(read("If no action is taken after ten days, it becomes law if Congress is in session."))
                .containsExactly("BECAME_LAW/null/HYPOTHETICAL");
        // Support given when the bill was filed is the bill's past; a relative clause's year dates what it describes.
        assertThat(read("Senate Majority Leader John Thune (R-SD), who became a co-sponsor of the legislation when it was reintroduced in"
                + " this Congress, has said he wants the bill to go through regular order."))
                .containsExactly("COSPONSOR_ADDED/null/BACKGROUND");
        assertThat(read("This week, U.S. Senator Tim Scott (R-S.C.) was joined by Senators Tina Smith (D-Minn.) and Tim Kaine (D-Va.) in"
                + " introducing legislation to reauthorize rural health outreach services programs that were signed into law under"
                + " President Trump in 2020.")).contains("INTRODUCED/SENATE/REPORTED").doesNotContain("SIGNED/null/REPORTED");
        // A committee's draft text is the bill's filing; measures rejected; an introduction of a quoted name.
        assertThat(read("Yesterday the U.S. House Committee on Transportation and Infrastructure released the draft text for the surface"
                + " transportation reauthorization bill.")).containsExactly("INTRODUCED/HOUSE/REPORTED");
        assertThat(read("A group of 15 Senate Democrats on Thursday backed resolutions introduced by Senator Bernie Sanders (I-VT),"
                + " though the measures were overwhelmingly rejected.")).containsExactly("FLOOR_VOTE_FAILED/SENATE/REPORTED");
        assertThat(readTitle("Community Oncology Alliance Applauds Introduction of \u201cSeniors\u2019 Access to Critical Medications"
                + " Act\u201d")).containsExactly("INTRODUCED/null/REPORTED");
        // A month's days are no tally; under a state chamber's headline, the text's steps are the state's.
        assertThat(StageClassifier.tally("drafted in response to the july 4-5 floods")).isNull();
        String texas = "House lawmakers approved six bills Aug. 21, all of which were drafted in response to the July 4-5 floods.";
        assertThat(read(texas)).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        assertThat(classifier.classify("Texas House Approves Youth Camp Safety, Flood Relief Bills", texas, DAY, List.of()).stream()
                .map(m -> m.stage() + "/" + m.chamber() + "/" + m.reading()).toList()).containsExactly("PASSED_HOUSE/HOUSE/OTHER_BILL");
    }

    @Test
    void shouldReadAVoteThatForwardsABillToTheFullCommitteeAsASubcommittees() {
        assertThat(read("House lawmakers from both parties voted unanimously to adopt The First Responder Network Authority"
                + " Reauthorization Act on Tuesday, forwarding it to the full House Energy and Commerce Committee for consideration."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
    }

    @Test
    void shouldReadTheFiftiethToFiftyThirdSetsNewFilingsAndTheFinancialServicesCommittee() {
        // "Newly introduced" is the filing's news; a law "newly signed" abroad stays the past.
        assertThat(read("Newly introduced legislation aims to make it easier to export energy.")).containsExactly("INTRODUCED/null/REPORTED");
        assertThat(read("Trump took aim at South Africa's newly signed Expropriation Act.")).containsExactly("SIGNED/null/BACKGROUND");
        assertThat(read("The bill was approved by the House Financial Services Committee on Wednesday."))
                .containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
    }

    @Test
    void shouldReadTheFiftyFourthToFiftySeventhSetsFilingsPassageAndHearing() {
        // A date in parentheses between the chamber and its verb.
        assertThat(readOn(LocalDate.of(2018, 7, 17), "The House on Monday (July 16) passed an over-the-counter (OTC) monograph"
                + " reform bill by voice vote.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        // Leading an effort to file is filing; leading one to pass is not passing.
        assertThat(read("U.S. Senators Roger Wicker (R-Miss.) and Brian Schatz (D-Hawaii) on Wednesday led 60 of their colleagues in a"
                + " bipartisan effort to reintroduce the CONNECT for Health Act.")).containsExactly("INTRODUCED/SENATE/REPORTED");
        assertThat(read("Sen. Smith led a bipartisan effort to pass the bill.")).doesNotContain("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("Today, Rep. Mike Thompson (CA-04) and Doris Matsui (CA-07) announced the introduction of the bipartisan"
                + " CONNECT for Health Act.")).containsExactly("INTRODUCED/HOUSE/REPORTED");
        // A headline's passive, "was" dropped; a body's "the bill she introduced" is no filing.
        assertThat(readTitle("Bill to place Tennessee lands into trust for EBCI introduced again")).containsExactly("INTRODUCED/null/REPORTED");
        assertThat(read("Supporters praised the bill she introduced")).isEmpty();
        // A hearing on a topic, its time between: no committee step.
        assertThat(read("The House Committee on Education & Workforce subcommittee on Workforce Protections held a hearing this week"
                + " entitled \"Empowering the Modern Worker.\"")).isEmpty();
    }
    @Test
    void shouldReadTheFiftyEighthToSixtyFirstSetsPassagesFilingsAndCommittees() {
        // The House's earlier vote, in a participle of its own, dates only itself.
        assertThat(readOn(LocalDate.of(2025, 12, 18), "The Senate passed the Trafficking Survivors Relief Act (S.2255/HR.4323) by"
                + " unanimous consent late Thursday after being passed unanimously by the House earlier this month."))
                .contains("PASSED_SENATE/SENATE/REPORTED");
        // A disapproval resolution's second chamber "voted to end the regulation" (not "to end debate").
        assertThat(read("House Republicans last week paved the way to overturn a rule, and on Thursday the Senate also voted to end"
                + " the regulation.")).contains("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("The Senate voted to end debate on the bill.")).doesNotContain("PASSED_SENATE/SENATE/REPORTED");
        // "voted 408-0 today in favor of the bill".
        assertThat(read("The House voted 408-0 today in favor of the bill.")).containsExactly("PASSED_HOUSE/HOUSE/REPORTED");
        // A long name after "in introducing"; "are introducing" a name; words in the name's parenthesis; a headline's plural verb.
        assertThat(read("Sheehy, a Montana Republican, joined Sen. Ben Ray Lujan, D-N.M., in introducing the Law Enforcement"
                + " Officer and Firefighter Recreation Pass Act, legislation that would provide free passes.")).containsExactly("INTRODUCED/SENATE/REPORTED");
        assertThat(read("U.S. Senators Catherine Cortez Masto (D-Nev.) and Chuck Grassley (R-Iowa) are introducing the Combating"
                + " Illicit Xylazine Act, bipartisan, bicameral legislation with Representatives Jimmy Panetta and August Pfluger."))
                .containsExactly("INTRODUCED/SENATE/REPORTED", "COMPANION_FILED/null/REPORTED");
        assertThat(read("Today, Senators Blackburn and Coons introduced the bipartisan Nurture Originals, Foster Art, and Keep"
                + " Entertainment Safe (NO FAKES) Act to protect the voice of creators.")).containsExactly("INTRODUCED/SENATE/REPORTED");
        assertThat(readTitle("Blackburn, Coons, Salazar, Dean, Colleagues Introduce \u201cNO FAKES Act\u201d to Protect Creators"))
                .containsExactly("INTRODUCED/null/REPORTED");
        // "a pair of companion bills" work together in one chamber.
        assertThat(read("The House Committees on Energy and Commerce and Financial Services jointly introduced a pair of companion"
                + " bills: the SECURE Data Act and the GUARD Financial Data Act.")).containsExactly("INTRODUCED/null/REPORTED");
        // A committee described in a clause of its own before its verb.
        assertThat(read("The House Financial Services Committee, which oversees banking, insurance and other related matters, advanced"
                + " a bill dubbed the Common Cents Act by a vote of 35-13.")).containsExactly("COMMITTEE_ACTION/HOUSE/REPORTED");
        // Resolutions the Senate never voted on did not fail a vote.
        assertThat(read("It prompted the House to pass two resolutions. The resolutions failed when the Senate declined to vote on them."))
                .doesNotContain("FLOOR_VOTE_FAILED/SENATE/REPORTED", "FLOOR_VOTE_FAILED/SENATE/BACKGROUND");
    }
    @Test
    void shouldReadTheEighteenthRoundsWordingsOfFilingsAndCommitteeSteps() {
        // Made up after the sixty-second to sixty-fifth sets. A committee of six words.
        assertThat(read("Today, the senator's bipartisan bill to bolster cybersecurity in the health care and public health sectors"
                + " advanced out of the Senate Homeland Security and Governmental Affairs Committee."))
                .containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
        // A senator and a representative filing together: each chamber's bill; "a pair of measures" are bills.
        assertThat(read("Sen. Rand Paul (R-KY) and Congressman Morgan Griffith (R-VA) introduced a pair of measures to rein in the"
                + " federal health bureaucracy.")).containsExactly("INTRODUCED/HOUSE/REPORTED", "COMPANION_FILED/null/REPORTED");
        assertThat(read("The government introduced measures to curb inflation.")).isEmpty();
        // A headline's participle followed by what the bill is for; a hyphenated re-introduction.
        assertThat(readTitle("Companion Bill Introduced in U.S. House to Support Sustainable Offshore Aquaculture in America"))
                .containsExactly("COMPANION_FILED/null/REPORTED");
        assertThat(read("Companion legislation to the AQUAA Act was re-introduced in the U.S. House by Reps. Kat Cammack and Ed Case"
                + " this week.")).containsExactly("INTRODUCED/HOUSE/REPORTED");
        // Teamed up to introduce: done, as "joined ... to introduce" is.
        assertThat(read("Sen. Josh Hawley has teamed up with Sen. Peter Welch to introduce the Higher Wages for American Workers Act."))
                .containsExactly("INTRODUCED/SENATE/REPORTED");
        assertThat(read("Sen. Hawley plans to team up with Sen. Welch to introduce a bill.")).containsExactly("INTRODUCED/SENATE/HYPOTHETICAL");
        // A markup under way, not one to come.
        assertThat(read("Today, Chairman Tim Walberg delivered the following statement at a markup of seven bills on education freedom:"))
                .containsExactly("COMMITTEE_ACTION/null/REPORTED");
        assertThat(read("The bill will be considered at a markup of the committee next week.")).containsExactly("COMMITTEE_ACTION/null/HYPOTHETICAL");
        // A bill the article calls new, introduced by a senator.
        assertThat(read("A new bill introduced by Senator Ted Cruz (R-TX) seeks to formally designate the Muslim Brotherhood as a"
                + " Foreign Terrorist Organization.")).containsExactly("INTRODUCED/SENATE/REPORTED");
        // A bill described by its sponsors, in apposition to another bill's name, is no news of their support.
        assertThat(read("The committee voted first on the Streamlining Federal Cybersecurity Regulations Act, a bill co-sponsored by"
                + " committee Chair Gary Peters and Sen. James Lankford.")).isEmpty();
        assertThat(read("The bill is co-sponsored by Rep. Anna Paulina Luna.")).containsExactly("COSPONSOR_ADDED/null/REPORTED");
    }
    @Test
    void shouldReadTheNineteenthRoundsWordings() {
        // Made up after the sixty-sixth to sixty-ninth sets. A member's party and state, or a title, set off by commas
        // before the verb: the member's filing, not a participle hanging off a bill.
        assertThat(read("Sen. Ted Cruz, R-Texas, filed legislation on Wednesday that would change the tax code."))
                .containsExactly("INTRODUCED/SENATE/REPORTED");
        assertThat(read("Rep. Kat Cammack, R-FL-03, introduced legislation on Tuesday.")).containsExactly("INTRODUCED/HOUSE/REPORTED");
        assertThat(read("Sen. Ted Cruz, the chairman of the committee, filed legislation on Wednesday."))
                .containsExactly("INTRODUCED/SENATE/REPORTED");
        assertThat(read("The bill, introduced on Tuesday, would end the program.")).containsExactly("INTRODUCED/null/BACKGROUND");
        // A committee's tally "in favor of" the bill; a hearing titled after a comma is on a topic.
        assertThat(read("The Senate Banking Committee today voted 13-11 in favor of legislation to prevent regulators from using"
                + " reputational risk.")).containsExactly("COMMITTEE_ACTION/SENATE/REPORTED");
        assertThat(read("The Committee held a hearing on Wednesday entitled, \u201cPreparing the Pipeline: Examining the State of"
                + " America's Cyber Workforce.\u201d")).isEmpty();
        // The chamber of a bill named before its participle.
        assertThat(read("Small businesses would get more help under a bipartisan Senate bill introduced Wednesday."))
                .containsExactly("INTRODUCED/SENATE/REPORTED");
        // A chamber passing the other chamber's measure clears Congress, unless it amends it.
        assertThat(read("The Senate passed H.R. 1234 on Tuesday.")).containsExactly("PASSED_SENATE/SENATE/REPORTED",
                "CLEARED_CONGRESS/null/REPORTED");
        assertThat(read("The House late Wednesday passed S. 4054, the Grain Standards Reauthorization Act, by voice vote."))
                .containsExactly("PASSED_HOUSE/HOUSE/REPORTED", "CLEARED_CONGRESS/null/REPORTED");
        assertThat(read("The Senate passed S. 1234 on Tuesday.")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
        assertThat(read("The Senate passed H.R. 1234 on Tuesday with an amendment.")).containsExactly("PASSED_SENATE/SENATE/REPORTED");
    }
    @Test
    void shouldReadTheTwentiethRoundsWordings() {
        // Made up after the seventieth set: a member's signing as a governor, told after the verb; a year after the
        // comma without a space dates the passage a year back.
        assertThat(readOn(LocalDate.of(2022, 3, 17), "Sen. Rick Scott, a proponent who signed a similar bill into law when he was"
                + " governor of Florida, said he would have given a speech.")).isEmpty();
        assertThat(readOn(LocalDate.of(2023, 3, 2), "The U.S. Senate passed the Sunshine Protection Act on March 15,2022, but the"
                + " House did not bring it up for a vote.")).containsExactly("PASSED_SENATE/SENATE/OTHER_BILL");
    }
}
