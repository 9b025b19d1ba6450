package org.newsalert.app;

import java.util.concurrent.Callable;
import org.newsalert.notify.subscription.SubscriptionRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Creates a subscription through the API and prints it (with the webhook secret, if one was generated). */
@Command(name = "subscribe", mixinStandardHelpOptions = true,
        description = "Subscribe to alerts: a query, and an email address or a webhook. Prints the subscription as JSON.")
final class SubscribeCommand implements Callable<Integer> {
    @Mixin
    ApiOptions api;

    @Option(names = "--query", required = true, paramLabel = "QUERY",
            description = "what to be alerted about, e.g. 'bill:hr6508-119' or 'member:\"Mike Lee\" nato'")
    String query;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    static final class Destination {
        @Option(names = "--email", paramLabel = "ADDRESS", description = "send alerts to this mailbox")
        String email;

        @Option(names = "--webhook", paramLabel = "URL", description = "POST alerts to this URL (Standard Webhooks signatures)")
        String webhook;
    }

    @Option(names = "--secret", paramLabel = "whsec_...", description = "webhook signing secret (default: generated and printed once)")
    String secret;

    @Option(names = "--mode", paramLabel = "MODE", description = "developments (default), all, daily or weekly")
    String mode;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "IANA time zone whose days and weeks bound daily and weekly digests, e.g. America/New_York (default UTC)")
    String timeZone;

    @Option(names = "--backfill-days", paramLabel = "N", description = "also deliver what matched in the last N days (0 to 30)")
    Integer backfillDays;

    @Override
    public Integer call() throws Exception {
        SubscriptionRequest.ChannelRequest channel = destination.email != null
                ? new SubscriptionRequest.ChannelRequest("email", destination.email, null, secret)
                : SubscriptionRequest.ChannelRequest.webhook(destination.webhook, secret);
        SubscriptionRequest request = new SubscriptionRequest(query, channel, mode, backfillDays, timeZone);
        return api.print(client -> client.subscribe(request));
    }
}
