package org.newsalert.app;

import java.util.Map;
import java.util.concurrent.Callable;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.ArticlePipeline;
import org.newsalert.enrich.EnrichService;
import org.newsalert.ops.OpsConfig;
import org.newsalert.ops.OpsServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The enrich Streams app alone, against a given cluster. */
@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Run the enrich service (Kafka Streams) alone against a Kafka cluster.")
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Override
    public Integer call() throws Exception {
        var source = service.source(Map.of());
        EnrichConfig config = EnrichConfig.from(source);
        OpsServer ops = ServiceOptions.startOps(source, "0.0.0.0", OpsConfig.ENRICH_PORT, "enrich");
        try {
            EnrichService enrich = EnrichService.start(config, ArticlePipeline.withDefaults(config.storyQuietPeriod()), ops.registry());
            ops.check("enrich", enrich);
            return ServiceOptions.runUntilShutdown("enrich", ServiceOptions.both(enrich, ops));
        } catch (RuntimeException e) {
            ops.close();
            throw e;
        }
    }
}
