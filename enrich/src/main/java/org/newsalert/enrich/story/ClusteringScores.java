package org.newsalert.enrich.story;

import java.util.HashMap;
import java.util.Map;

/**
 * BCubed (Bagga and Baldwin 1998; F1 from the averaged precision and recall) and pairwise
 * precision, recall and F1 of a predicted clustering against gold labels.
 */
public record ClusteringScores(
        int articles, int stories, double bcubedPrecision, double bcubedRecall, double bcubedF1,
        double pairwisePrecision, double pairwiseRecall, double pairwiseF1, int largestStory) {

    /** Both maps go from article id to label and must hold exactly the same articles. */
    public static ClusteringScores of(Map<String, String> gold, Map<String, String> predicted) {
        if (!gold.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("predicted labels must cover exactly the gold articles: "
                    + gold.size() + " gold, " + predicted.size() + " predicted");
        }
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            goldSize.merge(e.getValue(), 1, Integer::sum);
            predSize.merge(p, 1, Integer::sum);
            both.merge(e.getValue() + "\u0000" + p, 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            int common = both.get(e.getValue() + "\u0000" + p);
            precision += common / (double) predSize.get(p);
            recall += common / (double) goldSize.get(e.getValue());
        }
        int n = gold.size();
        precision = n == 0 ? 0 : precision / n;
        recall = n == 0 ? 0 : recall / n;
        long tp = pairs(both);
        long predicted2 = pairs(predSize);
        long gold2 = pairs(goldSize);
        double pp = predicted2 == 0 ? 0 : tp / (double) predicted2;
        double pr = gold2 == 0 ? 0 : tp / (double) gold2;
        int largest = predSize.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new ClusteringScores(n, predSize.size(), precision, recall, f1(precision, recall), pp, pr,
                f1(pp, pr), largest);
    }

    private static long pairs(Map<String, Integer> sizes) {
        long sum = 0;
        for (int s : sizes.values()) {
            sum += (long) s * (s - 1) / 2;
        }
        return sum;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
