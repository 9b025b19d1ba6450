package org.newsalert.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsalert.enrich.story.ArticleInput;
import org.newsalert.enrich.story.ClusterConfig;
import org.newsalert.enrich.story.InMemoryClusterState;
import org.newsalert.enrich.story.StoryClusterer;

/**
 * Clustering cost per article as live stories grow. Generated articles (one or two per story,
 * so that live stories grow fast) are fed to one {@link StoryClusterer} until the clusterer holds
 * each level of live stories; the next batch, generated beforehand, is timed there. The quiet
 * period is long enough that no story expires during the run.
 */
public final class ClusteringCost {
    /** Cost at one level: microseconds per article and candidate stories scored per article. */
    public record Level(int liveStories, double microsPerArticle, double candidatesPerArticle, long articlesFed) {}

    private ClusteringCost() {}

    public static List<Level> run(int[] levels, int batch, long seed) {
        ClusterConfig config = ClusterConfig.defaults();
        warmUp(config, seed + 1);
        InMemoryClusterState state = new InMemoryClusterState();
        StoryClusterer clusterer = new StoryClusterer(config, state);
        SyntheticNews news = new SyntheticNews(seed, "c", 1, 2, 50);
        List<Level> out = new ArrayList<>();
        long fed = 0;
        for (int level : levels) {
            long cap = fed + 20L * level; // a clusterer that merged everything would never get there
            while (state.storyCount() < level) {
                if (fed++ > cap) {
                    throw new IllegalStateException("clusterer reached only " + state.storyCount() + " live stories after "
                            + fed + " articles; cannot measure at " + level);
                }
                clusterer.assign(news.next().clusterInput());
            }
            List<ArticleInput> inputs = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                inputs.add(news.next().clusterInput());
            }
            long candidates = 0;
            long start = System.nanoTime();
            for (ArticleInput a : inputs) {
                candidates += clusterer.assign(a).candidates();
            }
            long nanos = System.nanoTime() - start;
            fed += batch;
            out.add(new Level(level, nanos / 1e3 / batch, candidates / (double) batch, fed));
        }
        return out;
    }

    /** Compiles the clusterer's hot paths before the first timed batch. */
    private static void warmUp(ClusterConfig config, long seed) {
        StoryClusterer c = new StoryClusterer(config, new InMemoryClusterState());
        SyntheticNews news = new SyntheticNews(seed, "w", 1, 3, 50);
        for (int i = 0; i < 3000; i++) {
            c.assign(news.next().clusterInput());
        }
    }

    public static Map<String, Double> microsByLevel(List<Level> levels) {
        Map<String, Double> m = new LinkedHashMap<>();
        levels.forEach(l -> m.put(Integer.toString(l.liveStories()), round(l.microsPerArticle(), 1)));
        return m;
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
