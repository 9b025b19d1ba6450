package org.newsalert.enrich.story;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Learns the {@link JoinModel} from a labelled stream and checks that it generalises. Training
 * pairs come from replaying the stream with gold stories (every candidate the index offers is a
 * pair, labelled by whether it is the article's gold story); the weights are a ridge-regularised
 * logistic regression fitted by Newton's method; the threshold is the one that maximises the mean
 * of BCubed and pairwise F1 on the training stream. Cross-validation splits the gold stories into
 * two halves by a hash of their label, trains on one half and scores the other.
 */
public final class ClusteringTraining {
    static final double RIDGE = 1.0;
    /**
     * Bill evidence cannot be learnt from news without bills (the dev set has none), so its weights
     * are set by hand: a shared bill id outweighs a weak text match, and two different bill ids
     * count against a merge almost as strongly.
     */
    static final double SHARED_BILL_WEIGHT = 10.0;
    static final double OTHER_BILLS_WEIGHT = -4.0;

    private ClusteringTraining() {}

    record Pairs(List<double[]> x, List<Integer> y, int articles, int goldCandidateMissed) {}

    /** Replays the stream with gold placement and collects (features, same-story) pairs. */
    static Pairs pairs(List<ClusteringEval.LabelledArticle> articles, ClusterConfig config) {
        StoryClusterer clusterer = new StoryClusterer(config, new InMemoryClusterState());
        Map<String, String> storyOfCluster = new HashMap<>();
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        int missed = 0;
        for (ClusteringEval.LabelledArticle a : articles) {
            StoryClusterer.Scored s = clusterer.score(a.input());
            String gold = storyOfCluster.get(a.cluster());
            boolean found = false;
            for (StoryClusterer.Candidate c : s.candidates()) {
                boolean same = c.story().id().equals(gold);
                found |= same;
                x.add(c.match().features());
                y.add(same ? 1 : 0);
            }
            if (gold != null && !found) {
                missed++;
            }
            Decision d = clusterer.commit(s, gold);
            storyOfCluster.put(a.cluster(), d.storyId());
        }
        return new Pairs(x, y, articles.size(), missed);
    }

    /** Ridge logistic regression by Newton-Raphson; the bias (last weight) is not penalised. */
    static double[] fit(List<double[]> x, List<Integer> y, double ridge) {
        int d = x.get(0).length + 1;
        double[] w = new double[d];
        for (int iter = 0; iter < 30; iter++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < x.size(); i++) {
                double[] xi = withBias(x.get(i));
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * xi[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double r = y.get(i) - p;
                double v = Math.max(p * (1 - p), 1e-9);
                for (int j = 0; j < d; j++) {
                    grad[j] += r * xi[j];
                    for (int k = 0; k < d; k++) {
                        hess[j][k] += v * xi[j] * xi[k];
                    }
                }
            }
            for (int j = 0; j < d - 1; j++) {
                grad[j] -= ridge * w[j];
                hess[j][j] += ridge;
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int j = 0; j < d; j++) {
                w[j] += step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return w;
    }

    private static double[] withBias(double[] f) {
        double[] out = java.util.Arrays.copyOf(f, f.length + 1);
        out[f.length] = 1;
        return out;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double tb = b[c];
            b[c] = b[piv];
            b[piv] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /** Fits weights on the stream, then picks the threshold on the same stream. */
    static JoinModel train(List<ClusteringEval.LabelledArticle> articles, ClusterConfig base, PrintStream log) {
        Pairs p = pairs(articles, base);
        double[] w = fit(p.x(), p.y(), RIDGE);
        w[SimilarityFeatures.SHARED_BILL] = SHARED_BILL_WEIGHT;
        w[SimilarityFeatures.OTHER_BILLS] = OTHER_BILLS_WEIGHT;
        log.printf(Locale.ROOT, "  %d pairs, %d positive; gold story not among candidates for %d articles%n",
                p.x().size(), p.y().stream().mapToInt(Integer::intValue).sum(), p.goldCandidateMissed());
        JoinModel best = null;
        double bestScore = -1;
        for (int t = 15; t <= 75; t += 5) {
            JoinModel m = new JoinModel(w, t / 100.0);
            ClusteringScores s = ClusteringEval.score(articles, ClusteringEval.cluster(articles, base.withModel(m)));
            double objective = (s.bcubedF1() + s.pairwiseF1()) / 2;
            if (objective > bestScore) {
                bestScore = objective;
                best = m;
            }
        }
        return best;
    }

    static List<ClusteringEval.LabelledArticle> half(List<ClusteringEval.LabelledArticle> all, int which) {
        List<ClusteringEval.LabelledArticle> out = new ArrayList<>();
        for (ClusteringEval.LabelledArticle a : all) {
            if ((MinHash.fnv(a.cluster()) & 1) == which) {
                out.add(a);
            }
        }
        return out;
    }

    /** Two-fold cross-validation by gold story, then the model trained on everything. */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        List<ClusteringEval.LabelledArticle> all = ClusteringEval.load(Path.of(args[0]));
        ClusterConfig base = ClusterConfig.defaults();
        for (int fold = 0; fold < 2; fold++) {
            List<ClusteringEval.LabelledArticle> train = half(all, fold);
            List<ClusteringEval.LabelledArticle> test = half(all, 1 - fold);
            out.printf("fold %d: train on half %d (%d articles), test on half %d (%d articles)%n",
                    fold, fold, train.size(), 1 - fold, test.size());
            JoinModel m = train(train, base, out);
            out.println("  " + m);
            out.println("  train " + ClusteringEval.toJson(
                    ClusteringEval.score(train, ClusteringEval.cluster(train, base.withModel(m))), 0));
            out.println("  test  " + ClusteringEval.toJson(
                    ClusteringEval.score(test, ClusteringEval.cluster(test, base.withModel(m))), 0));
        }
        out.println("all: train on every article");
        JoinModel m = train(all, base, out);
        out.println("  " + m);
        out.println("  all   " + ClusteringEval.toJson(
                ClusteringEval.score(all, ClusteringEval.cluster(all, base.withModel(m))), 0));
        StringBuilder code = new StringBuilder();
        for (double v : m.weights()) {
            code.append(String.format(Locale.ROOT, "%.4f, ", v));
        }
        out.println("  weights for JoinModel.trained(): " + code + "threshold " + m.threshold());
    }
}
