package org.newsalert.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsalert.events.TopicCreator;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.publish.ArticlePublisher;
import org.newsalert.ingest.publish.SeenLedger;
import org.newsalert.ingest.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Publishes archived feeds and article dumps with their original times. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publish archived feed files (RSS/Atom, folders of them) and article dumps (JSON Lines: id, url, source,"
                + " published, title, text) through the ingest path, stamped with their original published times.",
                "Replaying the same input twice publishes nothing new. Prints progress to stderr and a JSON summary last.",
                "",
                "With --since DATE (instead of PATH): rebuild stories after a change of rules. Stop enrich first; the enrich"
                + " topology runs under a new application id (<id>-rebuild-<yyyyMMddHHmmss>) from the first article published"
                + " at or after DATE to the end of the articles topic, writes the rebuilt stories, and stops. Its records carry"
                + " the header newsalert-rebuild, so notify alerts no subscriber on them (--deliver-to sends them to a test"
                + " webhook instead). Then start enrich with NEWSALERT_ENRICH_APPLICATION_ID set to the printed id."})
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    Main.KafkaOptions kafka = new Main.KafkaOptions();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "feed files, .jsonl dumps, or folders of them")
    List<Path> paths;

    @picocli.CommandLine.ArgGroup(exclusive = false)
    RebuildOptions rebuild;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rebuild != null) {
            if (paths != null && !paths.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either PATH... or --since DATE, not both");
            }
            return rebuild.run(kafka, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (paths == null || paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give PATH... to replay, or --since DATE to rebuild stories");
        }
        try (Cluster cluster = Cluster.connect(kafka.bootstrapServers, kafka.stateDir)) {
            TopicCreator.ensure(cluster.bootstrapServers(), (short) 1, IngestService.topics());
            SeenLedger ledger = SeenLedger.load(cluster.bootstrapServers());
            try (ArticlePublisher publisher = new ArticlePublisher(cluster.bootstrapServers(), IngestService.oneOffTransactionalId("replay"), ledger)) {
                Replayer.Summary s = new Replayer(ledger, publisher, Clock.systemUTC()).replay(paths, (so, done) -> {
                    if (!done) {
                        System.err.printf(Locale.ROOT, "replay: %d read, %d published, %d already seen, %d rejected (%.0f/s)%n",
                                so.read(), so.published(), so.alreadySeen(), so.rejected(), so.perSecond());
                    }
                });
                System.out.println(s.toJson());
                return s.rejected() > 0 && s.published() == 0 && s.alreadySeen() == 0 ? 1 : 0;
            }
        }
    }
}
