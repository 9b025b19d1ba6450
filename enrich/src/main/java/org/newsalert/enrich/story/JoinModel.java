package org.newsalert.enrich.story;

import java.util.Arrays;
import java.util.Objects;

/**
 * The join-or-new decision: a logistic regression over {@link SimilarityFeatures} giving the
 * probability that an article belongs to a candidate story; the article joins its most probable
 * candidate when that probability reaches {@code threshold}. {@code weights} has one entry per
 * feature followed by the bias.
 */
public record JoinModel(double[] weights, double threshold) {

    public JoinModel {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != SimilarityFeatures.NAMES.size() + 1) {
            throw new IllegalArgumentException("weights: expected " + (SimilarityFeatures.NAMES.size() + 1)
                    + " values (features then bias), got " + weights.length);
        }
        weights = weights.clone();
    }

    /**
     * Trained by {@link ClusteringTraining} on all of the shared dev set (US gun-violence news); the
     * cross-validated figures in the report come from models trained on one half of its stories.
     */
    public static JoinModel trained() {
        return new JoinModel(new double[] {
            8.2657, 1.6110, 3.2950, 2.5227, 0.2449, 2.0587, 1.6917, 10.0000, -4.0000, -3.7010, 3.3892, -7.1542,
            -0.7408, -3.7975, 1.5627, 0.7910, -4.7533
        }, 0.40);
    }

    public double probability(double[] features) {
        double z = weights[weights.length - 1];
        for (int i = 0; i < features.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public JoinModel withThreshold(double t) {
        return new JoinModel(weights, t);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinModel m && Arrays.equals(weights, m.weights) && threshold == m.threshold;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(threshold);
    }

    @Override
    public String toString() {
        return "JoinModel" + Arrays.toString(weights) + " threshold " + threshold;
    }
}
