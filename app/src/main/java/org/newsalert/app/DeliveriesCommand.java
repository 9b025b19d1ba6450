package org.newsalert.app;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The delivery log of one subscription. */
@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = "Show the delivery attempts of one of your subscriptions, newest first, as JSON.")
final class DeliveriesCommand implements Callable<Integer> {
    @Mixin
    ApiOptions api;

    @Parameters(paramLabel = "ID", description = "the subscription's id")
    String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most this many (1 to 500; default ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() throws Exception {
        return api.print(client -> Map.of("deliveries", client.deliveries(id, limit)));
    }
}
