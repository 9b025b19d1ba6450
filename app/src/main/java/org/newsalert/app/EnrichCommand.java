package org.newsalert.app;

import java.util.Map;
import java.util.concurrent.Callable;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.EnrichService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The enrich Streams app alone, against a given cluster. */
@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Run the enrich service (Kafka Streams) alone against a Kafka cluster.")
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Override
    public Integer call() throws Exception {
        return ServiceOptions.runUntilShutdown("enrich", EnrichService.start(EnrichConfig.from(service.source(Map.of()))));
    }
}
