package org.newsalert.notify.api;

import java.time.Instant;
import org.newsalert.events.Channel;
import org.newsalert.events.Subscription;
import org.newsalert.notify.subscription.SubscriptionService;

/**
 * A subscription as the API shows it. The webhook secret is never included, except once: in the
 * answer to the create request for which the server generated it.
 *
 * @param backfillSince only in the response to a create that asked for backfill
 * @param timeZone the zone of the subscription's digest days and weeks; null for UTC
 */
public record SubscriptionView(
        String id,
        String owner,
        String query,
        ChannelView channel,
        Subscription.Mode mode,
        Instant created,
        boolean active,
        String disabledReason,
        Instant backfillSince,
        String timeZone) {

    /** @param secret only in the answer to a create that had the secret generated */
    public record ChannelView(String type, String address, String url, String secret) {
        @Override
        public String toString() {
            return "ChannelView[type=" + type + ", address=" + address + ", url=" + url
                    + (secret == null ? "" : ", secret=***") + "]";
        }
    }

    public static SubscriptionView of(Subscription s) {
        return of(s, null, null);
    }

    /** The answer to a create: with the backfill window and, if generated, the secret. */
    public static SubscriptionView created(SubscriptionService.Created c) {
        return of(c.subscription(), c.backfillSince(), c.generatedSecret());
    }

    private static SubscriptionView of(Subscription s, Instant backfillSince, String generatedSecret) {
        ChannelView channel;
        if (s.channel() instanceof Channel.Email e) {
            channel = new ChannelView("email", e.address(), null, null);
        } else if (s.channel() instanceof Channel.Webhook w) {
            channel = new ChannelView("webhook", null, w.url(), generatedSecret);
        } else {
            throw new IllegalStateException("unknown channel " + s.channel().getClass());
        }
        return new SubscriptionView(
                s.id(), s.owner(), s.query(), channel, s.mode(), s.created(), s.active(), s.disabledReason(), backfillSince,
                s.timeZone());
    }
}
