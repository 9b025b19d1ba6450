package org.newsalert.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final String TEXT = "Rep. Thomas Massie, R-Ky., on Wednesday introduced a bill that would pull the United States "
            + "out of the NATO alliance. Massie's move lands at a moment when President Donald Trump has repeatedly warned NATO "
            + "members to meet higher defense-spending targets and has questioned why the United States continues carrying so "
            + "much of the burden.";

    @Test
    void shouldPlaceALightEditCloserThanADifferentText() {
        String edited = TEXT.replace("on Wednesday", "on Wednesday afternoon").replace("repeatedly", "often");
        String other = "The city council approved a new budget for road repairs on Tuesday evening after a long debate "
                + "about property taxes, school funding and the future of the downtown library branch.";
        int near = SimHash.distance(SimHash.hex(TEXT), SimHash.hex(edited));
        int far = SimHash.distance(SimHash.hex(TEXT), SimHash.hex(other));
        assertThat(near).isLessThan(12);
        assertThat(far).isGreaterThan(20);
    }

    @Test
    void shouldIgnoreCaseAndPunctuation() {
        assertThat(SimHash.hex(TEXT.toUpperCase())).isEqualTo(SimHash.hex(TEXT.replace(",", " ").replace(".", " ")));
    }

    @Test
    void shouldBeZeroForEmptyText() {
        assertThat(SimHash.hex("")).isEqualTo("0000000000000000");
    }
}
