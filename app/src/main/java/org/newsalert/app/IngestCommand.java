package org.newsalert.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.config.IngestConfig;
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
        return ServiceOptions.runUntilShutdown("ingest", IngestService.start(IngestConfig.from(source)));
    }
}
