package org.newsalert.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SimilarityFeaturesTest {
    @Test
    void dotProductIsTheSameToTheLastBitWhicheverVectorIsWalked() throws Exception {
        Random r = new Random(7);
        ObjectMapper json = new ObjectMapper();
        for (int trial = 0; trial < 200; trial++) {
            Map<String, Double> small = vector(r, 5 + r.nextInt(20));
            Map<String, Double> large = vector(r, 100 + r.nextInt(200));
            small.keySet().stream().limit(3).forEach(k -> large.put(k, r.nextDouble()));
            Map<String, Double> sortedLarge = new LinkedHashMap<>(new TreeMap<>(large));
            // A story's vector comes back from its store as JSON, in the order it was written.
            Map<String, Double> fromStore = json.readValue(json.writeValueAsString(sortedLarge), new TypeReference<>() {});

            double expected = 0;
            for (Map.Entry<String, Double> e : new TreeMap<>(small).entrySet()) {
                Double w = sortedLarge.get(e.getKey());
                if (w != null) {
                    expected += e.getValue() * w;
                }
            }
            assertThat(SimilarityFeatures.dot(small, fromStore)).isEqualTo(expected);
            assertThat(SimilarityFeatures.dot(fromStore, small)).isEqualTo(expected);
        }
    }

    private static Map<String, Double> vector(Random r, int n) {
        Map<String, Double> v = new TreeMap<>();
        while (v.size() < n) {
            v.put("t" + r.nextInt(400), r.nextDouble());
        }
        return new LinkedHashMap<>(v);
    }

    @Test
    void shouldSeeAConflictOnlyWhenBothGiveAgesAndShareNone() {
        Map<String, Double> story = Map.of("n:age24", 1.0, "n:13500", 1.0, "n:djan1", 1.0);
        assertThat(SimilarityFeatures.conflict(Map.of("n:age31", 1.0), story, "n:age")).isEqualTo(1);
        assertThat(SimilarityFeatures.conflict(Map.of("n:age31", 1.0, "n:age24", 1.0), story, "n:age")).isZero();
        // A follow-up that gives no age, or a story that never gave one, says nothing.
        assertThat(SimilarityFeatures.conflict(Map.of("n:13500", 1.0), story, "n:age")).isZero();
        assertThat(SimilarityFeatures.conflict(Map.of("n:age31", 1.0), Map.of("n:13500", 1.0), "n:age")).isZero();
    }

    @Test
    void shouldSeeADateConflictBetweenDifferentMonthDays() {
        Map<String, Double> story = Map.of("n:age24", 1.0, "n:djan1", 1.0);
        assertThat(SimilarityFeatures.conflict(Map.of("n:dfeb3", 1.0), story, "n:d")).isEqualTo(1);
        assertThat(SimilarityFeatures.conflict(Map.of("n:djan1", 1.0), story, "n:d")).isZero();
    }
}
