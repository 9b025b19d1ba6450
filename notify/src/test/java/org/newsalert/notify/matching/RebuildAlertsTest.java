package org.newsalert.notify.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.RebuildHeaders;

class RebuildAlertsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final DevelopmentDetected DEV = new DevelopmentDetected("story-a/a", "story-a", "a", ArticleKind.NEW_STORY, "introduced",
            List.of(), "Title", List.of("hr1-119"), List.of(), "Title", "https://x.example/a", "X", NOW, List.of("X"));
    private static final List<AlertMatched> MADE = List.of(
            AlertMatched.of(DEV, DeliveryTarget.webhook("sub-1", "https://hooks.example/1", "whsec_AAAA", "bill:hr1-119"), "bill matched", NOW),
            AlertMatched.of(DEV, DeliveryTarget.email("sub-2", "reader@example.org", "org:nato"), "org matched", NOW));

    @Test
    void shouldAlertNoSubscriberOnARebuildWithoutTestChannel() {
        assertThat(RebuildAlerts.route(new RebuildHeaders.Mark("r1", null), MADE)).isEmpty();
    }

    @Test
    void shouldSendEachAlertToTheTestChannelUnderKeysNoSubscriberAlertHas() {
        List<AlertMatched> routed = RebuildAlerts.route(new RebuildHeaders.Mark("r1", "https://test.example/hook"), MADE);
        assertThat(routed).extracting(a -> a.target().subscriptionId()).containsExactly("rebuild:r1:sub-1", "rebuild:r1:sub-2");
        assertThat(routed).extracting(a -> a.target().address()).containsOnly("https://test.example/hook");
        assertThat(routed).extracting(a -> a.target().kind()).containsOnly(DeliveryTarget.Kind.WEBHOOK);
        assertThat(routed).extracting(a -> a.target().secret()).containsOnly(RebuildHeaders.testChannelSecret("r1"));
        assertThat(routed).extracting(AlertMatched::explanation).containsExactly("bill matched", "org matched");
        assertThat(routed).extracting(AlertMatched::key).doesNotContainAnyElementsOf(MADE.stream().map(AlertMatched::key).toList());
        // The same rebuild record matched again (a matcher restart) makes the same keys: the ledger drops the repeat.
        assertThat(RebuildAlerts.route(new RebuildHeaders.Mark("r1", "https://test.example/hook"), MADE)).extracting(AlertMatched::key)
                .containsExactlyElementsOf(routed.stream().map(AlertMatched::key).toList());
    }
}
