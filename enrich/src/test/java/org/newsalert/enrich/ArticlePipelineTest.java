package org.newsalert.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.newsalert.enrich.novelty.StoryMemory;
import org.newsalert.enrich.story.Decision;
import org.newsalert.events.StageReached;
import org.junit.jupiter.api.Test;
import org.newsalert.events.ArticleFetched;
import org.newsalert.enrich.story.ClusterConfig;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.Tag;

/**
 * The pipeline's own decisions on top of the clusterer's: bill coverage that names no bill number
 * stays one story across the weeks between its steps. The articles are made up for this test.
 */
class ArticlePipelineTest {
    private static final Instant DAY0 = Instant.parse("2025-06-10T14:00:00Z");

    private final ArticlePipeline pipeline = ArticlePipeline.withDefaults(Duration.ofDays(1095));
    private final InMemoryState state = new InMemoryState();

    static final String COMMITTEE_TITLE = "House Appropriations Committee advances $7.2 billion rescissions package for"
            + " foreign aid and public broadcasting";
    static final String COMMITTEE_TEXT = "The House Appropriations Committee voted 33-27 on Tuesday to advance the"
            + " White House's $7.2 billion rescissions package, which would claw back money already approved for"
            + " foreign aid programs and for the Corporation for Public Broadcasting. The rescissions package now"
            + " heads to the House floor. Supporters said the cuts to public broadcasting and foreign aid were long"
            + " overdue; Democrats said NPR and PBS stations in rural areas would close.";

    static final String SENATE_TITLE = "Senate passes $7.2 billion rescissions package cutting foreign aid and public"
            + " broadcasting";
    static final String SENATE_TEXT = "The Senate voted 51-48 on Thursday to pass the $7.2 billion rescissions"
            + " package, clawing back funds for foreign aid and the Corporation for Public Broadcasting. The"
            + " rescissions package cuts money for NPR and PBS stations and for foreign aid programs. Two"
            + " Republicans joined Democrats in opposing the cuts.";

    static final String OPINION_TITLE = "Why the $7.2 billion rescissions package for foreign aid and public"
            + " broadcasting matters";
    static final String OPINION_TEXT = "The $7.2 billion rescissions package would claw back money for foreign aid"
            + " and the Corporation for Public Broadcasting. Rural NPR and PBS stations depend on that money, and"
            + " foreign aid programs have already made commitments with it. Cutting public broadcasting saves little.";

