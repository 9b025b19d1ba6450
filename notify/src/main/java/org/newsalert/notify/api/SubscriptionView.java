package org.newsalert.notify.api;

import java.time.Instant;
import org.newsalert.events.Channel;
import org.newsalert.events.Subscription;

/**
 * A subscription as the API shows it: the webhook secret is never included, only the fact that
 * the channel has one.
 *
 * @param backfillSince only in the response to a create that asked for backfill
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
        Instant backfillSince) {

    public record ChannelView(String type, String address, String url) {}

    public static SubscriptionView of(Subscription s, Instant backfillSince) {
        ChannelView channel;
        if (s.channel() instanceof Channel.Email e) {
            channel = new ChannelView("email", e.address(), null);
        } else if (s.channel() instanceof Channel.Webhook w) {
            channel = new ChannelView("webhook", null, w.url());
        } else {
            throw new IllegalStateException("unknown channel " + s.channel().getClass());
        }
        return new SubscriptionView(
                s.id(), s.owner(), s.query(), channel, s.mode(), s.created(), s.active(), s.disabledReason(), backfillSince);
    }
}
