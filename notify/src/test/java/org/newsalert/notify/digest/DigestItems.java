package org.newsalert.notify.digest;

import java.time.Instant;
import java.util.List;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.DigestItemMatched;
import org.newsalert.events.Subscription;

/** Digest items for tests: a development of a story matched to a subscription at a given time. */
final class DigestItems {
    static final DeliveryTarget EMAIL = DeliveryTarget.email("sub-1", "alice@example.org", "bill:hr6508-119");

    private DigestItems() {}

    static DevelopmentDetected development(String story, String article, String storyTitle, String sentence, String source) {
        return new DevelopmentDetected(DevelopmentDetected.idFor(story, article), story, article, ArticleKind.DEVELOPMENT, "passed-house",
                List.of(sentence), storyTitle, List.of("hr6508-119"), List.of(), "Article " + article, "https://news.example.org/" + article,
                source, Instant.parse("2025-12-09T08:00:00Z"), List.of(source));
    }

    static DigestItemMatched item(Subscription.Mode mode, DeliveryTarget target, String story, String article, Instant matchedAt) {
        return new DigestItemMatched(mode, AlertMatched.of(development(story, article, "Story " + story, "News of " + article + ".", "Wire " + article),
                target, "bill H.R. 6508 is tagged", matchedAt));
    }

    static DigestItemMatched daily(String story, String article, String at) {
        return item(Subscription.Mode.DAILY, EMAIL, story, article, Instant.parse(at));
    }
}
