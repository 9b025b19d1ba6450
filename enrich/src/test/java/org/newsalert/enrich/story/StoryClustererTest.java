package org.newsalert.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final Instant DAY0 = Instant.parse("2016-03-01T00:00:00Z");

    private final InMemoryClusterState state = new InMemoryClusterState();
    private StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults(), state);

    private static ArticleInput article(String id, int day, String title, String text) {
        return ArticleInput.of(id, DAY0.plus(Duration.ofDays(day)), title, text);
    }

    private static Decision placed(String storyId, boolean newStory, String copyOf) {
        return new Decision(storyId, newStory, 0, copyOf, 0);
    }

    private static void assertPlaced(Decision actual, Decision expected) {
        assertThat(actual).usingRecursiveComparison().ignoringFields("score", "candidates", "alternatives").isEqualTo(expected);
    }

    static final ArticleInput HAWTHORNE = article("hawthorne-1", 0,
            "Man killed, three wounded at Hawthorne New Year's party",
            "HAWTHORNE \u2014 Bernard Gillis, 20, was killed and three other people were wounded when shots rang"
                    + " out at a party in the 13500 block of Cerise Avenue early Tuesday, sheriff's Sgt. Diane"
                    + " Hecht said. More than 40 people were celebrating at the home when a gunman opened fire."
                    + " Two victims were taken to hospitals by ambulance. Detectives have not named a suspect.");

    static final ArticleInput HAWTHORNE_FOLLOW_UP = article("hawthorne-2", 1,
            "Coroner names victim of Hawthorne party shooting",
            "The man killed at a New Year's party in Hawthorne was Bernard Gillis, the Los Angeles County"
                    + " coroner's office said Wednesday. Gillis was shot at a home on Cerise Avenue. Sgt. Diane"
                    + " Hecht said homicide detectives are still looking for the gunman and asked witnesses to"
                    + " call the sheriff's department.");

    static final ArticleInput FRESNO_LOOK_ALIKE = article("fresno-1", 1,
            "Man killed, three wounded at Fresno birthday party",
            "FRESNO \u2014 Marcus Delaney, 24, was killed and three other people were wounded when shots rang"
                    + " out at a party in the 4200 block of Belmont Avenue early Tuesday, police Lt. Karen"
                    + " Ortiz said. More than 40 people were celebrating at the home when a gunman opened fire."
                    + " Two victims were taken to hospitals by ambulance. Detectives have not named a suspect.");

    /** Earlier, unrelated reports, so that document frequencies look like a stream's and not a cold start's. */
    private void primeWithOtherIncidents() {
        String[][] others = {
            {"Two wounded in drive-by shooting in Dayton", "DAYTON — Two men were wounded Saturday night when"
                + " someone fired from a passing car on Salem Avenue, police said. Both were taken to Miami Valley"
                + " Hospital. Officers are searching for a dark sedan."},
            {"Teen shot while walking home in Milwaukee", "A 16-year-old boy was shot in the leg while walking home"
                + " on North 35th Street, Milwaukee police said Sunday. He is expected to survive. No arrests have"
                + " been made."},
            {"Police: Man shot during robbery at Tulsa gas station", "TULSA — A clerk was shot during an armed"
                + " robbery at a gas station on East Admiral Place late Friday, officers said. The gunman fled on"
                + " foot with cash from the register."},
            {"Woman killed in domestic shooting in Macon", "MACON — A woman was shot and killed at a home on"
                + " Pio Nono Avenue, the Bibb County sheriff's office said. Her husband was taken into custody and"
                + " charged with murder."},
            {"Three hurt in shooting outside Baton Rouge nightclub", "Three people were hurt when gunfire broke"
                + " out in a parking lot outside a nightclub on Plank Road early Sunday, Baton Rouge police said."
                + " Investigators are reviewing video from the club."},
        };
        for (int i = 0; i < others.length; i++) {
            clusterer.assign(article("other-" + i, -5 + i, others[i][0], others[i][1]));
        }
    }

    @Test
    void shouldJoinFollowUpOfSameIncidentIntoItsStory() {
        primeWithOtherIncidents();

        assertPlaced(clusterer.assign(HAWTHORNE), placed("story-hawthorne-1", true, null));

        assertPlaced(clusterer.assign(HAWTHORNE_FOLLOW_UP), placed("story-hawthorne-1", false, null));
    }

    @Test
    void shouldSeparateLookAlikeIncidentsByNamesAndPlaces() {
        primeWithOtherIncidents();
        clusterer.assign(HAWTHORNE);

        assertPlaced(clusterer.assign(FRESNO_LOOK_ALIKE), placed("story-fresno-1", true, null));
        assertPlaced(clusterer.assign(HAWTHORNE_FOLLOW_UP), placed("story-hawthorne-1", false, null));
    }

    @Test
    void shouldTreatSharedBillIdAsStrongEvidence() {
        ArticleInput first = new ArticleInput("bill-1", DAY0, "House passes spending package",
                "The House voted 220 to 207 on Thursday to pass a spending package that keeps agencies open"
                        + " through September.", Set.of(), Set.of("hr6508-119"));
        ArticleInput sameBill = new ArticleInput("bill-2", DAY0.plus(Duration.ofDays(2)),
                "Senate takes up funding measure", "Senators began debate on the measure on Monday, with a vote"
                        + " expected before the weekend.", Set.of(), Set.of("hr6508-119"));
        ArticleInput otherBill = new ArticleInput("bill-3", DAY0.plus(Duration.ofDays(2)),
                "House passes defense spending package", "The House voted 231 to 196 on Friday to pass a"
                        + " defense spending package that funds the Pentagon through September.", Set.of(),
                Set.of("hr7000-119"));

        clusterer.assign(first);

        assertPlaced(clusterer.assign(sameBill), placed("story-bill-1", false, null));
        assertPlaced(clusterer.assign(otherBill), placed("story-bill-3", true, null));
    }

    @Test
    void shouldNotTakeAnArticleOfALaterCongressIntoAStoryWhoseBillsAllDiedWithAnEarlierOne() {
        String text = "The House voted 218 to 206 on Tuesday to pass the Protection of Women and Girls in Sports Act,"
                + " which would bar transgender athletes from girls' school teams. Rep. Greg Steube sponsored it.";
        ArticleInput old = new ArticleInput("sports-2023", Instant.parse("2024-12-30T00:00:00Z"),
                "House passes Protection of Women and Girls in Sports Act", text, Set.of(), Set.of("hr734-118"));
        ArticleInput later = new ArticleInput("sports-2025", Instant.parse("2025-01-04T00:00:00Z"),
                "House passes Protection of Women and Girls in Sports Act", text, Set.of(), Set.of());
        ArticleInput sameCongress = new ArticleInput("sports-2024", Instant.parse("2025-01-01T00:00:00Z"),
                "House passes Protection of Women and Girls in Sports Act", text, Set.of(), Set.of());

        StoryClusterer longMemory = new StoryClusterer(ClusterConfig.defaults().withQuietPeriod(Duration.ofDays(1095)),
                new InMemoryClusterState());
        longMemory.assign(old);

        assertPlaced(longMemory.assign(sameCongress), placed("story-sports-2023", false, "sports-2023"));
        assertPlaced(longMemory.assign(later), placed("story-sports-2025", true, null));
        assertThat(StoryClusterer.ofEarlierCongresses(List.of("b:hr734-118"), 119)).isTrue();
        assertThat(StoryClusterer.ofEarlierCongresses(List.of("b:hr734-118", "b:hr28-119"), 119)).isFalse();
        assertThat(StoryClusterer.ofEarlierCongresses(List.of(), 119)).isFalse();
    }

    @Test
    void shouldGoWithTheLeadBillsStoryWhenTheStoriesOfTwoOfItsBillsAreLikely() {
        ArticleInput forests = new ArticleInput("forest-1", DAY0.plus(Duration.ofDays(28)), "Daines bill aims to speed forest thinning",
                "Sen. Steve Daines introduced S. 2050 on Wednesday to shorten reviews for thinning projects on national"
                        + " forest land.", Set.of(), Set.of("s2050-119"));
        ArticleInput grants = new ArticleInput("grants-1", DAY0.plus(Duration.ofDays(30)), "House passes wildfire grants bill",
                "The House voted 260-165 on Wednesday to pass H.R. 4100, which gives $2 billion to local fire districts.",
                Set.of(), Set.of("hr4100-119"));
        // Names its own bill first and the other in passing, the day the other moved.
        ArticleInput senate = new ArticleInput("forest-2", DAY0.plus(Duration.ofDays(30)), "Senate passes forest thinning bill",
                "The Senate passed S. 2050 by unanimous consent on Wednesday. The measure is separate from H.R. 4100,"
                        + " which the House passed earlier on Wednesday with money for local fire districts.",
                Set.of(), Set.of("s2050-119", "hr4100-119"), "s2050-119");
        clusterer.assign(forests);
        clusterer.assign(grants);

        assertPlaced(clusterer.assign(senate), placed("story-forest-1", false, null));
    }

    @Test
    void shouldFindStoryByTaggedMemberWhenRarerNamesCrowdOutHisSurname() {
        // Seven weeks later, the cloture vote's report names a dozen senators, each rarer than the
        // leader both reports name, and shares no other salient word: only the tagger's member id
        // reaches the first story. The clusterer may still start a new story (time and wording say
        // so), but the story must be a candidate for the pipeline's legislative fold to consider.
        String houseTitle = "House Republicans pass stopgap to avert shutdown";
        String houseText = "Speaker Johnson rallied a divided conference to pass a seven-week stopgap by 217-212."
                + " Majority Leader Thune said the Senate would take it up before the deadline.";
        String clotureTitle = "Senate advances compromise to reopen government";
        String clotureText = "Eight Democrats joined Republicans on a procedural motion after Sen. John Cornyn"
                + " returned from Texas. Senators Tim Kaine, Dick Durbin, Maggie Hassan, Jeanne Shaheen and Jacky"
                + " Rosen crossed over, as did Catherine Cortez Masto, John Fetterman and Angus King; Rand Paul"
                + " opposed it. Mike Lee and John Curtis of Utah talked with Thune and Rick Scott"
                + " while the tally stayed open for two hours.";
        Set<String> thune = Set.of("member:t000250");

        clusterer.assign(new ArticleInput("house-vote", DAY0, houseTitle, houseText, thune, Set.of()));
        Decision tagged = clusterer.assign(new ArticleInput("cloture", DAY0.plus(Duration.ofDays(50)),
                clotureTitle, clotureText, thune, Set.of()));

        StoryClusterer untagged = new StoryClusterer(ClusterConfig.defaults(), new InMemoryClusterState());
        untagged.assign(new ArticleInput("house-vote", DAY0, houseTitle, houseText, Set.of(), Set.of()));
        Decision surfaceOnly = untagged.assign(new ArticleInput("cloture", DAY0.plus(Duration.ofDays(50)),
                clotureTitle, clotureText, Set.of(), Set.of()));

        assertThat(tagged.alternatives()).extracting(Decision.Alternative::storyId).contains("story-house-vote");
        assertThat(surfaceOnly.alternatives()).extracting(Decision.Alternative::storyId)
                .doesNotContain("story-house-vote");
    }

    @Test
    void shouldFindStoryByAnActItNamedWhenTheArticleSharesNoOtherSalientKeyWithIt() {
        // Made up, after a real pair: the sponsor's release on his bill, then, weeks later, the Speaker's
        // praise of the vote, naming a dozen other members and none of the first's words but the act's
        // name. Only the act key reaches the first story; whether to join is still the model's.
        String filingTitle = "Ortega files bill to speed gas export permits";
        String filingText = "Rep. Dana Ortega introduced the Lower Energy Bills for Families Act on Tuesday. It would"
                + " leave export approvals for liquefied natural gas to one regulator, ending a second review.";
        String praiseTitle = "Speaker hails chamber's vote, blames Democrats for delay";
        String praiseText = "Speaker Mike Johnson praised Thursday's 220-205 vote on the Lower Energy Bills for"
                + " Families Act. Chairman Brett Guthrie, Whip Tom Emmer, Leader Steve Scalise, Elise Stefanik,"
                + " Jim Jordan, Virginia Foxx, Jason Smith, Mark Green, Tom Cole, Sam Graves, Bruce Westerman and"
                + " Glenn Thompson spoke for it in Washington; Hakeem Jeffries, Katherine Clark, Pete Aguilar and"
                + " Frank Pallone opposed it during a tense afternoon of speeches.";
        Set<String> act = Set.of("119:lower energy bills for families act");
        Instant later = DAY0.plus(Duration.ofDays(21));

        clusterer.assign(new ArticleInput("filing", DAY0, filingTitle, filingText, Set.of(), Set.of(), null, act));
        Decision byAct = clusterer.assign(new ArticleInput("praise", later, praiseTitle, praiseText, Set.of(), Set.of(), null, act));

        StoryClusterer surface = new StoryClusterer(ClusterConfig.defaults(), new InMemoryClusterState());
        surface.assign(new ArticleInput("filing", DAY0, filingTitle, filingText, Set.of(), Set.of()));
        Decision surfaceOnly = surface.assign(new ArticleInput("praise", later, praiseTitle, praiseText, Set.of(), Set.of()));

        assertThat(byAct.alternatives()).extracting(Decision.Alternative::storyId).contains("story-filing");
        assertThat(surfaceOnly.newStory()).isTrue();
        assertThat(surfaceOnly.alternatives()).extracting(Decision.Alternative::storyId).doesNotContain("story-filing");
    }

    @Test
    void shouldExpireStoryAfterQuietPeriodInEventTime() {
        clusterer = new StoryClusterer(ClusterConfig.defaults().withQuietPeriod(Duration.ofDays(5)), state);
        clusterer.assign(HAWTHORNE);
        ArticleInput late = article("hawthorne-late", 6, HAWTHORNE_FOLLOW_UP.title(), HAWTHORNE_FOLLOW_UP.text());

        assertPlaced(clusterer.assign(late), placed("story-hawthorne-late", true, null));
        assertThat(state.story("story-hawthorne-1")).isNull();
        assertThat(state.storyCount()).isEqualTo(1);
    }

    @Test
    void shouldKeepStoryAliveWithinQuietPeriod() {
        clusterer = new StoryClusterer(ClusterConfig.defaults().withQuietPeriod(Duration.ofDays(5)), state);
        primeWithOtherIncidents();
        clusterer.assign(HAWTHORNE);
        ArticleInput later = article("hawthorne-later", 4, HAWTHORNE_FOLLOW_UP.title(), HAWTHORNE_FOLLOW_UP.text());

        assertPlaced(clusterer.assign(later), placed("story-hawthorne-1", false, null));
    }

    @Test
    void shouldMergeSyndicatedCopyIntoExistingStoryAndNameTheOriginal() {
        clusterer.assign(HAWTHORNE);
        ArticleInput copy = article("hawthorne-copy", 0,
                "Man killed, three wounded at Hawthorne New Year's party - Daily Breeze",
                HAWTHORNE.text().replace("early Tuesday", "early on Tuesday") + " Anyone with information can"
                        + " call detectives.");

        assertPlaced(clusterer.assign(copy), placed("story-hawthorne-1", false, "hawthorne-1"));
    }

    @Test
    void shouldNotCallAnArticleACopyWhenOnlyTheTopicMatches() {
        clusterer.assign(HAWTHORNE);

        assertThat(clusterer.assign(HAWTHORNE_FOLLOW_UP).copyOf()).isNull();
    }

    @Test
    void shouldGiveTheSameDecisionsForTheSameInput() {
        List<ArticleInput> stream = syntheticStreamWithFollowUps(300);

        List<Decision> first = run(new StoryClusterer(ClusterConfig.defaults(), new InMemoryClusterState()), stream);
        List<Decision> second = run(new StoryClusterer(ClusterConfig.defaults(), new InMemoryClusterState()), stream);

        assertThat(second).isEqualTo(first);
        assertThat(first.stream().filter(d -> !d.newStory()).count()).isPositive();
    }

    @Test
    void shouldGiveTheSameDecisionsWhenStateIsSerialisedThroughJson() {
        List<ArticleInput> stream = syntheticStreamWithFollowUps(300);

        List<Decision> inMemory = run(new StoryClusterer(ClusterConfig.defaults(), new InMemoryClusterState()), stream);
        List<Decision> viaJson = run(new StoryClusterer(ClusterConfig.defaults(), new JsonClusterState()), stream);

        assertThat(viaJson).isEqualTo(inMemory);
    }

    @Test
    void shouldKeepEveryPostingListWithinItsLimit() {
        ClusterConfig d = ClusterConfig.defaults();
        ClusterConfig small = new ClusterConfig(d.quietPeriod(), d.salientTerms(), d.salientEntities(), 8,
                d.maxCandidates(), d.storyTerms(), d.recentMembers(), d.indexKeysPerStory(), d.bodyChars(),
                d.copyThreshold(), d.model());
        StoryClusterer c = new StoryClusterer(small, state);

        run(c, syntheticStreamWithFollowUps(400));

        assertThat(state.longestPostingList()).isEqualTo(8);
    }

    /** Synthetic look-alike articles; every fifth one repeats an earlier article's names and place. */
    static List<ArticleInput> syntheticStreamWithFollowUps(int n) {
        ClusteringBench.Synthetic gen = new ClusteringBench.Synthetic(7);
        List<ArticleInput> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ArticleInput a = gen.next();
            if (i % 5 == 4) {
                ArticleInput earlier = out.get(i - 3);
                a = ArticleInput.of(a.id(), a.published(), earlier.title() + " update", a.text() + " " + earlier.text());
            }
            out.add(a);
        }
        return out;
    }

    private static List<Decision> run(StoryClusterer c, List<ArticleInput> stream) {
        List<Decision> out = new ArrayList<>();
        for (ArticleInput a : stream) {
            out.add(c.assign(a));
        }
        return out;
    }
}
