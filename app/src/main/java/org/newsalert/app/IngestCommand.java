package org.newsalert.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.config.IngestConfig;
import org.newsalert.ops.OpsConfig;
import org.newsalert.ops.OpsServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The ingest service alone, against a given cluster: how it runs in production. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Run the ingest service alone against a Kafka cluster.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Option(names = "--feeds", paramLabel = "FILE", description = "feed list, YAML or OPML (default: $NEWSALERT_FEEDS_FILE)")
    Path feeds;

    @Override
    public Integer call() throws Exception {
        var source = service.source(feeds == null ? Map.of() : Map.of("feeds.file", feeds.toString()));
        IngestConfig config = IngestConfig.from(source);
        OpsServer ops = ServiceOptions.startOps(source, "0.0.0.0", OpsConfig.INGEST_PORT, "ingest");
        try {
            IngestService ingest = IngestService.start(config, ops.registry());
            ops.check("ingest", ingest);
            return ServiceOptions.runUntilShutdown("ingest", ServiceOptions.both(ingest, ops));
        } catch (RuntimeException e) {
            ops.close();
            throw e;
        }
    }
}
