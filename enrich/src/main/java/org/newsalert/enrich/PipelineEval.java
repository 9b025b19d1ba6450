package org.newsalert.enrich;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.newsalert.enrich.story.ClusteringEval;
import org.newsalert.events.ArticleFetched;

/**
 * {@code eval clustering} through the code the topology runs: every article goes through
 * {@link ArticlePipeline} (tagging, clustering with the tagger's entities and bills, bill-story
 * folding), with its memory in maps instead of stores.
 */
public final class PipelineEval {
    private PipelineEval() {}

    public static int clustering(Path file, PrintStream out) throws IOException {
        ArticlePipeline pipeline = ArticlePipeline.withDefaults(EnrichConfig.from(
                org.newsalert.events.config.ConfigSource.ofMap(java.util.Map.of())).storyQuietPeriod());
        InMemoryState state = new InMemoryState();
        return ClusteringEval.run(file, out, (id, published, title, text) -> pipeline.process(
                new ArticleFetched(id, "urn:eval:" + id, null, file.toString(), null, title, null, published, published, text, null, null,
                        ArticleFetched.TextOrigin.ARCHIVE), state).story().storyId());
    }

}
