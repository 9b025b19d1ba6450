package org.newsalert.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.newsalert.events.ArticleFetched;

/**
 * Bill stories written for this test and tuned on nowhere else (see {@code made-up/README.md}): an
 * act named apart from its number, a House companion under the same name, failed and successful
 * cloture votes, the Rules Committee, passage in both chambers with an amendment, a signing, a veto
 * and a failed override, each reported once as news and sometimes again as coverage or as a wire
 * copy, with same-topic stories (another bill, an agency order) in between.
 */
class MadeUpBillStoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticlePipeline pipeline = ArticlePipeline.withDefaults(Duration.ofDays(1095));
    private final InMemoryState state = new InMemoryState();
    /** Per article: its kind and development ("DEVELOPMENT signed"). */
    private final List<String> got = new ArrayList<>();
    /** Per article: its story id. */
    private final List<String> stories = new ArrayList<>();

    @Test
    void shouldFollowASenateBillAndItsHouseCompanionAsOneStoryWithOneAlertPerStep() throws IOException {
        run("rural-broadband.jsonl");
        assertThat(got).containsExactly(
                "NEW_STORY introduced",
                "COVERAGE",
                "DEVELOPMENT companion_filed",
                "DEVELOPMENT committee_action",
                "DEVELOPMENT floor_vote_failed",
                "DEVELOPMENT floor_vote",
                "COVERAGE", // the FCC order: same topic, not a bill: a story of its own, and no alert
                "DEVELOPMENT passed_senate",
                "COVERAGE",
                "DEVELOPMENT cleared_congress",
                "DEVELOPMENT signed",
                "COVERAGE");
        String bill = stories.get(0);
        assertThat(stories).filteredOn(bill::equals).hasSize(11);
        assertThat(stories.get(6)).isNotEqualTo(bill);
        assertThat(state.summary(bill).bills()).containsExactly("hr2468-119", "s1234-119");
    }

    @Test
    void shouldFollowAVetoedBillToItsFailedOverrideBesideARivalBillOfTheSameTopic() throws IOException {
        run("veterans-housing.jsonl");
        assertThat(got).containsExactly(
                "NEW_STORY introduced",
                "DEVELOPMENT committee_action",
                "COVERAGE", // the same wire story on another site
                "NEW_STORY introduced", // S. 2900, the rival bill
                "DEVELOPMENT rules_committee",
                "DEVELOPMENT passed_house",
                "DEVELOPMENT committee_action", // S. 2900's committee vote, in its own story
                "DEVELOPMENT passed_senate",
                "DEVELOPMENT cleared_congress",
                "DEVELOPMENT vetoed",
                "COVERAGE",
                "DEVELOPMENT floor_vote_failed"); // the override vote
        String bill = stories.get(0);
        String rival = stories.get(3);
        assertThat(rival).isNotEqualTo(bill);
        assertThat(stories).containsExactly(bill, bill, bill, rival, bill, bill, rival, bill, bill, bill, bill, bill);
    }

    @Test
    void shouldKeepTwoBillsOfOneTopicApartWhileTheyMoveSideBySide() throws IOException {
        run("wildfire.jsonl");
        assertThat(got).containsExactly(
                "NEW_STORY introduced",
                "COVERAGE", // a headline with no body
                "NEW_STORY introduced", // S. 2050
                "DEVELOPMENT committee_action",
                "COVERAGE", // a state bill: a story of its own, and no alert
                "DEVELOPMENT passed_house",
                "DEVELOPMENT passed_senate", // S. 2050, the same day
                "COVERAGE", // an executive order: likewise
                "DEVELOPMENT cleared_congress",
                "COVERAGE",
                "DEVELOPMENT cleared_congress"); // S. 2050
        String grants = stories.get(0);
        String forests = stories.get(2);
        String state = stories.get(4);
        String order = stories.get(7);
        assertThat(List.of(grants, forests, state, order)).doesNotHaveDuplicates();
        assertThat(stories).containsExactly(grants, grants, forests, grants, state, grants, forests, order, grants, grants, forests);
        assertThat(this.state.summary(state).bills()).isEmpty();
        // The forest bill's Senate passage names H.R. 4100 in passing: it stays the forest story's, and
        // H.R. 4100 stays the grants story's alone.
        assertThat(this.state.summary(grants).bills()).containsExactly("hr4100-119");
        assertThat(this.state.summary(forests).bills()).containsExactly("s2050-119");
    }

    @Test
    void shouldKeepAStopgapAndASpendingPackageApartAndTheCoverageBetweenStepsInItsStory() throws IOException {
        run("spending.jsonl");
        assertThat(got).containsExactly(
                "NEW_STORY introduced",
                "DEVELOPMENT passed_house",
                "DEVELOPMENT floor_vote_failed",
                "NEW_STORY", // the package, "released" by the appropriators: no stage
                "DEVELOPMENT passed_house",
                "DEVELOPMENT cleared_congress", // "clearing it for President Donald Trump's signature"
                "DEVELOPMENT signed",
                "DEVELOPMENT passed_senate",
                "COVERAGE"); // eight days after the last step, reporting none: coverage, not a story of its own
        String stopgap = stories.get(0);
        String pkg = stories.get(3);
        assertThat(pkg).isNotEqualTo(stopgap);
        assertThat(stories).containsExactly(stopgap, stopgap, stopgap, pkg, pkg, stopgap, stopgap, pkg, pkg);
    }

    @Test
    void shouldAlertOnTheDischargePetitionThatForcesTheVoteAndOnEachStepAfter() throws IOException {
        run("records.jsonl");
        assertThat(got).containsExactly(
                "NEW_STORY introduced",
                "COVERAGE", // the petition filed: it "needs 218 signatures"
                "DEVELOPMENT floor_vote", // it "reached 218 signatures"
                "DEVELOPMENT passed_house",
                "DEVELOPMENT cleared_congress",
                "DEVELOPMENT signed",
                "COVERAGE", // an ambassador confirmed: not a bill, a story of its own and no alert
                "COVERAGE");
        String bill = stories.get(0);
        assertThat(stories).filteredOn(bill::equals).hasSize(7);
    }

    private void run(String file) throws IOException {
        for (JsonNode n : articles(file)) {
            Instant published = Instant.parse(n.path("published").asText());
            String id = n.path("id").asText();
            ArticlePipeline.Outcome o = pipeline.process(new ArticleFetched(id, n.path("url").asText(), n.path("source").asText(),
                    "test:made-up", null, n.path("title").asText(), null, published, published, n.path("text").asText(), "en",
                    null, ArticleFetched.TextOrigin.ARCHIVE), state);
            got.add(o.article().kind() + (o.article().development() == null ? "" : " " + o.article().development()));
            stories.add(o.story().storyId());
        }
    }

    private static List<JsonNode> articles(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                MadeUpBillStoryTest.class.getResourceAsStream("/made-up/" + file)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out; // the file is in published order
    }
}
