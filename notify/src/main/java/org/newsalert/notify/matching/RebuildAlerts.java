package org.newsalert.notify.matching;

import java.util.List;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.RebuildHeaders;

/**
 * What becomes of the alerts a story rebuild's record would make: subscribers were alerted on these
 * articles when they first came in, so they get nothing. With a test channel, each alert goes
 * there instead under a subscription id of its own ({@code rebuild:<rebuild>:<subscription>}): its
 * idempotency key never equals a subscriber's (the ledger cannot hide a test alert, nor a test
 * alert a real one), its delivery log stays apart, and a 410 from the test webhook disables nothing.
 */
final class RebuildAlerts {
    private RebuildAlerts() {}

    static List<AlertMatched> route(RebuildHeaders.Mark rebuild, List<AlertMatched> made) {
        if (rebuild.deliverTo() == null) {
            return List.of();
        }
        String secret = RebuildHeaders.testChannelSecret(rebuild.rebuildId());
        return made.stream()
                .map(a -> AlertMatched.of(a.development(),
                        DeliveryTarget.webhook(testSubscriptionId(rebuild.rebuildId(), a.subscriptionId()), rebuild.deliverTo(), secret,
                                a.target().query()),
                        a.explanation(), a.matchedAt()))
                .toList();
    }

    static String testSubscriptionId(String rebuildId, String subscriptionId) {
        return "rebuild:" + rebuildId + ":" + subscriptionId;
    }
}
