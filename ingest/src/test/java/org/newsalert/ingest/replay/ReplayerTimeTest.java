package org.newsalert.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayerTimeTest {

    @Test
    void shouldAcceptTimestampsLocalTimesAndBareDates() {
        assertThat(Replayer.parseTime("2016-07-02T00:00:00Z")).isEqualTo(Instant.parse("2016-07-02T00:00:00Z"));
        assertThat(Replayer.parseTime("2025-12-10T18:30:00-05:00")).isEqualTo(Instant.parse("2025-12-10T23:30:00Z"));
        assertThat(Replayer.parseTime("2025-12-10T18:30:00")).isEqualTo(Instant.parse("2025-12-10T18:30:00Z"));
        assertThat(Replayer.parseTime("2025-12-10")).isEqualTo(Instant.parse("2025-12-10T00:00:00Z"));
    }

    @Test
    void shouldNameTheFieldOfAnUnreadableDate() {
        assertThatThrownBy(() -> Replayer.parseTime("last Tuesday")).hasMessageContaining("'published'").hasMessageContaining("last Tuesday");
    }
}
