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
                "Replaying the same input twice publishes nothing new. Prints progress to stderr and a JSON summary last."})
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    Main.KafkaOptions kafka = new Main.KafkaOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "feed files, .jsonl dumps, or folders of them")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
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
