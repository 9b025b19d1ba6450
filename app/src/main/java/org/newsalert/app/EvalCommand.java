package org.newsalert.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsalert.ingest.extract.ExtractionEval;
import org.newsalert.ingest.feed.FeedEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Measurements with stable output formats: one JSON object as the last line. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure a stage on a corpus; prints one JSON object last.",
        subcommands = {EvalCommand.Feeds.class, EvalCommand.Extraction.class, EvalCommand.Clustering.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "feeds", mixinStandardHelpOptions = true,
            description = "Parse every file under the folders as a feed; print one line per failure, then "
                    + "{\"files\",\"parsed\",\"rejected\",\"crashed\",\"items\"}.")
    static final class Feeds implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "DIR")
        List<Path> dirs;

        @Override
        public Integer call() throws Exception {
            return FeedEval.run(dirs, System.out);
        }
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Run the article extractor over a benchmark folder (article-extraction-benchmark format); "
                    + "print {\"pages\",\"precision\",\"recall\",\"f1\",\"pages_per_second\"}.")
    static final class Extraction implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() throws Exception {
            return ExtractionEval.run(dir, System.out);
        }
    }

    @Command(name = "clustering", mixinStandardHelpOptions = true,
            description = "Run the enrich pipeline's story clustering (tagging included) over a labelled JSON Lines file in "
                    + "published-time order; print {\"articles\",\"stories\",\"bcubed_precision\",\"bcubed_recall\",\"bcubed_f1\","
                    + "\"pairwise_precision\",\"pairwise_recall\",\"pairwise_f1\",\"largest_story\",\"articles_per_second\"}.")
    static final class Clustering implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "FILE.jsonl")
        Path file;

        @picocli.CommandLine.Option(names = "--clusterer-only",
                description = "score the clusterer alone, without the tagger's entities and bill folding")
        boolean clustererOnly;

        @Override
        public Integer call() throws Exception {
            return clustererOnly
                    ? org.newsalert.enrich.story.ClusteringEval.run(file, System.out)
                    : org.newsalert.enrich.PipelineEval.clustering(file, System.out);
        }
    }
}
