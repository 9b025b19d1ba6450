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
 * A bill story written for this test and tuned on nowhere else (see {@code made-up/README.md}): the
 * act named apart from its number, a House companion under the same name, a failed and a successful
 * cloture vote, passage in both chambers and the signing, each reported once as news and sometimes
 * again as coverage, with a same-topic story that is not about the bill in between.
 */
class MadeUpBillStoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldFollowAnUnseenBillThroughEveryStepAsOneStoryWithOneAlertPerStep() throws IOException {
        ArticlePipeline pipeline = ArticlePipeline.withDefaults(Duration.ofDays(1095));
        InMemoryState state = new InMemoryState();
        List<String> got = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        for (JsonNode n : articles()) {
            Instant published = Instant.parse(n.path("published").asText());
            String id = n.path("id").asText();
            ArticlePipeline.Outcome o = pipeline.process(new ArticleFetched(id, n.path("url").asText(), n.path("source").asText(),
                    "test:made-up", null, n.path("title").asText(), null, published, published, n.path("text").asText(), "en",
                    null, ArticleFetched.TextOrigin.ARCHIVE), state);
            got.add(o.article().kind() + (o.article().development() == null ? "" : " " + o.article().development()));
            stories.add(o.story().storyId());
        }
        assertThat(got).containsExactly(
                "NEW_STORY",
                "COVERAGE",
                "DEVELOPMENT companion_filed",
                "DEVELOPMENT committee_action",
                "DEVELOPMENT floor_vote_failed",
                "DEVELOPMENT floor_vote",
                "NEW_STORY", // the FCC order: same topic, not the bill
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

    private static List<JsonNode> articles() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                MadeUpBillStoryTest.class.getResourceAsStream("/made-up/rural-broadband.jsonl")), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out; // the file is in published order
    }
}
