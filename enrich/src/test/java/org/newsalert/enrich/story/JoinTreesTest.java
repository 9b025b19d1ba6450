package org.newsalert.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinTreesTest {
    private static final JoinTrees.Params PARAMS = new JoinTrees.Params(60, 2, 0.3, 5, 1.0);

    @Test
    void shouldEvaluateAFlatTreeByWalkingItsSplits() {
        // x0 <= 0.5 ? (x1 <= 2 ? -1 : 1) : 3
        JoinTrees.Tree t = new JoinTrees.Tree(new int[] {0, 1, -1, -1, -1}, new double[] {0.5, 2, 0, 0, 0},
                new int[] {1, 3, -1, -1, -1}, new int[] {2, 4, -1, -1, -1}, new double[] {0, 0, 3, -1, 1});
        JoinTrees trees = new JoinTrees(0.25, List.of(t, t));

        assertThat(trees.logit(new double[] {0.5, 2})).isEqualTo(0.25 - 2);
        assertThat(trees.logit(new double[] {0.2, 2.5})).isEqualTo(0.25 + 2);
        assertThat(trees.logit(new double[] {0.7, 0})).isEqualTo(0.25 + 6);
        assertThat(trees.truncated(1).logit(new double[] {0.7, 0})).isEqualTo(0.25 + 3);
        assertThat(JoinTrees.NONE.logit(new double[] {1, 2})).isZero();
    }

    @Test
    void shouldRejectATreeWhoseChildrenDoNotFollowTheirParent() {
        assertThatThrownBy(() -> new JoinTrees.Tree(new int[] {0, -1}, new double[] {0, 0}, new int[] {0, -1},
                new int[] {1, -1}, new double[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLearnAThresholdOnOneFeature() {
        Data d = data(400, (a, b) -> a > 0.6);

        JoinTrees trees = JoinTrees.fit(d.x, d.y, new int[] {0, 1}, PARAMS);

        assertThat(trees.size()).isEqualTo(60);
        assertThat(trees.logit(new double[] {0.9, 0.5})).isGreaterThan(2);
        assertThat(trees.logit(new double[] {0.3, 0.5})).isLessThan(-2);
    }

    @Test
    void shouldLearnAnInteractionThatNoLinearModelCan() {
        Data d = data(800, (a, b) -> a > 0.5 != b > 0.5);

        JoinTrees trees = JoinTrees.fit(d.x, d.y, new int[] {0, 1}, PARAMS);

        assertThat(trees.logit(new double[] {0.8, 0.2})).isGreaterThan(1);
        assertThat(trees.logit(new double[] {0.2, 0.8})).isGreaterThan(1);
        assertThat(trees.logit(new double[] {0.8, 0.8})).isLessThan(-1);
        assertThat(trees.logit(new double[] {0.2, 0.2})).isLessThan(-1);
    }

    @Test
    void shouldNeverSplitOnAFeatureItMayNotUse() {
        Data d = data(400, (a, b) -> b > 0.5);

        JoinTrees trees = JoinTrees.fit(d.x, d.y, new int[] {0}, PARAMS);

        assertThat(trees.logit(new double[] {0.5, 0.9})).isEqualTo(trees.logit(new double[] {0.5, 0.1}));
    }

    @Test
    void shouldKeepEveryLeafAtLeastMinLeafRows() {
        Data d = data(100, (a, b) -> a > 0.98); // two positives: a leaf of its own would hold too few rows
        JoinTrees.Params p = new JoinTrees.Params(1, 1, 1.0, 10, 0.0);

        JoinTrees one = JoinTrees.fit(d.x, d.y, new int[] {0}, p);

        int leftRows = 0;
        for (double[] x : d.x) {
            leftRows += one.logit(x) == one.logit(new double[] {0, 0}) ? 1 : 0;
        }
        assertThat(leftRows).isBetween(10, 90);
    }

    @Test
    void shouldFitTheSameTreesEveryTimeAndSurviveJson() {
        Data d = data(500, (a, b) -> a + b > 1.1);

        JoinTrees first = JoinTrees.fit(d.x, d.y, new int[] {0, 1}, PARAMS);
        JoinTrees second = JoinTrees.fit(d.x, d.y, new int[] {0, 1}, PARAMS);
        JoinTrees parsed = JoinTrees.fromJson(first.toJson());

        assertThat(second).isEqualTo(first);
        assertThat(parsed).isEqualTo(first);
        for (double[] x : d.x) {
            assertThat(parsed.logit(x)).isEqualTo(first.logit(x));
        }
    }

    @Test
    void shouldDrawAboutTheShareOfRowsEachRoundTheSameWayEveryTime() {
        int drawn = 0;
        int inBoth = 0;
        for (int i = 0; i < 10_000; i++) {
            boolean first = JoinTrees.drawn(i, 7, 0.5, 0);
            assertThat(JoinTrees.drawn(i, 7, 0.5, 0)).isEqualTo(first);
            drawn += first ? 1 : 0;
            inBoth += first && JoinTrees.drawn(i, 8, 0.5, 0) ? 1 : 0;
        }
        assertThat(drawn).isBetween(4_800, 5_200);
        assertThat(inBoth).isBetween(2_300, 2_700); // another round draws other rows
        assertThatThrownBy(() -> new JoinTrees.Params(10, 2, 0.1, 5, 1.0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JoinTrees.Params(10, 2, 0.1, 5, 1.0, 1.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFitEachRoundToItsSampleDeterministically() {
        Data d = data(500, (a, b) -> a + b > 1.1);
        JoinTrees.Params half = new JoinTrees.Params(60, 2, 0.3, 5, 1.0, 0.5, 0);

        JoinTrees sampled = JoinTrees.fit(d.x, d.y, new int[] {0, 1}, half);

        assertThat(JoinTrees.fit(d.x, d.y, new int[] {0, 1}, half)).isEqualTo(sampled);
        assertThat(sampled).isNotEqualTo(JoinTrees.fit(d.x, d.y, new int[] {0, 1}, PARAMS));
        assertThat(sampled).isNotEqualTo(JoinTrees.fit(d.x, d.y, new int[] {0, 1}, half.withSampling(0.5, 1)));
        assertThat(sampled.logit(new double[] {0.9, 0.9})).isGreaterThan(2);
        assertThat(sampled.logit(new double[] {0.1, 0.1})).isLessThan(-2);
    }

    @Test
    void shouldShipATreeModelWithHandSetBillEvidence() {
        JoinModel m = JoinModel.trained();
        double[] weak = new double[SimilarityFeatures.NAMES.size()];
        weak[SimilarityFeatures.ALL_COS] = 0.1;
        double[] withBill = weak.clone();
        withBill[SimilarityFeatures.SHARED_BILL] = 1;
        double[] otherBills = weak.clone();
        otherBills[SimilarityFeatures.OTHER_BILLS] = 1;

        assertThat(m.trees().size()).isPositive();
        assertThat(m.probability(weak, false)).isLessThan(m.threshold());
        assertThat(m.probability(withBill, false)).isGreaterThanOrEqualTo(m.threshold());
        assertThat(m.probability(otherBills, false)).isLessThan(m.probability(weak, false));
        assertThat(JoinModel.fromJson(JoinTrees.readResource(JoinModel.RESOURCE))).isEqualTo(m);
    }

    private record Data(List<double[]> x, List<Integer> y) {}

    private interface Rule {
        boolean positive(double a, double b);
    }

    /** A fixed grid-like sample of the unit square, labelled by the rule. */
    private static Data data(int n, Rule rule) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = (i * 0.618034) % 1;
            double b = (i * 0.754878) % 1;
            x.add(new double[] {a, b});
            y.add(rule.positive(a, b) ? 1 : 0);
        }
        return new Data(x, y);
    }
}
