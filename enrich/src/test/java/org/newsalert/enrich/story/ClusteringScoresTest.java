package org.newsalert.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

    @Test
    void shouldScoreTheReadmeSanityExample() {
        ClusteringScores s = ClusteringScores.of(Map.of("a", "1", "b", "1", "c", "2"), Map.of("a", "x", "b", "y", "c", "y"));

        assertThat(s).usingRecursiveComparison().withComparatorForType((x, y) -> Math.abs(x - y) < 1e-4 ? 0 : 1, Double.class)
                .isEqualTo(new ClusteringScores(3, 2, 2 / 3.0, 2 / 3.0, 2 / 3.0, 0, 0, 0, 2));
    }

    @Test
    void shouldGiveAllSingletonsFullPrecisionAndNoPairs() {
        ClusteringScores s = ClusteringScores.of(Map.of("a", "1", "b", "1", "c", "2", "d", "2"),
                Map.of("a", "a", "b", "b", "c", "c", "d", "d"));

        assertThat(s.bcubedPrecision()).isEqualTo(1.0);
        assertThat(s.bcubedRecall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.pairwiseF1()).isEqualTo(0.0);
    }

    @Test
    void shouldRefuseAPredictionThatMissesAnArticle() {
        assertThatThrownBy(() -> ClusteringScores.of(Map.of("a", "1", "b", "1"), Map.of("a", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
