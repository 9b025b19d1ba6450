package org.newsalert.enrich.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A gradient-boosted ensemble of small regression trees whose summed leaf values are a log-odds
 * contribution (the learning rate is already folded into the leaves). Each tree is stored flat:
 * node {@code i} is a split when {@code feature[i] >= 0} (go to {@code left[i]} when
 * {@code x[feature[i]] <= threshold[i]}, else {@code right[i]}) and a leaf with {@code value[i]}
 * otherwise. Evaluation is a few array reads per tree; {@link #fit} is the offline trainer
 * (logistic loss, Newton leaf values, exact greedy splits between the distinct values of each feature).
 */
public final class JoinTrees {
    /** No trees: a log-odds contribution of zero. */
    public static final JoinTrees NONE = new JoinTrees(0, List.of(), Double.POSITIVE_INFINITY);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final double base;
    private final List<Tree> trees;
    private final double clip;

    record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        Tree {
            int n = feature.length;
            if (threshold.length != n || left.length != n || right.length != n || value.length != n || n == 0) {
                throw new IllegalArgumentException("tree arrays must be non-empty and of one length");
            }
            for (int i = 0; i < n; i++) {
                if (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n)) {
                    throw new IllegalArgumentException("node " + i + ": children must follow their parent");
                }
            }
        }

        double eval(double[] x) {
            int i = 0;
            while (feature[i] >= 0) {
                i = x[feature[i]] <= threshold[i] ? left[i] : right[i];
            }
            return value[i];
        }
    }

    JoinTrees(double base, List<Tree> trees) {
        this(base, trees, Double.POSITIVE_INFINITY);
    }

    JoinTrees(double base, List<Tree> trees, double clip) {
        if (!(clip > 0)) {
            throw new IllegalArgumentException("clip must be positive: " + clip);
        }
        this.base = base;
        this.trees = List.copyOf(trees);
        this.clip = clip;
    }

    /**
     * The ensemble's log-odds: the base score plus one leaf value per tree, limited to
     * [-clip, clip] (a bound on how far the trees may move another model's log-odds).
     */
    public double logit(double[] x) {
        double z = base;
        for (int t = 0, n = trees.size(); t < n; t++) {
            z += trees.get(t).eval(x);
        }
        return Math.max(-clip, Math.min(clip, z));
    }

    /** The same trees with their summed log-odds limited to [-clip, clip]. */
    JoinTrees clipped(double clip) {
        return new JoinTrees(base, trees, clip);
    }

    double clip() {
        return clip;
    }

    public int size() {
        return trees.size();
    }

    /** The first {@code rounds} trees: the ensemble as it stood after that many boosting rounds. */
    JoinTrees truncated(int rounds) {
        return new JoinTrees(base, trees.subList(0, Math.min(rounds, trees.size())), clip);
    }

    /** Nodes over all trees. */
    int nodes() {
        int n = 0;
        for (Tree t : trees) {
            n += t.feature().length;
        }
        return n;
    }

    /**
     * Training settings: rounds, tree depth, shrinkage, smallest leaf, L2 on leaf values, the share
     * of rows each round's tree is fitted to (stochastic gradient boosting; 1 for all rows), and
     * which of the fixed draws of those rows to use ({@code draw}; 0 for the shipped model's).
     */
    public record Params(int rounds, int depth, double learningRate, int minLeaf, double lambda, double subsample, long draw) {
        public Params {
            if (rounds < 0 || depth < 1 || learningRate <= 0 || minLeaf < 1 || lambda < 0 || subsample <= 0 || subsample > 1) {
                throw new IllegalArgumentException("bad parameters: " + rounds + " " + depth + " " + learningRate
                        + " " + minLeaf + " " + lambda + " " + subsample);
            }
        }

        /** Every round fitted to all rows. */
        public Params(int rounds, int depth, double learningRate, int minLeaf, double lambda) {
            this(rounds, depth, learningRate, minLeaf, lambda, 1.0, 0);
        }

        /** The same settings with another share of rows per round, or another draw of them. */
        public Params withSampling(double share, long draw) {
            return new Params(rounds, depth, learningRate, minLeaf, lambda, share, draw);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "rounds %d depth %d lr %.2f minLeaf %d lambda %.1f subsample %.2f draw %d",
                    rounds, depth, learningRate, minLeaf, lambda, subsample, draw);
        }
    }

    /**
     * Fits the ensemble to labels 0/1 by gradient boosting on the logistic loss. Only the features in
     * {@code usable} are split on. Deterministic: the rows are visited in the given order, ties between
     * splits of equal gain go to the lower feature index and the lower threshold.
     */
    static JoinTrees fit(List<double[]> x, List<Integer> y, int[] usable, Params p) {
        return fit(x, y, usable, p, null);
    }

    /**
     * As {@link #fit(List, List, int[], Params)}, but boosting from the given log-odds per row (e.g. a
     * linear model's) instead of from the prior: the trees then correct that model, and the base score is 0.
     */
    static JoinTrees fit(List<double[]> x, List<Integer> y, int[] usable, Params p, double[] margin) {
        int n = x.size();
        if (n == 0 || y.size() != n) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        double pos = 0;
        for (int v : y) {
            pos += v;
        }
        // The base score is the prior log-odds, clamped away from the infinities of one-class data.
        double prior = Math.min(Math.max(pos / n, 1e-6), 1 - 1e-6);
        double base = margin == null ? Math.log(prior / (1 - prior)) : 0;
        // Each usable feature's rows sorted by value once; the split search walks them in this order.
        int[][] order = new int[usable.length][];
        double[][] col = new double[usable.length][n];
        for (int j = 0; j < usable.length; j++) {
            for (int i = 0; i < n; i++) {
                col[j][i] = x.get(i)[usable[j]];
            }
            double[] c = col[j];
            order[j] = sortedIndex(c);
        }
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = margin == null ? base : margin[i];
        }
        double[] g = new double[n];
        double[] h = new double[n];
        int[] node = new int[n];
        List<Tree> trees = new ArrayList<>();
        for (int round = 0; round < p.rounds(); round++) {
            for (int i = 0; i < n; i++) {
                double q = 1 / (1 + Math.exp(-f[i]));
                boolean drawn = p.subsample() >= 1 || drawn(i, round, p.subsample(), p.draw());
                // A row left out of this round weighs nothing in its split gains and leaf values
                // (it still counts toward minLeaf).
                g[i] = drawn ? q - y.get(i) : 0;
                h[i] = drawn ? Math.max(q * (1 - q), 1e-12) : 1e-12;
            }
            Tree t = grow(col, order, usable, g, h, node, p);
            trees.add(t);
            for (int i = 0; i < n; i++) {
                f[i] += t.eval(x.get(i));
            }
        }
        return new JoinTrees(base, trees);
    }

    /**
     * Whether row {@code i} is in round {@code round}'s sample of draw {@code draw}: a fixed function
     * of the three (a SplitMix64 finaliser), so training stays deterministic, and about {@code share}
     * of the rows are.
     */
    static boolean drawn(int i, int round, double share, long draw) {
        long z = ((i + draw * 1_000_003L) * 0x9E3779B97F4A7C15L) ^ (round * 0xBF58476D1CE4E5B9L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53 < share;
    }

    private static int[] sortedIndex(double[] c) {
        Integer[] idx = new Integer[c.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int cmp = Double.compare(c[a], c[b]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** Grows one tree level by level; {@code node} is scratch space for each row's current node. */
    private static Tree grow(double[][] col, int[][] order, int[] usable, double[] g, double[] h, int[] node,
            Params p) {
        int n = g.length;
        // Nodes as growable parallel lists: feature, threshold, left, right, value.
        List<Integer> feat = new ArrayList<>();
        List<Double> thr = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        List<Double> val = new ArrayList<>();
        Arrays.fill(node, 0);
        double gSum = 0;
        double hSum = 0;
        for (int i = 0; i < n; i++) {
            gSum += g[i];
            hSum += h[i];
        }
        feat.add(-1);
        thr.add(0.0);
        left.add(-1);
        right.add(-1);
        val.add(leaf(gSum, hSum, p));
        List<Integer> frontier = List.of(0);
        for (int depth = 0; depth < p.depth() && !frontier.isEmpty(); depth++) {
            int nodes = feat.size();
            // Per node of the frontier: totals, then the best split found over all usable features.
            double[] G = new double[nodes];
            double[] H = new double[nodes];
            int[] C = new int[nodes];
            for (int i = 0; i < n; i++) {
                G[node[i]] += g[i];
                H[node[i]] += h[i];
                C[node[i]]++;
            }
            double[] bestGain = new double[nodes];
            int[] bestFeature = new int[nodes];
            int[] bestColumn = new int[nodes];
            double[] bestThreshold = new double[nodes];
            Arrays.fill(bestFeature, -1);
            boolean[] open = new boolean[nodes];
            for (int k : frontier) {
                open[k] = C[k] >= 2 * p.minLeaf();
            }
            double[] gl = new double[nodes];
            double[] hl = new double[nodes];
            int[] cl = new int[nodes];
            double[] last = new double[nodes];
            for (int j = 0; j < usable.length; j++) {
                Arrays.fill(gl, 0);
                Arrays.fill(hl, 0);
                Arrays.fill(cl, 0);
                Arrays.fill(last, Double.NaN);
                double[] c = col[j];
                for (int r : order[j]) {
                    int k = node[r];
                    if (!open[k]) {
                        continue;
                    }
                    double v = c[r];
                    // A split can fall between the previous row of this node and this one when values differ.
                    if (cl[k] >= p.minLeaf() && C[k] - cl[k] >= p.minLeaf() && v > last[k]) {
                        double gain = score(gl[k], hl[k], p) + score(G[k] - gl[k], H[k] - hl[k], p)
                                - score(G[k], H[k], p);
                        if (gain > bestGain[k] + 1e-12) {
                            bestGain[k] = gain;
                            bestFeature[k] = usable[j];
                            bestColumn[k] = j;
                            bestThreshold[k] = midpoint(last[k], v);
                        }
                    }
                    gl[k] += g[r];
                    hl[k] += h[r];
                    cl[k]++;
                    last[k] = v;
                }
            }
            List<Integer> next = new ArrayList<>();
            int[] leftOf = new int[nodes];
            for (int k : frontier) {
                if (bestFeature[k] < 0) {
                    continue;
                }
                int l = feat.size();
                for (int s = 0; s < 2; s++) {
                    feat.add(-1);
                    thr.add(0.0);
                    left.add(-1);
                    right.add(-1);
                    val.add(0.0);
                }
                feat.set(k, bestFeature[k]);
                thr.set(k, bestThreshold[k]);
                left.set(k, l);
                right.set(k, l + 1);
                leftOf[k] = l;
                next.add(l);
                next.add(l + 1);
            }
            if (next.isEmpty()) {
                break;
            }
            double[] G2 = new double[feat.size()];
            double[] H2 = new double[feat.size()];
            for (int i = 0; i < n; i++) {
                int k = node[i];
                if (bestFeature[k] >= 0) {
                    node[i] = col[bestColumn[k]][i] <= bestThreshold[k] ? leftOf[k] : leftOf[k] + 1;
                }
                G2[node[i]] += g[i];
                H2[node[i]] += h[i];
            }
            for (int k : next) {
                val.set(k, leaf(G2[k], H2[k], p));
            }
            frontier = next;
        }
        int m = feat.size();
        int[] fa = new int[m];
        double[] ta = new double[m];
        int[] la = new int[m];
        int[] ra = new int[m];
        double[] va = new double[m];
        for (int i = 0; i < m; i++) {
            fa[i] = feat.get(i);
            ta[i] = thr.get(i);
            la[i] = left.get(i);
            ra[i] = right.get(i);
            va[i] = fa[i] >= 0 ? 0 : val.get(i);
        }
        return new Tree(fa, ta, la, ra, va);
    }

    /** A threshold between two adjacent distinct values, rounded so that it prints and parses exactly. */
    private static double midpoint(double a, double b) {
        double m = a + (b - a) / 2;
        return m < b ? m : a;
    }

    private static double score(double g, double h, Params p) {
        return g * g / (h + p.lambda());
    }

    private static double leaf(double g, double h, Params p) {
        return -p.learningRate() * g / (h + p.lambda());
    }

    /** The ensemble as JSON: base score and flat node arrays per tree; doubles print exactly. */
    String toJson() {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"base\": ").append(base);
        if (clip != Double.POSITIVE_INFINITY) {
            b.append(",\n  \"clip\": ").append(clip);
        }
        b.append(",\n  \"trees\": [");
        for (int t = 0; t < trees.size(); t++) {
            Tree tr = trees.get(t);
            b.append(t == 0 ? "\n" : ",\n").append("    {\"feature\": ").append(Arrays.toString(tr.feature()))
                    .append(", \"threshold\": ").append(Arrays.toString(tr.threshold()))
                    .append(", \"left\": ").append(Arrays.toString(tr.left()))
                    .append(", \"right\": ").append(Arrays.toString(tr.right()))
                    .append(", \"value\": ").append(Arrays.toString(tr.value())).append('}');
        }
        return b.append("\n  ]\n}\n").toString();
    }

    static JoinTrees fromJson(JsonNode root) {
        List<Tree> trees = new ArrayList<>();
        for (JsonNode t : root.path("trees")) {
            trees.add(new Tree(ints(t.get("feature")), doubles(t.get("threshold")), ints(t.get("left")),
                    ints(t.get("right")), doubles(t.get("value"))));
        }
        return new JoinTrees(root.path("base").asDouble(), trees,
                root.has("clip") ? root.get("clip").asDouble() : Double.POSITIVE_INFINITY);
    }

    static JoinTrees fromJson(String json) {
        try {
            return fromJson(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readResource(String name) {
        try (InputStream in = JoinTrees.class.getResourceAsStream(name)) {
            return JSON.readTree(Objects.requireNonNull(in, "resource " + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JoinTrees t) || base != t.base || clip != t.clip || trees.size() != t.trees.size()) {
            return false;
        }
        for (int i = 0; i < trees.size(); i++) {
            Tree a = trees.get(i);
            Tree b = t.trees.get(i);
            if (!Arrays.equals(a.feature(), b.feature()) || !Arrays.equals(a.threshold(), b.threshold())
                    || !Arrays.equals(a.left(), b.left()) || !Arrays.equals(a.right(), b.right())
                    || !Arrays.equals(a.value(), b.value())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(base);
        for (Tree t : trees) {
            h = 31 * h + Arrays.hashCode(t.threshold()) + 7 * Arrays.hashCode(t.value());
        }
        return h;
    }

    @Override
    public String toString() {
        return "JoinTrees[" + trees.size() + " trees]";
    }
}
