package org.newsalert.enrich.novelty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.StageReached;

class NoveltyDetectorTest {
    private static final Instant DEC_10 = Instant.parse("2025-12-10T00:00:00Z");
    private static final List<String> NATO_BILLS = List.of("hr6508-119");
    private final NoveltyDetector detector = new NoveltyDetector();

    /** A seed fixture: '#' lines are provenance notes; the first article line is the title. */
    private static ArticleInput seed(String file, Instant published, boolean startsStory) throws IOException {
        try (InputStream in = NoveltyDetectorTest.class.getResourceAsStream("/seeds/" + file)) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = raw.lines().filter(l -> !l.startsWith("#")).toList();
            String title = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
            String text = String.join("\n", lines);
            return new ArticleInput(file, title, text, published, NATO_BILLS, startsStory, false);
        }
    }

    private static ArticleInput article(String id, String day, String title, String text) {
        return new ArticleInput(id, title, text, Instant.parse(day + "T00:00:00Z"), List.of(), false, false);
    }

    @Test
    void shouldOpenTheSeedStoryThenTreatItsRepeatsAsCoverageAndTheHearingAsADevelopment() throws IOException {
        Novelty first = detector.detect(null, seed("1-benzinga-new-story.txt", DEC_10, true));
        assertThat(first.kind()).isEqualTo(ArticleKind.NEW_STORY);
        assertThat(first.stage()).isEqualTo("introduced");
        assertThat(first.newSentences()).containsExactly("Rep. Thomas Massie (R-Ky.) has introduced legislation to pull the"
                + " United States out of NATO, sharpening an internal Republican clash over the alliance even as President"
                + " Donald Trump keeps pressuring European partners on defense spending.");
        assertThat(first.updatedState().stages()).containsExactly(
                new StageReached("introduced", DEC_10, "1-benzinga-new-story.txt"),
                new StageReached("companion_filed", DEC_10, "1-benzinga-new-story.txt"),
                new StageReached("cosponsor_added", DEC_10, "1-benzinga-new-story.txt"));

        Novelty second = detector.detect(first.updatedState(), seed("2-newsmax-coverage.txt", DEC_10, false));
        assertThat(second).isEqualTo(new Novelty(ArticleKind.COVERAGE, null, List.of(), second.updatedState()));
        assertThat(second.updatedState().stages()).isEqualTo(first.updatedState().stages());

        Novelty third = detector.detect(second.updatedState(), seed("3-rewrite-coverage.txt", DEC_10, false));
        assertThat(third).isEqualTo(new Novelty(ArticleKind.COVERAGE, null, List.of(), third.updatedState()));

        Instant feb11 = Instant.parse("2026-02-11T00:00:00Z");
        Novelty followUp = detector.detect(third.updatedState(), seed("4-made-up-followup.txt", feb11, false));
        assertThat(followUp.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(followUp.stage()).isEqualTo("committee_action");
        assertThat(followUp.newSentences()).containsExactly(
                "The House Foreign Affairs Committee's Europe subcommittee held a hearing Tuesday on H.R. 6508, the NATO Act,"
                        + " giving Rep. Thomas Massie's push to withdraw the United States from the alliance its first"
                        + " formal airing in Congress.");
        assertThat(followUp.updatedState().stages()).endsWith(
                new StageReached("committee_action", feb11, "4-made-up-followup.txt"));
        assertThat(followUp.updatedState().articles()).isEqualTo(4);
    }

    @Test
    void shouldCallTheSecondVoteOfAChamberTheFinalPassageOnceTheOtherChamberHasPassedTheBill() {
        Novelty house = detector.detect(null, article("a", "2025-06-12", "House passes rescissions package",
                "The House passed the rescissions package 214-212 on Thursday."));
        Novelty senate = detector.detect(house.updatedState(), article("b", "2025-07-17", "Senate passes amended package",
                "The Senate passed the package 51-48 after removing the PEPFAR cut, sending it back to the House."));
        Novelty final_ = detector.detect(senate.updatedState(), article("c", "2025-07-18", "Lawmakers claw back $9 billion",
                "The House passed the bill by a vote of 216-213. It now goes to Trump for his signature."));

        assertThat(List.of(house.kind(), senate.kind(), final_.kind()))
                .containsExactly(ArticleKind.NEW_STORY, ArticleKind.DEVELOPMENT, ArticleKind.DEVELOPMENT);
        assertThat(List.of(house.stage(), senate.stage(), final_.stage()))
                .containsExactly("passed_house", "passed_senate", "cleared_congress");
        assertThat(final_.newSentences()).containsExactly(
                "The House passed the bill by a vote of 216-213.", "It now goes to Trump for his signature.");
    }

    @Test
    void shouldCallANewVoteThatSendsTheBillToThePresidentTheFinalPassageWithoutTheOtherChambersVote() {
        // The story never saw the Senate's vote (another feed had it, or it went to another story).
        Novelty house = detector.detect(null, article("a", "2025-06-12", "House passes rescissions package",
                "The House passed the rescissions package 214-212 on Thursday."));
        Novelty final_ = detector.detect(house.updatedState(), article("c", "2025-07-18", "Lawmakers claw back $9 billion",
                "The House passed the bill by a vote of 216-213. It now goes to Trump for his signature."));
        Novelty noTally = detector.detect(house.updatedState(), article("d", "2025-07-18", "Rescissions bill heads to Trump",
                "The House passed the rescissions package, and it now goes to Trump for his signature."));

        assertThat(final_.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(final_.stage()).isEqualTo("cleared_congress");
        // Without a roll call it may be the June vote told again: nothing new.
        assertThat(noTally.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldNotReadAGoesToThePresidentSlipInARepeatOfTheSameVoteAsFinalPassage() {
        Novelty house = detector.detect(null, article("a", "2025-02-06", "House passes HALT Fentanyl Act",
                "The House passed H.R. 27 by 312-108."));
        Novelty senate = detector.detect(house.updatedState(), article("b", "2025-03-14", "Senate passes fentanyl bill",
                "The Senate passed the HALT Fentanyl Act 84-16 on Friday afternoon."));
        Novelty repeat = detector.detect(senate.updatedState(), article("c", "2025-03-18", "Senate passes Cassidy's bill",
                "The Senate approved the bill with an 84-16 vote, and it now awaits President Trump's signature."));

        assertThat(repeat).isEqualTo(new Novelty(ArticleKind.COVERAGE, null, List.of(), repeat.updatedState()));
        assertThat(repeat.updatedState().stages()).isEqualTo(senate.updatedState().stages());
    }

    @Test
    void shouldTreatBecomingLawAfterTheSigningAsCoverageButNotWithoutOne() {
        Novelty signed = detector.detect(null, article("a", "2025-07-02", "Trump signs rural broadband law",
                "President Donald Trump on Wednesday signed the Rural Broadband Access Act into law."));
        Novelty nowLaw = detector.detect(signed.updatedState(), article("b", "2025-07-03", "Rural broadband grants: what comes next",
                "The $4 billion rural broadband program is now law. Applications open once the rules are written."));
        assertThat(nowLaw.kind()).isEqualTo(ArticleKind.COVERAGE);

        Novelty vetoed = detector.detect(null, article("c", "2025-07-02", "Trump vetoes rural broadband bill",
                "President Donald Trump vetoed the Rural Broadband Access Act on Wednesday."));
        Novelty override = detector.detect(vetoed.updatedState(), article("d", "2025-07-20", "Congress overrides veto",
                "Congress overrode the veto on Friday, and the rural broadband program became law."));
        assertThat(override.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(override.stage()).isEqualTo("became_law");
    }

    @Test
    void shouldReportAFailedOverrideAfterTheVetoEvenWhenAnEarlierVoteHadFailed() {
        Novelty cloture = detector.detect(null, article("a", "2025-05-14", "Housing bill stalls",
                "A procedural vote on the housing bill failed 52-47 in the Senate on Wednesday."));
        Novelty passed = detector.detect(cloture.updatedState(), article("b", "2025-06-26", "Housing bill goes to Trump",
                "The House passed the housing bill 310-115 on Wednesday, sending it to President Donald Trump."));
        Novelty vetoed = detector.detect(passed.updatedState(), article("c", "2025-07-02", "Trump vetoes housing bill",
                "President Donald Trump vetoed the housing bill on Wednesday."));
        Novelty override = detector.detect(vetoed.updatedState(), article("d", "2025-07-20", "House fails to override veto",
                "The House voted 270-150 to override the veto, falling short of the two-thirds majority needed."));
        Novelty again = detector.detect(override.updatedState(), article("e", "2025-07-21", "Override falls short",
                "The override fell short of the two-thirds majority in the House on Sunday, 270-150."));

        assertThat(List.of(cloture.stage(), passed.stage(), vetoed.stage(), override.stage()))
                .containsExactly("floor_vote_failed", "cleared_congress", "vetoed", "floor_vote_failed");
        assertThat(override.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(again.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldKeepPreviewsAndBackgroundOutOfDevelopments() {
        Novelty first = detector.detect(null, article("a", "2025-06-03", "White House sends rescissions package",
                "The Trump administration sent a $9.4 billion rescissions package to the House of Representatives."));
        Novelty preview = detector.detect(first.updatedState(), article("b", "2025-06-12", "House to vote on package",
                "The House is set to vote Thursday on the rescission package. The White House sent the package on June 3."
                        + " If the Senate makes changes, a second House vote would be required before it heads to the president's desk."));

        assertThat(first.stage()).isEqualTo("introduced");
        assertThat(preview).isEqualTo(new Novelty(ArticleKind.COVERAGE, null, List.of(), preview.updatedState()));
    }

    @Test
    void shouldTreatAnIntroductionHeardOfAfterTheBillMovedOnAsBackfill() {
        Novelty passed = detector.detect(null, article("a", "2025-02-06", "House passes bill", "The House passed the bill 312-108."));
        Novelty markup = detector.detect(passed.updatedState(), article("b", "2025-02-27", "Senate panel advances bill",
                "The Senate Judiciary Committee voted 16-5 to report the bill. Sens. Bill Cassidy and Martin Heinrich introduced the legislation."));

        assertThat(markup.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(markup.stage()).isEqualTo("committee_action");
        assertThat(markup.newSentences()).containsExactly("The Senate Judiciary Committee voted 16-5 to report the bill.");
        assertThat(markup.updatedState().stages()).extracting(StageReached::stage)
                .containsExactly("passed_house", "committee_action");
    }

    @Test
    void shouldTreatANearCopyAsCoverageUnlessWordsTheStoryHasNotSeenReportANewStage() {
        Novelty first = detector.detect(null, article("a", "2025-06-25", "Lee introduces NATO exit bill",
                "Sen. Mike Lee introduced a bill Wednesday to withdraw the United States from NATO."));
        ArticleInput copy = new ArticleInput("b", "Lee introduces NATO exit bill",
                "Sen. Mike Lee introduced a bill Wednesday to withdraw the United States from NATO.",
                Instant.parse("2025-06-27T00:00:00Z"), List.of(), false, true);
        ArticleInput newLead = new ArticleInput("c", "Lee bill", "The Senate passed the NATO Act on Friday.",
                Instant.parse("2025-06-27T00:00:00Z"), List.of(), false, true);

        assertThat(detector.detect(first.updatedState(), copy).kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(detector.detect(first.updatedState(), newLead).kind()).isEqualTo(ArticleKind.DEVELOPMENT);
    }

    @Test
    void shouldAlertOnAnIntroductionInTheOtherChamberAsACompanion() {
        Novelty senate = detector.detect(null, article("a", "2025-06-25", "Lee wants out of NATO",
                "U.S. Sen. Mike Lee introduced a new bill that would require the United States to withdraw from NATO."));
        Novelty house = detector.detect(senate.updatedState(), article("b", "2025-12-10", "Massie introduces NATO bill",
                "Republican Congressman Thomas Massie said he introduced legislation to withdraw the United States from NATO."));

        assertThat(house.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(house.stage()).isEqualTo("companion_filed");
        assertThat(house.updatedState().introducedIn()).isEqualTo(Chamber.SENATE);
    }

    @Test
    void shouldKeepAStoryThatNamesNoBillSilentUntilAnArticleNamesOneOrReportsAStep() {
        // Not a bill: a story of its own, but nothing a follower of legislation is alerted to.
        Novelty order = detector.detect(null, article("a", "2025-12-15", "Trump signs EO on fentanyl",
                "President Donald Trump signed an executive order Monday classifying illicit fentanyl as a weapon of mass destruction."
                        + " The order directs the attorney general to pursue investigations."));
        assertThat(order.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(order.stage()).isNull();
        assertThat(order.newSentences()).isEmpty();
        assertThat(order.updatedState().silent()).isTrue();

        Novelty more = detector.detect(order.updatedState(), article("b", "2025-12-16", "Fentanyl order draws praise",
                "Sheriffs praised the order on Tuesday. They said it would help prosecutors."));
        assertThat(more.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(more.updatedState().silent()).isTrue();

        // The first article of the story that reports a step of a bill announces it.
        Novelty bill = detector.detect(more.updatedState(), article("c", "2025-12-17", "Senators answer the order with a bill",
                "Sen. Tom Cotton introduced a bill on Wednesday to write the order into law. Two Democrats signed on."));
        assertThat(bill.kind()).isEqualTo(ArticleKind.NEW_STORY);
        assertThat(bill.stage()).isEqualTo("introduced");
        assertThat(bill.updatedState().silent()).isFalse();
        assertThat(bill.updatedState().articles()).isEqualTo(3);

        Novelty after = detector.detect(bill.updatedState(), article("d", "2025-12-18", "Cotton bill gains support",
                "The measure gathered support from sheriffs on Thursday."));
        assertThat(after.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldTakeARuleReportedAfterTheHousePassageAsItsPastAndCongressApprovingAsTheFinalVote() {
        Novelty passed = detector.detect(null, article("a", "2025-02-12", "House passes Midnight Rules Relief Act",
                "The House passed the Midnight Rules Relief Act on Wednesday in a 212-208 vote."));
        Novelty rule = detector.detect(passed.updatedState(), article("b", "2025-02-13", "House Narrowly Passes Midnight Rules Relief Act",
                "On Monday, the House Rules Committee advanced the bill, and the House approved it on Wednesday."));
        assertThat(rule.kind()).isEqualTo(ArticleKind.COVERAGE);

        Novelty senate = detector.detect(null, article("c", "2025-10-30", "Senate votes to scrap Arctic drilling limits",
                "The Senate passed the resolution 52-45 on Thursday."));
        Novelty congress = detector.detect(senate.updatedState(), article("d", "2025-11-18",
                "Congress approves measure to overturn Biden-era plan for Alaska petroleum reserve", "The vote was 214-208."));
        assertThat(congress.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(congress.stage()).isEqualTo("cleared_congress");
        // With no chamber's passage known, "Congress approves" is not enough to say the bill cleared.
        assertThat(detector.detect(null, article("e", "2025-11-18", "Congress approves measure to overturn plan", "")).stage())
                .isNull();
    }

    @Test
    void shouldOpenAStoryWithoutAStageWhenItsFirstArticleNamesABillByNumberOrByName() {
        String title = "Farm groups weigh in on the Rural Roads Act";
        String text = "Farm groups said Monday the measure would help counties repair bridges. Counties agree.";
        Novelty byNumber = detector.detect(null, new ArticleInput("a", title, text, Instant.parse("2025-05-05T00:00:00Z"),
                List.of("hr2100-119"), true, false));
        assertThat(byNumber.kind()).isEqualTo(ArticleKind.NEW_STORY);
        assertThat(byNumber.stage()).isNull();
        assertThat(byNumber.newSentences()).hasSize(2);

        Novelty byName = detector.detect(null, new ArticleInput("a", title, text, Instant.parse("2025-05-05T00:00:00Z"),
                List.of(), true, false, true));
        assertThat(byName.kind()).isEqualTo(ArticleKind.NEW_STORY);

        Novelty neither = detector.detect(null, article("a", "2025-05-05", title, text));
        assertThat(neither.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldReadStoryMemoryWrittenBeforeSilentStoriesAsAnnounced() throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        StoryMemory old = json.readValue("{\"articles\":2,\"stages\":[],\"introducedIn\":null,\"tallies\":[],"
                + "\"bills\":[],\"fingerprints\":[]}", StoryMemory.class);
        assertThat(old.silent()).isFalse();
        Novelty n = detector.detect(old, article("c", "2025-12-18", "More on the fair", "The fair drew a crowd on Sunday."));
        assertThat(n.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldRoundTripTheStoryMemoryThroughJsonAndKeepItBounded() throws IOException {
        StoryMemory memory = null;
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 20; j++) {
                text.append("Sentence ").append(i).append(" number ").append(j).append(" talks about words w").append(i * 100 + j)
                        .append(" and more w").append(i * 1000 + j).append(". ");
            }
            memory = detector.detect(memory, article("a" + i, "2025-06-25", "t", text.toString())).updatedState();
        }
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        String serialised = json.writeValueAsString(memory);

        assertThat(json.readValue(serialised, StoryMemory.class)).isEqualTo(memory);
        assertThat(memory.fingerprints()).hasSize(StoryMemory.MAX_FINGERPRINTS);
        assertThat(serialised.length()).isLessThan(30_000);
    }

    @Test
    void shouldDecideTheSameWayEveryTime() throws IOException {
        List<Novelty> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            StoryMemory memory = null;
            for (String f : List.of("1-benzinga-new-story.txt", "2-newsmax-coverage.txt", "3-rewrite-coverage.txt")) {
                Novelty n = detector.detect(memory, seed(f, DEC_10, memory == null));
                memory = n.updatedState();
                runs.add(n);
            }
        }
        assertThat(runs.subList(0, 3)).isEqualTo(runs.subList(3, 6));
    }

    @Test
    void shouldTreatACosponsorListAsThePastOnceTheBillHasReachedTheFloor() {
        Novelty introduced = detector.detect(null, article("a", "2025-01-03", "Britt reintroduces Laken Riley Act",
                "Sen. Katie Britt introduced the Laken Riley Act on Friday."));
        Novelty passed = detector.detect(introduced.updatedState(), article("b", "2025-01-07", "House passes Laken Riley Act",
                "The House passed the Laken Riley Act 264-159 on Tuesday."));
        String list = "Supporters rallied on Tuesday. All 52 Senate Republicans are co-sponsoring the bill.";
        Novelty afterPassage = detector.detect(passed.updatedState(), article("c", "2025-01-08", "Laken Riley Act heads to Senate", list));
        Novelty beforePassage = detector.detect(introduced.updatedState(), article("c", "2025-01-04", "Senate Republicans back bill", list));

        Novelty floor = detector.detect(introduced.updatedState(), article("e", "2025-01-06", "Senate advances Laken Riley Act",
                "The Senate voted 84-9 on Monday to advance the Laken Riley Act."));
        Novelty afterFloorVote = detector.detect(floor.updatedState(), article("f", "2025-01-07", "Senate debates bill", list));

        assertThat(passed.stage()).isEqualTo("passed_house");
        assertThat(afterPassage.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(floor.stage()).isEqualTo("floor_vote");
        assertThat(afterFloorVote.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(beforePassage.stage()).isEqualTo("cosponsor_added");
    }

    @Test
    void shouldReadAnIntroductionsCosponsorListAsNewsOnlyWhenItNamesAMemberTheStoryHasNotNamed() {
        Novelty introduced = detector.detect(null, article("a", "2025-07-22", "Graves and Larsen introduce FEMA Act",
                "Chairman Sam Graves and Ranking Member Rick Larsen introduced the FEMA Act on Tuesday."));
        String title = "House committee leaders release FEMA reform bill";
        String text = "The FEMA Act was introduced following the release of a discussion draft in May."
                + " The bill is cosponsored by Chairman Sam Graves (R-MO) and Ranking Member Rick Larsen (D-WA).";
        Novelty known = detector.detect(introduced.updatedState(), new ArticleInput("b", title, text,
                Instant.parse("2025-07-25T00:00:00Z"), List.of(), false, false, true, List.of()));
        Novelty newName = detector.detect(introduced.updatedState(), new ArticleInput("b", title,
                text.replace("Ranking Member Rick Larsen (D-WA)", "Rep. Greg Stanton (D-AZ)"),
                Instant.parse("2025-07-25T00:00:00Z"), List.of(), false, false, true, List.of("Stanton")));
        // A member who joins is news whether or not the article also tells the introduction.
        Novelty joins = detector.detect(introduced.updatedState(), new ArticleInput("b", title,
                "The FEMA Act was introduced in July. Rep. Sam Graves (R-MO) signed on as a cosponsor this week.",
                Instant.parse("2025-07-25T00:00:00Z"), List.of(), false, false, true, List.of()));

        assertThat(known.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(known.updatedState().stages()).extracting(StageReached::stage).contains("cosponsor_added");
        assertThat(newName.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(newName.stage()).isEqualTo("cosponsor_added");
        assertThat(joins.stage()).isEqualTo("cosponsor_added");
    }

    @Test
    void shouldTakeCosponsorsTheStoryHasNotNamedAsNewsAfterTheSponsorsOwnList() {
        Novelty introduced = detector.detect(null, article("a", "2025-04-03", "Grassley, Cantwell introduce trade bill",
                "Sens. Chuck Grassley and Maria Cantwell introduced the Trade Review Act of 2025 on Thursday."));
        // The sponsors' own list fills in the past ...
        Novelty list = detector.detect(introduced.updatedState(), new ArticleInput("b", "Senators introduce bill to reassert"
                + " Congress's trade role", "The Trade Review Act of 2025 was co-sponsored by Sen. Chuck Grassley and Sen. Maria"
                + " Cantwell.", Instant.parse("2025-04-03T12:00:00Z"), List.of(), false, false, true, List.of(),
                List.of("Grassley", "Cantwell")));
        // ... and new names are news all the same.
        Novelty joined = detector.detect(list.updatedState(), new ArticleInput("c", "Bipartisan Senate bill gains support",
                "Senators Lisa Murkowski and Thom Tillis announced their co-sponsorship of the bill on Friday.",
                Instant.parse("2025-04-04T12:00:00Z"), List.of(), false, false, false, List.of("Murkowski", "Tillis"), List.of()));
        Novelty again = detector.detect(joined.updatedState(), new ArticleInput("d", "Trade bill support grows",
                "Senators Lisa Murkowski and Thom Tillis announced their co-sponsorship of the bill on Friday.",
                Instant.parse("2025-04-05T12:00:00Z"), List.of(), false, false, false, List.of(), List.of("Murkowski", "Tillis")));

        assertThat(list.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(list.updatedState().stages()).extracting(StageReached::stage).contains("cosponsor_added");
        assertThat(joined.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(joined.stage()).isEqualTo("cosponsor_added");
        assertThat(again.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldReadALaterArticlesCosponsorListOfMembersTheStoryKnowsAsTheirSupportAgain() {
        Novelty introduced = detector.detect(null, article("a", "2025-07-23", "Jack and Davids Introduce Bipartisan Boxing Bill",
                "Congressman Brian Jack and Congresswoman Sharice Davids introduced the Muhammad Ali American Boxing Revival Act today."));
        String title = "Fighters reject lawmakers' push to rewrite Ali Act";
        String text = "Kansas Rep. Sharice Davids, a former mixed-martial-arts fighter, is co-sponsoring the new Muhammad Ali"
                + " American Boxing Revival Act.";
        Novelty known = detector.detect(introduced.updatedState(), new ArticleInput("b", title, text,
                Instant.parse("2025-07-25T00:00:00Z"), List.of(), false, false, true, List.of(), List.of("Davids")));
        Novelty newName = detector.detect(introduced.updatedState(), new ArticleInput("b", title,
                text.replace("Kansas Rep. Sharice Davids", "Rep. Greg Stanton"),
                Instant.parse("2025-07-25T00:00:00Z"), List.of(), false, false, true, List.of("Stanton"), List.of()));
        // A known member who joins is news.
        Novelty joins = detector.detect(introduced.updatedState(), new ArticleInput("b", title,
                "Rep. Sharice Davids signed on as a cosponsor this week.",
                Instant.parse("2025-07-25T00:00:00Z"), List.of(), false, false, true, List.of(), List.of("Davids")));

        assertThat(known.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(newName.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(newName.stage()).isEqualTo("cosponsor_added");
        assertThat(joins.stage()).isEqualTo("cosponsor_added");
    }

    @Test
    void shouldNotTakeAPassageQuotedDeepInTheBodyForTheFinalVote() {
        Novelty senate = detector.detect(null, article("a", "2025-02-13", "Senate passes Take It Down Act",
                "The Senate passed the Take It Down Act by unanimous consent on Thursday."));
        Novelty house = detector.detect(senate.updatedState(), article("b", "2025-04-28", "House passes Take It Down Act",
                "The House passed the Take It Down Act 409-2 on Monday."));
        String body = "The measure passed the House on Monday. Supporters gathered outside the Capitol. Advocates praised"
                + " the vote. Platforms will have 48 hours to remove flagged images. The president spoke about it in March."
                + " \"The Senate just passed the Take It Down Act.\" Trump told a joint session of Congress.";
        Novelty later = detector.detect(house.updatedState(), article("c", "2025-04-29", "Platforms face new rules", body));
        Novelty lead = detector.detect(house.updatedState(), article("d", "2025-04-29", "Senate agrees to House changes",
                "The Senate passed the Take It Down Act again on Tuesday."));

        assertThat(later.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(lead.stage()).isEqualTo("cleared_congress");
    }

    @Test
    void shouldReadAChamberPassingTheBillAgainOnItsWayBackToTheOtherChamberAsNewsThatDoesNotClearCongress() {
        Novelty house = detector.detect(null, article("a", "2025-09-10", "House passes defense bill",
                "The House passed the defense policy bill 231-196 on Wednesday."));
        Novelty senate = detector.detect(house.updatedState(), article("b", "2025-10-09", "Senate passes defense bill",
                "The Senate passed its version of the defense bill 77-20 on Thursday."));
        Novelty again = detector.detect(senate.updatedState(), article("c", "2025-12-10", "House backs defense bill, Senate next",
                "The House passed the compromise defense bill on Wednesday."));
        Novelty sameVote = detector.detect(again.updatedState(), article("d", "2025-12-10", "House passes the defense bill",
                "The House passed the compromise defense bill 312-112 on Wednesday."));
        Novelty last = detector.detect(sameVote.updatedState(), article("e", "2025-12-17", "Defense bill passes",
                "The Senate voted 77-22 on Wednesday to pass the compromise, sending it to the White House."));

        assertThat(again.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(again.stage()).isEqualTo("passed_house");
        assertThat(sameVote.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(last.stage()).isEqualTo("cleared_congress");
    }

    @Test
    void shouldClearCongressOnAGoesToThePresidentLineAfterTheOtherChambersFloorVote() {
        Novelty house = detector.detect(null, article("a", "2025-03-11", "House passes stopgap",
                "The House passed the stopgap 217-213 on Tuesday."));
        Novelty cloture = detector.detect(house.updatedState(), article("b", "2025-03-14", "Senate advances stopgap",
                "The Senate voted 62-38 to invoke cloture on the stopgap on Friday."));
        String goes = "Shutdown averted on Friday night. The bill now goes to President Donald Trump.";
        Novelty afterVote = detector.detect(cloture.updatedState(), article("c", "2025-03-14", "Shutdown averted", goes));
        Novelty withoutVote = detector.detect(house.updatedState(), article("c", "2025-03-14", "Shutdown averted", goes));

        assertThat(afterVote.stage()).isEqualTo("cleared_congress");
        // One chamber's passage and nothing since: the line may repeat that passage's news.
        assertThat(withoutVote.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldReadAProceduralVoteOfANewRoundAsNewsButTheNextDaysOfOneFightAsCoverage() {
        Novelty rule = detector.detect(null, article("a", "2025-12-10", "House adopts rule for defense bill",
                "The House voted 215-211 on Wednesday to advance the defense bill, adopting the rule for debate."));
        Novelty nextDay = detector.detect(rule.updatedState(), article("b", "2025-12-11", "Vance breaks tie",
                "The Senate voted 51-50 on Thursday to proceed to the defense bill after a tie-breaking vote."));
        Novelty cloture = detector.detect(rule.updatedState(), article("c", "2025-12-15", "Senate clears key hurdle",
                "The Senate on Monday voted 76-20 to end debate on the defense bill, clearing a key procedural hurdle."));

        assertThat(rule.stage()).isEqualTo("floor_vote");
        assertThat(nextDay.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(cloture.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(cloture.stage()).isEqualTo("floor_vote");
    }

    @Test
    void shouldReadTheOtherChambersIntroductionInAHeadlineAfterPassageAsTheCompanion() {
        Novelty passed = detector.detect(null, article("a", "2025-01-23", "House passes Fix Our Forests Act",
                "The House passed the Fix Our Forests Act 279-141 on Thursday."));
        Novelty senate = detector.detect(passed.updatedState(), article("b", "2025-04-11",
                "Sheehy, Western Senators Introduce Bipartisan Fix Our Forests Act",
                "Sen. Tim Sheehy today joined Sens. John Curtis and Alex Padilla to introduce the Fix Our Forests Act."));

        assertThat(senate.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(senate.stage()).isEqualTo("companion_filed");
    }

    @Test
    void shouldClearCongressWhenTheBodySendsToThePresidentThePassageTheHeadlineReported() {
        Novelty house = detector.detect(null, article("a", "2024-11-13", "House passes Social Security Fairness Act",
                "The House passed the Social Security Fairness Act 327-75 on Tuesday."));
        Novelty senate = detector.detect(house.updatedState(), article("b", "2024-12-21",
                "Social Security Fairness Act Senate vote passed", "Legislation to expand Social Security benefits passed the"
                        + " U.S. Senate early Saturday and is now headed to the desk of President Biden."));

        assertThat(senate.updatedState().stages()).extracting(StageReached::stage)
                .containsExactly("passed_house", "passed_senate", "cleared_congress");
    }

    @Test
    void shouldReadTheOtherChambersIntroductionAfterTheFirstChambersCommitteeAsTheCompanion() {
        Novelty senate = detector.detect(null, article("a", "2025-07-29", "Senate Banking Committee advances ROAD to Housing Act",
                "The Senate Banking Committee voted 24-0 on Tuesday to advance the ROAD to Housing Act."));
        Novelty house = detector.detect(senate.updatedState(), article("b", "2025-12-12",
                "House Financial Services Committee leaders have introduced the Housing for the 21st Century Act",
                "The package aims at the nation's affordable housing shortage."));

        assertThat(house.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(house.stage()).isEqualTo("companion_filed");
    }

    @Test
    void shouldReadTheOtherChambersCommitteeActingAsADevelopmentButTheSameChambersAgainAsCoverage() {
        Novelty senate = detector.detect(null, article("a", "2025-02-05", "Senate Commerce Committee advances AM Radio Act",
                "The Senate Commerce Committee approved the AM Radio for Every Vehicle Act on Wednesday."));
        Novelty again = detector.detect(senate.updatedState(), article("b", "2025-02-06", "Senate committee approves bills",
                "The Senate Commerce Committee approved the AM radio bill and others on Wednesday."));
        Novelty house = detector.detect(again.updatedState(), article("c", "2025-09-17", "House panel advances AM Radio Act",
                "The House Energy and Commerce Committee advanced the AM Radio for Every Vehicle Act 50-1 on Wednesday."));
        Novelty houseAgain = detector.detect(house.updatedState(), article("d", "2025-09-18", "AM radio bill clears House committee",
                "The House Energy and Commerce Committee approved the bill on Wednesday."));

        assertThat(senate.updatedState().committees()).containsExactly(Chamber.SENATE);
        assertThat(again.kind()).isEqualTo(ArticleKind.COVERAGE);
        assertThat(house.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(house.stage()).isEqualTo("committee_action");
        assertThat(house.updatedState().committees()).containsExactly(Chamber.SENATE, Chamber.HOUSE);
        assertThat(houseAgain.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldKeepALaterCommitteeStepCoverageInStoryMemoryWrittenBeforeCommitteeChambers() throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        StoryMemory old = json.readValue("{\"articles\":1,\"stages\":[{\"stage\":\"committee_action\",\"at\":\"2025-02-05T00:00:00Z\","
                + "\"articleId\":\"a\"}],\"introducedIn\":\"SENATE\",\"tallies\":[],\"bills\":[],\"fingerprints\":[],\"silent\":false}",
                StoryMemory.class);
        assertThat(old.committees()).isEmpty();
        assertThat(old.acts()).isEmpty();
        // The pipeline's act names round-trip, and the detector carries them over.
        StoryMemory named = old.withActs(List.of("119:am radio for every vehicle act"));
        assertThat(json.readValue(json.writeValueAsString(named), StoryMemory.class)).isEqualTo(named);
        assertThat(detector.detect(named, article("b", "2025-02-06", "AM radio bill", "Broadcasters praised it.")).updatedState().acts())
                .containsExactly("119:am radio for every vehicle act");
        Novelty house = detector.detect(old, article("c", "2025-09-17", "House panel advances AM Radio Act",
                "The House Energy and Commerce Committee advanced the AM Radio for Every Vehicle Act 50-1 on Wednesday."));
        assertThat(house.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldNotLetAnotherBillsVetoToldAsBackgroundEndAStoryThatHasNotPassed() {
        Novelty introduced = detector.detect(null, article("a", "2026-02-25", "Issa introduces No Rogue Rulings Act",
                "Rep. Darrell Issa introduced the No Rogue Rulings Act on Monday."));
        Novelty committee = detector.detect(introduced.updatedState(), article("b", "2026-03-05", "House panel advances court bills",
                "The House Judiciary Committee advanced the bill on Wednesday, sending it to the House floor after President Biden vetoed it"
                        + " last year."));
        Novelty passed = detector.detect(committee.updatedState(), article("c", "2026-04-09", "House passes No Rogue Rulings Act",
                "The House passed the No Rogue Rulings Act 219-213 on Wednesday."));

        assertThat(committee.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(committee.updatedState().reached(Stage.VETOED)).isEmpty();
        assertThat(passed.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(passed.stage()).isEqualTo("passed_house");
    }

    @Test
    void shouldTakeAnIntroductionInAChamberThatHasPassedTheBillAsItsPast() {
        Novelty senate = detector.detect(null, article("a", "2025-01-07", "Tuberville reintroduces women's sports bill",
                "Sen. Tommy Tuberville introduced the Protection of Women and Girls in Sports Act in the Senate on Monday."));
        Novelty house = detector.detect(senate.updatedState(), article("b", "2025-01-14", "House passes women's sports bill",
                "The House passed the Protection of Women and Girls in Sports Act 218-206 on Tuesday."));
        Novelty later = detector.detect(house.updatedState(), article("c", "2025-01-15", "House Republicans pass sports bill",
                "The House passed the bill on Tuesday. Florida GOP Rep. Greg Steube introduced the legislation."));

        assertThat(house.stage()).isEqualTo("passed_house");
        assertThat(later.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldReadTheOtherChambersIntroductionToldAsThisWeeksNewsDownTheArticleAsTheCompanion() {
        Novelty house = detector.detect(null, article("a", "2025-03-26", "House Oversight Committee advances D.C. immigration bill",
                "The House Oversight Committee voted 21-18 on Tuesday to advance the District of Columbia Federal Immigration"
                        + " Compliance Act."));
        Novelty senate = detector.detect(house.updatedState(), article("b", "2025-04-30",
                "Republican lawmakers seek to strip District of Columbia sanctuary city policies",
                "Republican lawmakers are launching an effort that would require the capital to abandon its policies."
                        + " Sanctuary cities restrict cooperation with federal immigration authorities."
                        + " The District of Columbia Federal Immigration Compliance Act would eliminate sanctuary city laws."
                        + " \"Unconscionable,\" Sen. Bill Hagerty, R-Tenn., who introduced the measure in the Senate Wednesday,"
                        + " said in a statement."));
        // The same line about the first chamber's own bill is its past.
        Novelty again = detector.detect(house.updatedState(), article("c", "2025-04-30", "D.C. immigration bill draws fire",
                "Critics spoke out on Wednesday. The city's leaders objected. Its supporters answered."
                        + " Rep. Clay Higgins, R-La., who introduced the measure in the House, spoke on Wednesday."));

        assertThat(senate.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(senate.stage()).isEqualTo("companion_filed");
        assertThat(again.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldNotTakeTheSenatesOwnBillToldAsTheCompanionInAHouseReleaseForTheStorysCompanion() {
        Novelty senate = detector.detect(null, article("a", "2025-02-05", "Senate bill would cap credit card interest rates",
                "Senators Bernie Sanders and Josh Hawley introduced a bill Tuesday that would cap credit card interest rates at 10%."));
        Novelty house = detector.detect(senate.updatedState(), article("b", "2025-03-07",
                "Reps. Luna, Ocasio-Cortez Introduce Bipartisan Bill to Cap Credit Card Interest Rates",
                "Today, U.S. Representatives Anna Paulina Luna and Alexandria Ocasio-Cortez introduced bipartisan legislation that"
                        + " would establish a ten percent ceiling on credit card interest rates. Senators Josh Hawley and Bernie"
                        + " Sanders introduced companion legislation in the Senate last month."));

        assertThat(house.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(house.stage()).isEqualTo("companion_filed");
    }

    @Test
    void shouldGiveAFilingTheChamberOfTheMembersItNamesWhenItsWordsGiveNone() {
        // Made up, after the fifty-fifth set: a House filing, then the senators' own, told by surname only.
        ArticleInput house = new ArticleInput("house", "Reps. Kim, LaMalfa introduce wildfire retardant bill", "Today, Rep. Young"
                + " Kim joined Rep. Doug LaMalfa to introduce the Forest Protection and Wildland Firefighter Safety Act.",
                Instant.parse("2025-05-08T12:00:00Z"), List.of(), true, false);
        String title = "Crapo, Risch, Lummis introduce bill to protect firefighters";
        String text = "The bill keeps retardant drops legal for the Forest Service.";
        Instant later = Instant.parse("2025-05-08T18:00:00Z");
        java.util.Map<String, Chamber> senators = java.util.Map.of("crapo", Chamber.SENATE, "risch", Chamber.SENATE,
                "lummis", Chamber.SENATE);
        Novelty first = detector.detect(null, house);

        Novelty byRoster = detector.detect(first.updatedState(), new ArticleInput("senate", title, text, later, List.of(), false,
                false, false, List.of("Crapo", "Risch", "Lummis"), List.of(), senators));
        Novelty byWords = detector.detect(first.updatedState(), new ArticleInput("senate", title, text, later, List.of(), false,
                false, false, List.of("Crapo", "Risch", "Lummis"), List.of()));

        assertThat(byRoster.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(byRoster.stage()).isEqualTo("companion_filed");
        assertThat(byWords.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldReadAFilingByASenatorAndARepresentativeAsBothChambers() {
        ArticleInput joint = new ArticleInput("joint", "Budd, Nehls Introduce Legislation to Allow Flight of Supersonic Civil Aircraft",
                "The bill directs the FAA to write new rules within a year.", Instant.parse("2025-05-14T00:00:00Z"), List.of(), true,
                false, false, List.of("Budd", "Nehls"), List.of(), java.util.Map.of("budd", Chamber.SENATE, "nehls", Chamber.HOUSE));

        assertThat(detector.detect(null, joint).updatedState().stages()).extracting(StageReached::stage)
                .contains("introduced", "companion_filed");
        assertThat(NoveltyDetector.rosterChamber(new StageClassifier().classify(joint.title(), joint.text(),
                java.time.LocalDate.of(2025, 5, 14), List.of()), java.util.Map.of("budd", Chamber.SENATE)))
                .extracting(StageMention::stage, StageMention::chamber).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Stage.INTRODUCED, Chamber.SENATE));
    }
    /** Five paragraphs a sponsor's releases repeat word for word. */
    private static final String RELEASE_BODY = "Human trafficking remains a pervasive crisis across the United States, with victims"
            + " often compelled by traffickers to engage in criminal activity.\nToo often, survivors are arrested, prosecuted and left"
            + " with permanent criminal records while their traffickers evade accountability.\nThis legislation establishes an"
            + " affirmative defense for survivors against charges that arose directly from their victimization.\nIt also provides"
            + " relief for survivors already convicted through vacatur, expungement and sentencing mitigation.\nA court must find"
            + " by a preponderance of the evidence that the offense was committed as a direct result of trafficking.";

    @Test
    void shouldCountAStageInTheNewLeadOfAReleaseThatRepeatsTheLastOnesParagraphs() {
        Instant dec19 = Instant.parse("2025-12-19T00:00:00Z");
        Novelty passed = detector.detect(null, new ArticleInput("senate", "Fry's Trafficking Survivors Relief Act Passes the Senate",
                "Today, the Senate passed Congressman Russell Fry's Trafficking Survivors Relief Act by unanimous consent.\n"
                        + RELEASE_BODY, dec19, List.of(), true, false));
        Instant jan23 = Instant.parse("2026-01-23T00:00:00Z");
        String signedText = "Today, President Trump signed into law Congressman Russell Fry's Trafficking Survivors Relief Act in the"
                + " Oval Office.\n" + RELEASE_BODY;
        for (boolean linkedAsCopy : List.of(false, true)) {
            Novelty signed = detector.detect(passed.updatedState(), new ArticleInput("signed", "President Trump Signs Fry's"
                    + " Trafficking Survivors Relief Act into Law", signedText, jan23, List.of(), false, linkedAsCopy));
            assertThat(signed.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
            assertThat(signed.stage()).isEqualTo("signed");
        }
        // The same release again, its lead reworded: a copy, nothing new.
        Novelty again = detector.detect(passed.updatedState(), new ArticleInput("again", "Senate passes Fry's bill",
                "The Senate on Thursday passed the Trafficking Survivors Relief Act from Congressman Russell Fry.\n" + RELEASE_BODY,
                dec19, List.of(), false, false));
        assertThat(again.kind()).isEqualTo(ArticleKind.COVERAGE);
    }
    @Test
    void shouldTakeASenateFilingInTheSecondSentenceAfterTheHousePassageAsTheCompanion() {
        Novelty passed = detector.detect(null, article("a", "2025-07-21", "House passes park pass bill",
                "The House passed the Law Enforcement Officer and Firefighter Recreation Pass Act on Monday."));
        Novelty senate = detector.detect(passed.updatedState(), article("b", "2025-12-12", "Sheehy leads push for free park passes",
                "U.S. Sen. Tim Sheehy is leading a bipartisan effort in the Senate to expand free access to national parks."
                        + " Sheehy joined Sen. Ben Ray Lujan in introducing the Law Enforcement Officer and Firefighter Recreation Pass"
                        + " Act in the Senate, legislation that would provide free passes."));

        assertThat(senate.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(senate.stage()).isEqualTo("companion_filed");
    }
    @Test
    void shouldCountANewStageInALeadSentenceThatKeepsTheLastReleasesWordsButItsVerb() {
        // Made up after the sixty-third set: the signing release is the passage release with its verb changed.
        Instant apr8 = Instant.parse("2025-04-08T00:00:00Z");
        String lead = "WASHINGTON - U.S. Senator Martin Heinrich (D-N.M.), Ranking Member of the Senate Energy and Natural Resources"
                + " Committee, announced that his Aerial Firefighting Enhancement Act of 2025, legislation to strengthen the aerial"
                + " wildfire suppression fleet and better combat the year-round threat of catastrophic wildfire, has ";
        Novelty passed = detector.detect(null, new ArticleInput("passed", "Heinrich Aerial Firefighting Enhancement Act Passes Senate",
                lead + "passed the Senate.\n" + RELEASE_BODY, apr8, List.of(), true, false));
        Instant jun12 = Instant.parse("2025-06-12T00:00:00Z");
        // (Its headline names no step: the lead sentence, all but two of its word trigrams known, must tell it.)
        Novelty signed = detector.detect(passed.updatedState(), new ArticleInput("signed",
                "Aerial Firefighting Enhancement Act of 2025", lead + "been signed into law.\n" + RELEASE_BODY,
                jun12, List.of(), false, true));
        assertThat(signed.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(signed.stage()).isEqualTo("signed");
        // The passage release again, word for word: a copy, nothing new.
        Novelty again = detector.detect(passed.updatedState(), new ArticleInput("again", "Heinrich Aerial Firefighting Enhancement"
                + " Act Passes Senate", lead + "passed the Senate.\n" + RELEASE_BODY, apr8, List.of(), false, true));
        assertThat(again.kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldRecordTheChamberOfACommitteeStepTheHeadlineLeftOutAndALaterSentenceNames() {
        Novelty senate = detector.detect(null, article("a", "2024-07-31", "Rosen Bipartisan Bill to Improve Cybersecurity in"
                + " Healthcare Advances out of Committee", "Today, the senator's bipartisan bill advanced out of the Senate Homeland"
                + " Security and Governmental Affairs Committee."));
        assertThat(senate.updatedState().committees()).containsExactly(Chamber.SENATE);
        Novelty house = detector.detect(senate.updatedState(), article("b", "2024-09-18", "House panel advances health cyber bill",
                "The House Energy and Commerce Committee advanced the bill on Wednesday."));
        assertThat(house.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
    }
    @Test
    void shouldReadMembersJoiningRightAfterAPastFilingAsItsOriginalCosponsorsUnlessTheyJustJoined() {
        // Made up after the twenty-fourth and fortieth sets, read again in the nineteenth round.
        Novelty filed = detector.detect(null, article("a", "2025-05-08", "Taylor introduces Connor's Law",
                "Rep. Dave Taylor introduced HR3608 on Thursday to require truck drivers to read English."));
        Novelty past = detector.detect(filed.updatedState(), article("b", "2025-05-30", "Bill would codify English standards for"
                + " truck drivers", "A new bill would codify the order for truck drivers. Rep. Dave Taylor introduced HR3608 earlier"
                + " this month. Reps. Harriet Hageman and Mike Collins signed on as co-sponsors."));
        assertThat(past.kind()).isEqualTo(ArticleKind.COVERAGE);
        Novelty joined = detector.detect(filed.updatedState(), article("c", "2025-05-30", "Two join truck driver bill",
                "A new bill would codify the order for truck drivers. Rep. Dave Taylor introduced HR3608 earlier this month."
                        + " Reps. Harriet Hageman and Mike Collins have both signed onto the bill."));
        assertThat(joined.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(joined.stage()).isEqualTo("cosponsor_added");
    }
}
