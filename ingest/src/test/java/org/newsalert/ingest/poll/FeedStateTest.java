package org.newsalert.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedStateTest {

    @Test
    void shouldDoubleTheIntervalPerFailureUpToTheCap() {
        Duration i = Duration.ofMinutes(15);
        Duration max = Duration.ofHours(6);
        assertThat(FeedState.backoff(i, 0, max, null)).isEqualTo(Duration.ofMinutes(15));
        assertThat(FeedState.backoff(i, 1, max, null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(FeedState.backoff(i, 3, max, null)).isEqualTo(Duration.ofHours(2));
        assertThat(FeedState.backoff(i, 10, max, null)).isEqualTo(max);
        assertThat(FeedState.backoff(i, 60, max, null)).isEqualTo(max);
    }

    @Test
    void shouldHonourALongerRetryAfterButNotBeyondADay() {
        assertThat(FeedState.backoff(Duration.ofMinutes(5), 0, Duration.ofHours(6), Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        assertThat(FeedState.backoff(Duration.ofMinutes(5), 0, Duration.ofHours(6), Duration.ofDays(30))).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void shouldSpaceRequestsToOneHostButNotAcrossHosts() {
        HostGate gate = new HostGate(Duration.ofSeconds(1));
        assertThat(gate.reserve("a.example", 0)).isZero();
        assertThat(gate.reserve("a.example", 0)).isEqualTo(1_000_000_000L);
        assertThat(gate.reserve("a.example", 0)).isEqualTo(2_000_000_000L);
        assertThat(gate.reserve("b.example", 0)).isZero();
        assertThat(gate.reserve("a.example", 5_000_000_000L)).isZero();
    }

    @Test
    void shouldReadRetryAfterInSeconds() {
        assertThat(FeedPoller.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(FeedPoller.retryAfter("soon")).isNull();
        assertThat(FeedPoller.retryAfter(null)).isNull();
    }
}
