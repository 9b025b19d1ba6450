package org.newsalert.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

/** The guarantees every fault test asks of the pipeline, checked on a settled {@link Pipeline.Outcome}. */
final class Guarantees {
    private Guarantees() {}

    static void assertNothingLostOrDoubled(Pipeline.Outcome o) {
        assertThat(o.articleIds()).as("articles published").isNotEmpty().doesNotHaveDuplicates();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(o.enrichedArticleIds()).as("one enriched record per article")
                .containsExactlyInAnyOrderElementsOf(o.articleIds());
        soft.assertThat(o.developmentArticleIds()).as("one development per new story or development")
                .containsExactlyInAnyOrderElementsOf(o.alertingArticleIds());
        soft.assertThat(o.developments()).extracting(d -> d.id()).as("development ids").doesNotHaveDuplicates();
        soft.assertThat(o.startedStoryIds()).as("each story started once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(o.stories().keySet());
        soft.assertThat(o.storyArticleIds()).as("each article filed in one story")
                .containsExactlyInAnyOrderElementsOf(o.articleIds());
        soft.assertThat(o.storyOfArticleFromStories()).as("stories list the articles enrich filed under them")
                .isEqualTo(o.storyOfArticle());
        soft.assertThat(o.subscriptions()).as("subscriptions").hasSize(1);
        soft.assertThat(o.webhooks()).as("each alert received exactly once, by webhook-id").isEqualTo(o.expectedWebhooks());
        soft.assertAll();
    }
}
