package org.newsalert.notify.delivery;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Tag;

/** Alerts for tests: a realistic development, with hostile text where a test asks for it. */
final class TestAlerts {
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String UNSUBSCRIBE_KEY = Base64.getEncoder().encodeToString("unsubscribe-key-for-tests-only-32b!".getBytes());

    private TestAlerts() {}

    static DevelopmentDetected development(String articleId, String storyTitle, List<String> sentences) {
        return new DevelopmentDetected(
                DevelopmentDetected.idFor("story-1", articleId), "story-1", articleId, ArticleKind.DEVELOPMENT, "passed-house",
                sentences, storyTitle, List.of("hr6508-119"),
                List.of(new Tag(Tag.Type.BILL, "hr6508-119", "H.R. 6508"), new Tag(Tag.Type.MEMBER, "M001184", "Thomas Massie (R-KY)")),
                "House passes H.R. 6508", "https://news.example.org/a/" + articleId, "Example News",
                Instant.parse("2025-11-20T14:30:00Z"), List.of("Example News", "Other Wire"));
    }

    static DevelopmentDetected development(String articleId) {
        return development(articleId, "Farm bill extension", List.of("The House passed the extension 310-112 on Thursday."));
    }

    static AlertMatched email(String articleId, String subscriptionId, String address) {
        return AlertMatched.of(development(articleId), DeliveryTarget.email(subscriptionId, address, "bill:hr6508-119"),
                "bill H.R. 6508 is tagged", Instant.parse("2025-11-20T14:31:00Z"));
    }

    static AlertMatched webhook(String articleId, String subscriptionId, String url) {
        return AlertMatched.of(development(articleId), DeliveryTarget.webhook(subscriptionId, url, SECRET, "bill:hr6508-119"),
                "bill H.R. 6508 is tagged", Instant.parse("2025-11-20T14:31:00Z"));
    }
}
