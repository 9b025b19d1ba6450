package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsalert.events.Tag;

/** The three seed articles about Rep. Massie's NATO Act, tagged in order with one alias book. */
class SeedArticlesTest {
    private static final Tagger TAGGER = Tagger.loadDefault();
    private static final Instant PUBLISHED = Instant.parse("2025-12-10T20:00:00Z");
    private static final Tag BILL = new Tag(Tag.Type.BILL, "hr6508-119", "H.R. 6508 (119th Congress)");
    private static final Tag MASSIE = new Tag(Tag.Type.MEMBER, "M001184", "Thomas Massie (R-KY)");
    private static final Tag LUNA = new Tag(Tag.Type.MEMBER, "L000596", "Anna Paulina Luna (R-FL)");
    private static final Tag LEE = new Tag(Tag.Type.MEMBER, "L000577", "Mike Lee (R-UT)");
    private static final Tag BENNET = new Tag(Tag.Type.MEMBER, "B001267", "Michael F. Bennet (D-CO)");
    private static final Tag ERNST = new Tag(Tag.Type.MEMBER, "E000295", "Joni Ernst (R-IA)");
    private static final Tag WICKER = new Tag(Tag.Type.MEMBER, "W000437", "Roger F. Wicker (R-MS)");
    private static final Tag NATO = new Tag(Tag.Type.ORGANIZATION, "nato", "NATO");

    private static TagResult tag(String file, AliasBook aliases) throws IOException {
        try (InputStream in = SeedArticlesTest.class.getResourceAsStream("/seeds/" + file)) {
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            return TAGGER.tag(s.substring(0, nl), s.substring(nl + 1), PUBLISHED, aliases);
        }
    }

    @Test
    void shouldTagTheBenzingaArticleWithTheBillItsSponsorsAndNato() throws IOException {
        TagResult r = tag("1-benzinga-new-story.txt", new InMemoryAliasBook());
        assertThat(r.tags()).containsExactly(
                BILL, LEE, LUNA, MASSIE, NATO,
                new Tag(Tag.Type.PLACE, "RU", "Russia"),
                new Tag(Tag.Type.TOPIC, "defense", "Defense"),
                new Tag(Tag.Type.TOPIC, "foreign-policy", "Foreign policy"));
        assertThat(r.learned()).containsExactly(new LearnedAlias("nato act", "hr6508-119"));
    }

    @Test
    void shouldCarryTheBillToTheSecondArticleThroughTheLearnedActName() throws IOException {
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        tag("1-benzinga-new-story.txt", aliases).learnInto(aliases);
        TagResult r = tag("2-newsmax-coverage.txt", aliases);
        assertThat(r.tags(Tag.Type.BILL)).containsExactly(BILL);
        assertThat(r.tags(Tag.Type.MEMBER)).containsExactly(BENNET, ERNST, LEE, LUNA, MASSIE, WICKER);
        assertThat(r.tags(Tag.Type.COMMITTEE))
                .containsExactly(new Tag(Tag.Type.COMMITTEE, "SSAS", "Senate Committee on Armed Services"));
        assertThat(r.tags(Tag.Type.ORGANIZATION)).containsExactly(
                NATO,
                new Tag(Tag.Type.ORGANIZATION, "pentagon", "Department of Defense"),
                new Tag(Tag.Type.ORGANIZATION, "white-house", "White House"));
    }

    @Test
    void shouldFindTheMembersInTheProseOnlyArticle() throws IOException {
        TagResult r = tag("3-rewrite-coverage.txt", new InMemoryAliasBook());
        // This text names neither the number nor the act, so it gets no bill tag (a known gap).
        assertThat(r.tags(Tag.Type.BILL)).isEmpty();
        assertThat(r.tags(Tag.Type.MEMBER)).containsExactly(BENNET, ERNST, LEE, LUNA, MASSIE, WICKER);
        assertThat(r.tags(Tag.Type.PLACE)).containsExactly(
                new Tag(Tag.Type.PLACE, "US-FL", "Florida"),
                new Tag(Tag.Type.PLACE, "US-KY", "Kentucky"),
                new Tag(Tag.Type.PLACE, "US-UT", "Utah"));
    }

    @Test
    void shouldYieldTheStoryTagsAcrossTheThreeSeeds() throws IOException {
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        java.util.TreeSet<Tag> union = new java.util.TreeSet<>();
        for (String f : List.of("1-benzinga-new-story.txt", "2-newsmax-coverage.txt", "3-rewrite-coverage.txt")) {
            TagResult r = tag(f, aliases);
            r.learnInto(aliases);
            union.addAll(r.tags());
        }
        assertThat(union).contains(BILL, MASSIE, LUNA, LEE, NATO);
    }

    @Test
    void shouldGiveTheSameResultEveryTime() throws IOException {
        assertThat(tag("2-newsmax-coverage.txt", new InMemoryAliasBook()))
                .isEqualTo(tag("2-newsmax-coverage.txt", new InMemoryAliasBook()));
    }
}
