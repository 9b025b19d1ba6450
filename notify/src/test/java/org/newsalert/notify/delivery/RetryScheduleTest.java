package org.newsalert.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    @Test
    void shouldFollowSvixScheduleWithinTheJitterAndThenStop() {
        RetrySchedule s = RetrySchedule.svix();
        Duration[] base = {Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)};
        assertThat(s.maxAttempts()).isEqualTo(8);
        for (int attempt = 1; attempt <= 7; attempt++) {
            Duration b = base[attempt - 1];
            for (int i = 0; i < 50; i++) {
                Duration d = s.delayAfter(attempt, null).orElseThrow();
                assertThat(d).isBetween(b.multipliedBy(8).dividedBy(10), b.multipliedBy(12).dividedBy(10));
            }
        }
        assertThat(s.delayAfter(8, null)).isEmpty();
    }

    @Test
    void shouldSpreadDelaysRatherThanRepeatOne() {
        RetrySchedule s = RetrySchedule.svix();
        long distinct = IntStream.range(0, 20).mapToObj(i -> s.delayAfter(2, null).orElseThrow()).distinct().count();
        assertThat(distinct).isGreaterThan(5);
    }

    @Test
    void shouldHonourRetryAfterAsALowerBoundCappedAtTheMaximum() {
        RetrySchedule s = RetrySchedule.of(Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(s.delayAfter(1, Duration.ofSeconds(60))).contains(Duration.ofSeconds(60));
        assertThat(s.delayAfter(1, Duration.ofSeconds(1))).contains(Duration.ofSeconds(5));
        assertThat(s.delayAfter(1, Duration.ofDays(3))).contains(Duration.ofHours(24));
        assertThat(s.delayAfter(3, Duration.ofSeconds(1))).isEqualTo(Optional.empty());
    }

    @Test
    void shouldCompressAndParseSchedules() {
        assertThat(RetrySchedule.svix().compressed(1000).delays().get(0)).isEqualTo(Duration.ofMillis(5));
        assertThat(RetrySchedule.parse("100ms, 5s,2m,1h", 0).delays())
                .containsExactly(Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofHours(1));
        assertThatThrownBy(() -> RetrySchedule.parse("5x", 0)).hasMessageContaining("5x");
    }

    @Test
    void shouldReadRetryAfterAsSecondsOrHttpDate() {
        Instant now = Instant.parse("2025-11-20T14:00:00Z");
        assertThat(RetrySchedule.parseRetryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetrySchedule.parseRetryAfter("Thu, 20 Nov 2025 14:05:00 GMT", now)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetrySchedule.parseRetryAfter("Thu, 20 Nov 2025 13:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetrySchedule.parseRetryAfter("soon", now)).isNull();
        assertThat(RetrySchedule.parseRetryAfter(null, now)).isNull();
    }
}
