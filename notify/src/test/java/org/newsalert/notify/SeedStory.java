package org.newsalert.notify;

import java.time.Instant;
import java.util.List;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Tag;

/**
 * The seed story as enrich reports it (see enrich's seed fixtures): three articles about the
 * introduction of H.R. 6508, which make one development (seed1, NEW_STORY, introduced), and a
 * made-up follow-up (seed4, DEVELOPMENT, committee_action).
 */
final class SeedStory {
    static final String STORY = "story-seed1";
    static final String TITLE = "Lee, Massie introduce bill to withdraw the United States from NATO";
    static final List<Tag> TAGS = List.of(
            new Tag(Tag.Type.BILL, "hr6508-119", "H.R. 6508"),
            new Tag(Tag.Type.MEMBER, "L000577", "Mike Lee (R-UT)"),
            new Tag(Tag.Type.MEMBER, "M001184", "Thomas Massie (R-KY)"),
            new Tag(Tag.Type.ORGANIZATION, "nato", "NATO"));

    private SeedStory() {}

    static DevelopmentDetected introduced() {
        return development("seed1", ArticleKind.NEW_STORY, "introduced",
                "Sen. Mike Lee and Rep. Thomas Massie introduced the NATO Withdrawal Act on Tuesday.",
                Instant.parse("2025-12-09T15:00:00Z"));
    }

    static DevelopmentDetected committeeAction() {
        return development("seed4", ArticleKind.DEVELOPMENT, "committee_action",
                "The House Foreign Affairs Committee scheduled a markup of H.R. 6508 for next week.",
                Instant.parse("2025-12-16T15:00:00Z"));
    }

    static DevelopmentDetected development(String article, ArticleKind kind, String stage, String sentence, Instant published) {
        return new DevelopmentDetected(DevelopmentDetected.idFor(STORY, article), STORY, article, kind, stage, List.of(sentence),
                TITLE, List.of("hr6508-119"), TAGS, "Article " + article + " on H.R. 6508", "https://news.example.org/" + article,
                "Example News", published, List.of("Example News"));
    }

    /** An enriched article of the seed story; {@code tags} may be empty for coverage that names no one. */
    static ArticleEnriched article(String article, ArticleKind kind, String stage, List<Tag> tags, Instant published) {
        return new ArticleEnriched(article, STORY, kind, stage, kind == ArticleKind.COVERAGE ? List.of() : List.of("Something new."),
                null, tags, "Coverage " + article, "https://other.example.org/" + article, "Other Wire", published, "Plain text of " + article + ".");
    }
}
