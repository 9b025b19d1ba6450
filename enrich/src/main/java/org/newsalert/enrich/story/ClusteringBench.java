package org.newsalert.enrich.story;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Shows that clustering cost per article stays flat as the number of live stories grows: synthetic
 * articles (Zipf-distributed vocabulary, invented names, each its own incident) are fed until
 * 1,000, 10,000 and 100,000 stories are live, and the next batch is timed at each level.
 */
public final class ClusteringBench {
    static final int[] LEVELS = {1_000, 10_000, 100_000};
    private static final int BATCH = 2_000;

    private ClusteringBench() {}

    /** Runs the benchmark, prints one line per level and returns a one-line summary. */
    public static String benchScaling(PrintStream out) {
        return benchScaling(out, LEVELS);
    }

    static String benchScaling(PrintStream out, int[] levels) {
        ClusterConfig config = ClusterConfig.defaults().withQuietPeriod(Duration.ofDays(365 * 100));
        InMemoryClusterState state = new InMemoryClusterState();
        StoryClusterer clusterer = new StoryClusterer(config, state);
        Synthetic gen = new Synthetic(42);
        List<String> parts = new ArrayList<>();
        for (int level : levels) {
            while (state.storyCount() < level) {
                clusterer.assign(gen.next());
            }
            List<ArticleInput> batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                batch.add(gen.next());
            }
            int candidates = 0;
            long start = System.nanoTime();
            for (ArticleInput a : batch) {
                candidates += clusterer.assign(a).candidates();
            }
            double micros = (System.nanoTime() - start) / 1e3 / BATCH;
            out.printf(Locale.ROOT, "live stories %,7d: %8.1f us/article, %5.1f candidates scored/article, "
                    + "longest posting list %d%n", level, micros, candidates / (double) BATCH,
                    state.longestPostingList());
            parts.add(String.format(Locale.ROOT, "%d:%.0fus", level, micros));
        }
        return "clustering cost per article by live stories " + String.join(" ", parts);
    }

    /** Deterministic look-alike news: a shared topical vocabulary, unique names and places. */
    static final class Synthetic {
        private final SplittableRandom random;
        private final String[] vocabulary = new String[20_000];
        private final double[] cumulative = new double[vocabulary.length];
        private long n;

        Synthetic(long seed) {
            random = new SplittableRandom(seed);
            double total = 0;
            for (int i = 0; i < vocabulary.length; i++) {
                vocabulary[i] = word(i, false);
                total += 1.0 / (i + 1);
                cumulative[i] = total;
            }
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= total;
            }
        }

        ArticleInput next() {
            long id = n++;
            String person = word(random.nextInt(5_000_000), true) + " " + word(random.nextInt(5_000_000), true);
            String place = word(random.nextInt(5_000_000), true);
            StringBuilder title = new StringBuilder(person).append(" shot in ").append(place);
            for (int i = 0; i < 4; i++) {
                title.append(' ').append(draw());
            }
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                body.append(draw()).append(i % 10 == 9 ? ". " : " ");
                if (i == 12) {
                    body.append("the victim ").append(person).append(", ").append(18 + random.nextInt(60))
                            .append(", of ").append(place).append(" was taken to hospital. ");
                }
            }
            return ArticleInput.of(String.format("a%09d", id), Instant.EPOCH.plusSeconds(60 * id),
                    title.toString(), body.toString());
        }

        private String draw() {
            double u = random.nextDouble();
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return vocabulary[lo];
        }

        private static String word(int i, boolean capital) {
            String syllables = "bakedifogahujiklamenopurasetivoxyz";
            StringBuilder sb = new StringBuilder();
            int x = i;
            do {
                int s = x % 17;
                sb.append(syllables, s * 2, s * 2 + 2);
                x /= 17;
            } while (x > 0);
            if (capital) {
                sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
            }
            return sb.toString();
        }
    }

    public static void main(String[] args) {
        System.out.println(benchScaling(System.out));
    }
}