    @Test
    void shouldKeepUnnumberedBillCoverageInOneStoryAcrossTheWeeksBetweenItsSteps() {
        ArticlePipeline.Outcome committee = process("committee", 0, COMMITTEE_TITLE, COMMITTEE_TEXT);
        ArticlePipeline.Outcome senate = process("senate", 30, SENATE_TITLE, SENATE_TEXT);

        assertThat(committee.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
        // The clusterer alone would start a new story a month later; the bill's stages keep it in the first.
        assertThat(senate.decision().newStory()).isTrue();
        assertThat(senate.story().storyId()).isEqualTo(committee.story().storyId());
        assertThat(senate.article().kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(senate.article().development()).isEqualTo("passed_senate");
        assertThat(senate.story().articleIds()).containsExactly("committee", "senate");
    }

    @Test
    void shouldFoldAnArticleLeadingWithANewActNameOnlyWhenItIsMoreLikelyThanNotTheStorys() {
        Instant jan = Instant.parse("2025-01-28T00:00:00Z");
        Instant may = Instant.parse("2025-05-20T00:00:00Z");
        ArticleFetched article = new ArticleFetched("b", "https://made-up.example/b", "Made-up Ledger", "test:pipeline", null,
                "Senators reintroduce a prior authorization bill", null, may, may, "Text.", "en", null,
                ArticleFetched.TextOrigin.ARCHIVE);
        List<String> seniors = List.of("119:improving seniors timely access to care act");
        state.putMemory("nameless", memory(jan, List.of(), List.of()));
        state.putMemory("pillar", memory(jan, List.of("119:pillar act"), List.of()));
        state.putMemory("numbered", memory(jan, List.of("119:pillar act"), List.of("hr3514-119")));

        // Without an act name the fold's own threshold decides; with a name no story has led with, more likely than not.
        assertThat(fold(article, "nameless", 0.40, List.of(), Set.of())).isEqualTo("nameless");
        assertThat(fold(article, "nameless", 0.40, seniors, Set.of())).isNull();
        assertThat(fold(article, "nameless", 0.55, seniors, Set.of())).isEqualTo("nameless");
        // A story that led with another name needs more.
        assertThat(fold(article, "pillar", 0.55, seniors, Set.of())).isNull();
        assertThat(fold(article, "pillar", 0.80, seniors, Set.of())).isEqualTo("pillar");
        // Its own name, or a shared bill, and the fold's threshold is enough.
        assertThat(fold(article, "pillar", 0.40, List.of("119:pillar act"), Set.of())).isEqualTo("pillar");
        assertThat(fold(article, "numbered", 0.40, seniors, Set.of("hr3514-119"))).isEqualTo("numbered");
    }

    @Test
    void shouldFoldAStageReportIntoAStoryQuietForHalfAYearOnlyWhenItNamesAnActTheStoryNamed() {
        // The LNG export act's House passage came more than eight months after its filing, with nothing
        // between: the same name is the same bill, however long the silence.
        Instant jan = Instant.parse("2025-01-28T00:00:00Z");
        Instant nov = Instant.parse("2025-11-21T00:00:00Z");
        ArticleFetched article = new ArticleFetched("b", "https://made-up.example/b", "Made-up Ledger", "test:pipeline", null,
                "House passes export permit bill", null, nov, nov, "Text.", "en", null, ArticleFetched.TextOrigin.ARCHIVE);
        state.putMemory("pillar", memory(jan, List.of("119:pillar act"), List.of()));

        assertThat(fold(article, "pillar", 0.80, List.of(), Set.of())).isNull();
        assertThat(fold(article, "pillar", 0.80, List.of("119:other act"), Set.of())).isNull();
        assertThat(fold(article, "pillar", 0.40, List.of("119:pillar act"), Set.of())).isEqualTo("pillar");
    }

    private static StoryMemory memory(Instant at, List<String> acts, List<String> bills) {
        return new StoryMemory(1, List.of(new StageReached("introduced", at, "a")),
                null, List.of(), bills, List.of(), false, List.of(), acts);
    }

    private String fold(ArticleFetched article, String story, double timeless, List<String> acts, Set<String> bills) {
        Instant jan = Instant.parse("2025-01-28T00:00:00Z");
        Decision d = new Decision("story-b", true, 0.001, null, 1,
                List.of(new Decision.Alternative(story, 0.001, timeless, jan)));
        return ArticlePipeline.foldTarget(d, article, bills, acts, Set.of(), state,
                ArticlePipeline.LEGISLATIVE_FOLD_THRESHOLD);
    }

    @Test
    void shouldGiveTheLastNamesOfTheMembersTheStoryHasNotNamed() {
        Tag lee = new Tag(Tag.Type.MEMBER, "L000577", "Mike Lee (R-UT)");
        Tag vanHollen = new Tag(Tag.Type.MEMBER, "V000128", "Chris Van Hollen (D-MD)");
        Tag nato = new Tag(Tag.Type.ORGANIZATION, "nato", "NATO");
        org.newsalert.events.StoryUpdated story = new org.newsalert.events.StoryUpdated("s", "t", java.util.List.of(),
                java.util.List.of(lee, nato), java.util.List.of(), java.util.List.of("a"), DAY0, DAY0, java.util.List.of());

        assertThat(pipeline.newMembers(java.util.List.of(lee, vanHollen, nato), story)).containsExactly("Van Hollen");
        assertThat(pipeline.newMembers(java.util.List.of(lee, nato), null)).containsExactly("Lee");
        assertThat(pipeline.knownMembers(java.util.List.of(lee, vanHollen, nato), story)).containsExactly("Lee");
        assertThat(pipeline.knownMembers(java.util.List.of(lee, nato), null)).isEmpty();
    }

    @Test
    void shouldNotFoldAnotherNamedBillsIntroductionIntoAStoryThatLedWithOtherNamesWhateverTheLeadSays() {
        // Made up after the forty-first bill set: an opinion headline, and the new bill's name further down.
        ArticlePipeline.Outcome accountability = process("accountability", 0, "Senators Lee and James introduce App Store"
                + " Accountability Act to protect children", "Today, Senator Mike Lee and Representative John James introduced the"
                + " App Store Accountability Act, which would require Apple and Google to verify the ages of app store users and"
                + " get parental consent before minors download apps.");
        ArticlePipeline.Outcome freedom = process("freedom", 30, "A new proposal compromises privacy to punish big tech",
                "Critics say the proposal trades privacy for a fight with big tech. On Tuesday, Rep. Kat Cammack introduced"
                + " the App Store Freedom Act, which would require Apple and Google to allow rival app marketplaces.");

        assertThat(accountability.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
        // The clusterer opens a new story a month later; the legislative fold would have put it back (0.25 < p < 0.75).
        assertThat(freedom.decision().newStory()).isTrue();
        assertThat(freedom.decision().alternatives()).anySatisfy(alt -> assertThat(alt.timelessProbability()).isBetween(0.25, 0.75));
        assertThat(freedom.story().storyId()).isNotEqualTo(accountability.story().storyId());
        assertThat(freedom.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
    }

    @Test
    void shouldJoinTheFirstArticleToGiveANamedActsNumberToTheStoryThatLedWithTheName() {
        // Made up after the thirty-sixth bill set: a bill named in its introduction's release, and seven months
        // later (beyond the legislative fold's quiet limit) numbered in a markup preview that leads with neither.
        ArticlePipeline.Outcome intro = process("intro", 0, "Rep. Hudson joins colleagues in reintroducing bipartisan cancer"
                + " screening bill", "Rep. Richard Hudson joined Reps. Jodey Arrington and Terri Sewell in reintroducing the"
                + " bipartisan, bicameral Nancy Gardner Sewell Medicare Multi-Cancer Early Detection Screening Coverage Act."
                + " The bill would create a pathway to Medicare coverage of new blood tests that screen for many cancers.");
        ArticlePipeline.Outcome preview = process("preview", 226, "Ahead of a markup, momentum builds for cancer early"
                + " detection tests", "Yesterday, over 700 cancer advocates gathered in Washington to meet lawmakers."
                + " Today, the House Committee on Ways and Means is expected to mark up the Nancy Gardner Sewell Medicare"
                + " Multi-Cancer Early Detection (MCED) Screening Coverage Act (H.R. 842). The legislation would create a"
                + " pathway for Medicare enrollees to access the tests.");

        assertThat(intro.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
        assertThat(preview.decision().newStory()).isTrue();
        assertThat(preview.story().storyId()).isEqualTo(intro.story().storyId());
        assertThat(preview.story().bills()).contains("hr842-119");
    }

    @Test
    void shouldStartAnotherBillsStoryForAnArticleThatNamesTheFirstBillOnlyInPassing() {
        ArticlePipeline.Outcome first = process("takeitdown", 0, "House passes Take It Down Act against explicit deepfakes",
                "The House passed the Take It Down Act (H.R. 633) 409-2 on Monday, sending the bill against explicit"
                        + " deepfakes and revenge porn to President Trump. Platforms will have 48 hours to remove flagged images.");
        ArticlePipeline.Outcome other = process("defiance", 200, "US Senate cracks down on explicit deepfakes",
                "The US Senate has passed the Disrupt Explicit Forged Images and Non-Consensual Edits Act (DEFIANCE Act),"
                        + " a bill that lets victims of explicit deepfakes sue. It passed unanimously on Tuesday.\n"
                        + "The DEFIANCE Act builds on the Take It Down Act, which requires platforms to remove flagged"
                        + " images and revenge porn within 48 hours.");

        assertThat(other.story().storyId()).isNotEqualTo(first.story().storyId());
        assertThat(other.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
        assertThat(other.article().development()).isEqualTo("passed_senate");
        assertThat(other.story().bills()).isEmpty();
        assertThat(other.article().tags()).extracting(Tag::id).contains("hr633-119");
    }

    @Test
    void shouldKeepCoverageBetweenStepsThatOnlyTalksAboutStagesInTheBillsStory() {
        ArticlePipeline.Outcome committee = process("committee", 0, COMMITTEE_TITLE, COMMITTEE_TEXT);
        ArticlePipeline.Outcome urging = process("urging", 20, "Stations urge Senate to reject $7.2 billion rescissions"
                + " package for foreign aid and public broadcasting", "Public broadcasting stations on Monday urged the"
                + " Senate to reject the $7.2 billion rescissions package, which the House Appropriations Committee"
                + " advanced last month. The package would claw back money for foreign aid and the Corporation for Public"
                + " Broadcasting; rural NPR and PBS stations say they would close.");

        assertThat(urging.decision().newStory()).isTrue(); // the clusterer alone: three weeks is too long
        assertThat(urging.story().storyId()).isEqualTo(committee.story().storyId());
        assertThat(urging.article().kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldLeaveArticleThatReportsNoStageWhereTheClustererPutIt() {
        ArticlePipeline.Outcome committee = process("committee", 0, COMMITTEE_TITLE, COMMITTEE_TEXT);
        ArticlePipeline.Outcome opinion = process("opinion", 150, OPINION_TITLE, OPINION_TEXT);

        assertThat(opinion.decision().newStory()).isTrue();
        assertThat(opinion.story().storyId()).isNotEqualTo(committee.story().storyId());
    }

    @Test
    void shouldNotCarryBillStoryIntoTheNextCongress() {
        // 2025-06-10 is in the 119th Congress; 2027-01-20 is in the 120th, where every bill starts again.
        ArticlePipeline.Outcome committee = process("committee", 0, COMMITTEE_TITLE, COMMITTEE_TEXT);
        ArticlePipeline.Outcome senate = process("senate", 589, SENATE_TITLE, SENATE_TEXT);

        assertThat(senate.story().storyId()).isNotEqualTo(committee.story().storyId());
        assertThat(senate.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
    }

    @Test
    void shouldNotFoldIntoStoryThatHasReachedNoStage() {
        ArticlePipeline.Outcome opinion = process("opinion", 0, OPINION_TITLE, OPINION_TEXT);
        ArticlePipeline.Outcome senate = process("senate", 30, SENATE_TITLE, SENATE_TEXT);

        assertThat(senate.decision().newStory()).isTrue();
        assertThat(senate.story().storyId()).isNotEqualTo(opinion.story().storyId());
    }

    static final String SIGNED_TITLE = "Trump signs $7.2 billion rescissions package cutting foreign aid and public broadcasting";
    static final String SIGNED_TEXT = "President Trump signed the $7.2 billion rescissions package into law on Thursday,"
            + " clawing back money approved for foreign aid and the Corporation for Public Broadcasting. The"
            + " rescissions package cuts funds for NPR and PBS stations and for foreign aid programs.";

    @Test
    void shouldNotFoldNewStageIntoStoryWhoseBillWasSigned() {
        // Next year's package reads like this year's; a signed bill takes no further steps.
        ArticlePipeline.Outcome signed = process("signed", 0, SIGNED_TITLE, SIGNED_TEXT);
        ArticlePipeline.Outcome committee = process("committee", 200, COMMITTEE_TITLE, COMMITTEE_TEXT);

        assertThat(signed.story().stages()).extracting(s -> s.stage()).contains("signed");
        assertThat(committee.decision().newStory()).isTrue();
        assertThat(committee.story().storyId()).isNotEqualTo(signed.story().storyId());
    }

    static final String CLOTURE_TITLE = "Senate votes to begin debate on foreign aid and broadcasting cuts";
    static final String CLOTURE_TEXT = "The Senate voted 51-50 on Tuesday to begin debate on the package, with"
            + " Vice President Vance breaking the tie. Senators will now take up amendments before a final vote"
            + " later this week; Democrats said rural stations would close.";

    @Test
    void shouldFoldStageReportThatTheModelFindsLikelyButBelowTheJoinThreshold() {
        // Five weeks on, a floor vote's report shares a few words with the committee step: the model,
        // timeless, puts it between the fold threshold and the clusterer's join threshold.
        ArticlePipeline.Outcome committee = process("committee", 0, COMMITTEE_TITLE, COMMITTEE_TEXT);
        ArticlePipeline.Outcome cloture = process("cloture", 35, CLOTURE_TITLE, CLOTURE_TEXT);

        assertThat(cloture.decision().alternatives()).singleElement().satisfies(alt -> {
            assertThat(alt.storyId()).isEqualTo("story-committee");
            assertThat(alt.timelessProbability()).isBetween(ArticlePipeline.LEGISLATIVE_FOLD_THRESHOLD,
                    ClusterConfig.defaults().model().threshold());
        });
        assertThat(cloture.story().storyId()).isEqualTo(committee.story().storyId());
        assertThat(cloture.article().kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(cloture.article().development()).isEqualTo("floor_vote");
    }

    @Test
    void shouldKeepABillKnownOnlyByNameInOneStoryAcrossMonthsAndWordings() {
        ArticlePipeline.Outcome introduced = process("intro", 0, "Full SPEED ahead", "On Friday, Chair Westerman and Rep. Golden"
                + " introduced the Standardizing Permitting and Expediting Economic Development (SPEED) Act, a permitting reform"
                + " bill that would rewrite environmental reviews.");
        ArticlePipeline.Outcome hearing = process("hearing", 47, "Golden's permitting reform bill gets first hearing",
                "The SPEED Act would cut red tape so America can build again, its sponsors told the panel at a hearing on Wednesday.");
        ArticlePipeline.Outcome numbered = process("numbered", 117, "What They Are Saying: H.R. 4776, The SPEED Act",
                "Organizations and officials across the country have voiced their support for the legislation.");

        assertThat(hearing.story().storyId()).isEqualTo(introduced.story().storyId());
        assertThat(numbered.story().storyId()).isEqualTo(introduced.story().storyId());
        assertThat(numbered.story().bills()).containsExactly("hr4776-119");
    }

    @Test
    void shouldNotKeepAnActNameAcrossCongresses() {
        Instant dec2024 = Instant.parse("2024-12-21T15:00:00Z");
        ArticlePipeline.Outcome old = processAt("old", dec2024, "Senate passes Fix Our Forests Act",
                "The Senate passed the Fix Our Forests Act on Saturday.");
        ArticlePipeline.Outcome renewed = processAt("renewed", dec2024.plus(Duration.ofDays(60)), "Fix Our Forests Act passes House",
                "The House passed the Fix Our Forests Act again on Thursday, in the new Congress.");
        assertThat(renewed.story().storyId()).isNotEqualTo(old.story().storyId());
    }

    @Test
    void shouldKeepTheSigningOfABillTheOldCongressClearedInItsStory() {
        Instant dec21 = Instant.parse("2024-12-21T15:00:00Z");
        ArticlePipeline.Outcome cleared = processAt("cleared", dec21, "Social Security Fairness Act passes Senate",
                "The Senate passed the Social Security Fairness Act 76-20 early Saturday, sending it to President Biden's desk.");
        assertThat(cleared.article().development()).isEqualTo("cleared_congress");
        ArticlePipeline.Outcome signed = processAt("signed", Instant.parse("2025-01-05T22:00:00Z"),
                "Biden signs Social Security Fairness Act into law", "President Joe Biden signed the Social Security Fairness Act"
                        + " into law on Sunday afternoon in the East Room.");

        assertThat(signed.story().storyId()).isEqualTo(cleared.story().storyId());
        assertThat(signed.article().development()).isEqualTo("signed");
    }

    @Test
    void shouldNotFoldAStageReportIntoAStoryQuietForHalfAYear() {
        ArticlePipeline.Outcome committee = process("committee", 0, COMMITTEE_TITLE, COMMITTEE_TEXT);
        ArticlePipeline.Outcome cloture = process("cloture", 200, CLOTURE_TITLE, CLOTURE_TEXT);

        assertThat(cloture.decision().alternatives()).anySatisfy(alt -> assertThat(alt.storyId()).isEqualTo("story-committee"));
        assertThat(cloture.story().storyId()).isNotEqualTo(committee.story().storyId());
        assertThat(cloture.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
    }

    @Test
    void shouldNotFoldAChamberStepIntoAStoryWhoseBillClearedCongressWeeksBefore() {
        ArticlePipeline.Outcome house = process("house", 0, "House passes $7.2 billion rescissions package for foreign aid"
                + " and public broadcasting", "The House voted 214-212 on Thursday to pass the $7.2 billion rescissions"
                + " package, clawing back funds for foreign aid and the Corporation for Public Broadcasting. Democrats"
                + " said rural NPR and PBS stations would close.");
        ArticlePipeline.Outcome senate = process("senate", 1, SENATE_TITLE, SENATE_TEXT
                + " The package now heads to President Trump's desk.");
        ArticlePipeline.Outcome cloture = process("cloture", 40, CLOTURE_TITLE, CLOTURE_TEXT);

        assertThat(senate.story().storyId()).isEqualTo(house.story().storyId());
        assertThat(senate.story().stages()).extracting(s -> s.stage()).contains("cleared_congress");
        // The model alone would fold it: the cleared story is a likely candidate, timeless.
        assertThat(cloture.decision().alternatives()).anySatisfy(alt -> {
            assertThat(alt.storyId()).isEqualTo("story-house");
            assertThat(alt.timelessProbability()).isGreaterThanOrEqualTo(ArticlePipeline.LEGISLATIVE_FOLD_THRESHOLD);
        });
        assertThat(cloture.story().storyId()).isNotEqualTo(house.story().storyId());
        assertThat(cloture.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
    }

    @Test
    void shouldPutAnArticleOnTwoStoriesBillsWithTheBillItNamesFirst() {
        ArticlePipeline.Outcome overdraft = process("overdraft", 0, "Senate votes to nullify CFPB overdraft rule",
                "The Senate voted 52-48 to pass S.J.Res. 18, which would overturn the bureau's $5 overdraft fee cap.");
        ArticlePipeline.Outcome apps = process("apps", 1, "Senate votes to end CFPB oversight of payment apps",
                "The Senate voted 51-47 to pass S.J.Res. 28, scrapping the bureau's supervision of large digital payment firms.");
        // Months on, in other words: the clusterer opens a new story, and the bills decide.
        ArticlePipeline.Outcome signed = process("signed", 100, "White House ceremony ends two Biden-era banking regulations",
                "President Trump signed S.J.Res. 18 and S.J.Res. 28 into law on Friday, in a ceremony with bank lobbyists.");

        assertThat(signed.decision().newStory()).isTrue();

        assertThat(apps.story().storyId()).isNotEqualTo(overdraft.story().storyId());
        assertThat(signed.story().storyId()).isEqualTo(overdraft.story().storyId());
    }

    @Test
    void shouldFoldAStoryNoArticleHasAnnouncedIntoTheStoryOfTheActALaterArticleOfItLeadsWith() {
        // This test is about the pipeline's fold, not the clusterer's join: on a corpus of three articles the
        // join model is unsure of everything, so it joins at a low threshold here.
        ClusterConfig eager = ClusterConfig.defaults().withQuietPeriod(Duration.ofDays(1095));
        ArticlePipeline joining = new ArticlePipeline(org.newsalert.enrich.tag.Tagger.loadDefault(),
                eager.withModel(eager.model().withThreshold(0.01)), new org.newsalert.enrich.novelty.NoveltyDetector());
        InMemoryState memory = new InMemoryState();
        String stall = "A handful of Freedom Caucus members on Tuesday delayed action in the House in protest of a bill that"
                + " regulates the compensation college athletes receive for their name, image and likeness. Leaders held the"
                + " vote open for an hour while Reps. Chip Roy and Andy Harris huddled with Majority Leader Steve Scalise.";
        ArticlePipeline.Outcome unveiled = processWith(joining, memory, "unveiled", 0,
                "House unveils bipartisan SCORE Act to standardize college athlete pay", "Lawmakers on Thursday introduced the"
                        + " SCORE Act, a bipartisan bill on what college athletes may earn from their name, image and likeness.");
        ArticlePipeline.Outcome stalled = processWith(joining, memory, "stalled", 150,
                "Freedom Caucus members stall House floor action over college athlete pay", stall);
        ArticlePipeline.Outcome heads = processWith(joining, memory, "heads", 151,
                "SCORE Act heads for final vote in House by close margin", stall);

        assertThat(unveiled.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
        assertThat(stalled.story().storyId()).isNotEqualTo(unveiled.story().storyId());
        assertThat(stalled.article().kind()).isEqualTo(ArticleKind.COVERAGE);
        // The clusterer puts the third article with the second; leading with the act, it takes that story into the act's.
        assertThat(heads.decision().newStory()).isFalse();
        assertThat(heads.decision().storyId()).isEqualTo(stalled.story().storyId());
        assertThat(heads.story().storyId()).isEqualTo(unveiled.story().storyId());
        assertThat(heads.article().kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    private static ArticlePipeline.Outcome processWith(ArticlePipeline p, InMemoryState s, String id, int day, String title,
            String text) {
        return processWith(p, s, id, DAY0.plus(Duration.ofDays(day)), title, text);
    }

    private static ArticlePipeline.Outcome processWith(ArticlePipeline p, InMemoryState s, String id, Instant published, String title,
            String text) {
        return p.process(new ArticleFetched(id, "https://made-up.example/" + id, "Made-up Ledger", "test:pipeline", null,
                title, null, published, published, text, "en", null, ArticleFetched.TextOrigin.ARCHIVE), s);
    }

    @Test
    void shouldRememberEveryActAStoryNamesAsABillNotOnlyThoseItLeadsWith() {
        // The act's name comes in the third sentence: the story still knows it, so a later introduction of an act of
        // another name needs the stronger evidence of the act-name fold rule to be folded in.
        ArticlePipeline.Outcome first = process("deepseek", 0, "Bipartisan effort to ban DeepSeek on government devices",
                "Lawmakers want to stop DeepSeek from being downloaded on government devices. The app sends data to"
                        + " servers in China. The No DeepSeek on Government Devices Act would ban it on every federal phone.");
        assertThat(state.memory(first.story().storyId()).acts()).contains("119:no deepseek on government devices act");
    }

    private ArticlePipeline.Outcome processAt(String id, Instant published, String title, String text) {
        return processWith(pipeline, state, id, published, title, text);
    }

    private ArticlePipeline.Outcome process(String id, int day, String title, String text) {
        return processAt(id, DAY0.plus(Duration.ofDays(day)), title, text);
    }
    @Test
    void shouldKeepAPassageReportedMonthsAfterTheStorysOwnPassageOutOfItUnlessAStepCameBetween() {
        // Made up after the fifty-eighth bill set: the House passes one appliance bill, then, two months later and with
        // no step between, "House backs bills" on other appliances, naming neither bill.
        ArticlePipeline.Outcome first = process("appliances", 0, "House passes Hands Off Our Home Appliances Act",
                "The House on Tuesday passed the Hands Off Our Home Appliances Act, which would stop the Energy Department from"
                        + " setting efficiency standards for gas stoves and other home appliances, by a vote of 212-195.");
        ArticlePipeline.Outcome later = process("fridges", 63, "House backs bills to roll back energy efficiency standards for"
                + " home appliances", "The House on Tuesday approved two bills rolling back Energy Department efficiency standards"
                + " for home refrigerators and dishwashers, by votes of 212-192 and 214-192.");

        assertThat(later.decision().newStory()).isTrue();
        assertThat(later.decision().alternatives()).anySatisfy(alt -> assertThat(alt.timelessProbability())
                .isGreaterThanOrEqualTo(ArticlePipeline.LEGISLATIVE_FOLD_THRESHOLD));
        assertThat(later.story().storyId()).isNotEqualTo(first.story().storyId());
        assertThat(later.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
    }

    @Test
    void shouldFoldAnArticleThatReportsNoStepIntoTheStoryThatNamedItsAct() {
        // Made up after the fifty-ninth set: months after a committee passed the act, its sponsor asks for a floor vote.
        ArticlePipeline.Outcome committee = process("committee", 0, "Smith highlights progress against trafficking",
                "Rep. Chris Smith praised survivors of human trafficking. Just last week, the House Foreign Affairs Committee"
                        + " passed the Frederick Douglass Trafficking Victims Prevention and Protection Reauthorization Act,"
                        + " his bill to renew anti-trafficking programs.");
        ArticlePipeline.Outcome plea = process("plea", 90, "Smith calls for a vote on HR 1144, his Frederick Douglass"
                + " trafficking bill", "Rep. Chris Smith marked the anniversary of the Trafficking Victims Protection Act and"
                + " called on the House to take up HR 1144, his Frederick Douglass Trafficking Victims Prevention and Protection"
                + " Reauthorization Act, to renew anti-trafficking programs for survivors of human trafficking.");

        assertThat(plea.decision().newStory()).isTrue();
        assertThat(plea.story().storyId()).isEqualTo(committee.story().storyId());
        assertThat(plea.article().kind()).isEqualTo(ArticleKind.COVERAGE);
    }

    @Test
    void shouldKeepASecondFilingInOneChamberUnderAnotherNameOutOfTheFirstBillsStory() {
        // Made up after the fifty-sixth set: two House bills on one subject, seven weeks apart, under two names.
        ArticlePipeline.Outcome first = process("save", 0, "House Republicans introduce the Save Local Business Act",
                "Rep. Kevin Kiley introduced the Save Local Business Act in the House on Tuesday, a bill to narrow the"
                        + " joint employer standard for franchise owners and small businesses.");
        ArticlePipeline.Outcome second = process("franchise", 49, "House Republicans introduce the American Franchise Act",
                "Rep. Kevin Kiley introduced the American Franchise Act in the House on Wednesday, a bill to narrow the"
                        + " joint employer standard for franchise owners and small businesses.");

        assertThat(second.decision().newStory()).isTrue();
        assertThat(second.decision().alternatives()).anySatisfy(alt -> assertThat(alt.timelessProbability()).isGreaterThan(0.75));
        assertThat(second.story().storyId()).isNotEqualTo(first.story().storyId());
        assertThat(second.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
    }
    @Test
    void shouldKeepAFilingInAChamberWhoseCommitteeHadAlreadyActedOutOfTheStory() {
        // Made up after the sixty-second set: a Senate committee advances one senator's health care cybersecurity bill;
        // four months later other senators introduce another.
        ArticlePipeline.Outcome committee = process("rosen", 0, "Bipartisan bill to improve cybersecurity in health care advances"
                + " out of committee", "Today, Sen. Jacky Rosen's bipartisan legislation to bolster cybersecurity in the health care"
                + " sector advanced out of the Senate Homeland Security and Governmental Affairs Committee. The bill directs the"
                + " Department of Health and Human Services to work with hospitals on cybersecurity.");
        ArticlePipeline.Outcome filed = process("cassidy", 120, "Senators introduce legislation to strengthen cybersecurity in"
                + " health care", "Today, Sens. Bill Cassidy, Mark Warner and John Cornyn introduced legislation to strengthen"
                + " cybersecurity in the health care sector. The bill directs the Department of Health and Human Services to work"
                + " with hospitals on cybersecurity.");

        assertThat(filed.decision().newStory()).isTrue();
        assertThat(filed.decision().alternatives()).anySatisfy(alt -> assertThat(alt.timelessProbability())
                .isGreaterThanOrEqualTo(ArticlePipeline.LEGISLATIVE_FOLD_THRESHOLD));
        assertThat(filed.story().storyId()).isNotEqualTo(committee.story().storyId());
        assertThat(filed.article().kind()).isEqualTo(ArticleKind.NEW_STORY);
        assertThat(filed.article().development()).isEqualTo("introduced");
    }

    @Test
    void shouldFoldAChambersSecondPassageOfTheCompromiseVersion() {
        // Made up after the shared set's defence bill: the House's second vote, on the chambers' compromise, months later.
        ArticlePipeline.Outcome first = process("ndaa-1", 0, "House passes defense policy bill",
                "The House on Wednesday passed the annual defense policy bill, which authorizes military pay raises and new"
                        + " ships, by a vote of 231-196.");
        ArticlePipeline.Outcome second = process("ndaa-2", 90, "House passes defense policy bill, Senate to vote next",
                "The House on Wednesday passed the annual defense policy bill, which authorizes military pay raises and new"
                        + " ships, by a vote of 312-112. Negotiators drafted the compromise text after both chambers approved"
                        + " separate versions.");

        assertThat(second.decision().newStory()).isTrue();
        assertThat(second.story().storyId()).isEqualTo(first.story().storyId());
    }
}
