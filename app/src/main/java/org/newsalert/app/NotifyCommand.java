package org.newsalert.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.notify.NotifyConfig;
import org.newsalert.notify.NotifyService;
import org.newsalert.ops.OpsConfig;
import org.newsalert.ops.OpsServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The notify service alone, against a given cluster: how it runs in production. */
@Command(name = "notify", mixinStandardHelpOptions = true,
        description = "Run the notify service alone (matching, email and webhook delivery, subscriptions API) against a Kafka cluster.")
final class NotifyCommand implements Callable<Integer> {
    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Option(names = "--port", paramLabel = "PORT", description = "API port (default: $NEWSALERT_API_PORT, else 8080)")
    Integer port;

    @Option(names = "--print-alerts", description = "print one line per delivered alert to standard output")
    boolean printAlerts;

    @Override
    public Integer call() throws Exception {
        ConfigSource source = service.source(port == null ? Map.of() : Map.of("NEWSALERT_API_PORT", port.toString()));
        NotifyConfig config = NotifyConfig.from(source);
        OpsServer ops = ServiceOptions.startOps(source, "0.0.0.0", OpsConfig.NOTIFY_PORT, "notify");
        try {
            NotifyService notify = NotifyService.start(config, printAlerts ? System.out : null, ops.registry());
            ops.check("notify", notify);
            System.out.println("Subscriptions API: http://127.0.0.1:" + notify.apiPort() + "/openapi.yaml");
            return ServiceOptions.runUntilShutdown("notify", ServiceOptions.both(notify, ops));
        } catch (RuntimeException e) {
            ops.close();
            throw e;
        }
    }
}
