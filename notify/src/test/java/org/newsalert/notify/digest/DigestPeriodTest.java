package org.newsalert.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.newsalert.events.Subscription.Mode;

class DigestPeriodTest {

    @Test
    void shouldPutAnInstantInItsUtcDay() {
        DigestPeriod p = DigestPeriod.containing(Mode.DAILY, Instant.parse("2025-12-09T23:59:59.999Z"));
        assertThat(p).isEqualTo(new DigestPeriod(Mode.DAILY, LocalDate.parse("2025-12-09")));
        assertThat(p.startInstant()).isEqualTo(Instant.parse("2025-12-09T00:00:00Z"));
        assertThat(p.end()).isEqualTo(Instant.parse("2025-12-10T00:00:00Z"));
        assertThat(p.label()).isEqualTo("2025-12-09");
        assertThat(DigestPeriod.containing(Mode.DAILY, p.end())).isEqualTo(p.next());
    }

    @Test
    void shouldPutAnInstantInItsIsoWeekFromMonday() {
        // Sunday 14 Dec 2025, last second: still the week of Monday 8 Dec
        DigestPeriod p = DigestPeriod.containing(Mode.WEEKLY, Instant.parse("2025-12-14T23:59:59Z"));
        assertThat(p.start()).isEqualTo(LocalDate.parse("2025-12-08"));
        assertThat(p.end()).isEqualTo(Instant.parse("2025-12-15T00:00:00Z"));
        assertThat(p.label()).isEqualTo("2025-W50");
        assertThat(DigestPeriod.containing(Mode.WEEKLY, Instant.parse("2025-12-15T00:00:00Z"))).isEqualTo(p.next());
    }

    @Test
    void shouldLabelWeeksByTheirIsoWeekBasedYearAcrossNewYear() {
        // Wednesday 1 Jan 2025 is in the week of Monday 30 Dec 2024, ISO week 1 of 2025
        DigestPeriod p = DigestPeriod.containing(Mode.WEEKLY, Instant.parse("2025-01-01T12:00:00Z"));
        assertThat(p.start()).isEqualTo(LocalDate.parse("2024-12-30"));
        assertThat(p.label()).isEqualTo("2025-W01");
        // Friday 1 Jan 2021 belongs to week 53 of 2020
        assertThat(DigestPeriod.containing(Mode.WEEKLY, Instant.parse("2021-01-01T00:00:00Z")).label()).isEqualTo("2020-W53");
    }

    @Test
    void shouldMoveAPeriodToTheFirstOneNotBeforeAFloor() {
        DigestPeriod dec9 = new DigestPeriod(Mode.DAILY, LocalDate.parse("2025-12-09"));
        assertThat(dec9.atLeast(Instant.parse("2025-12-09T00:00:00Z"))).isEqualTo(dec9);
        assertThat(dec9.atLeast(Instant.parse("2025-12-11T00:00:00Z"))).isEqualTo(new DigestPeriod(Mode.DAILY, LocalDate.parse("2025-12-11")));
        assertThat(dec9.atLeast(null)).isEqualTo(dec9);
        DigestPeriod week = new DigestPeriod(Mode.WEEKLY, LocalDate.parse("2025-12-08"));
        assertThat(week.atLeast(Instant.parse("2025-12-15T00:00:00Z"))).isEqualTo(week.next());
        assertThat(new DigestPeriod(Mode.DAILY, LocalDate.parse("2025-12-08")).compareTo(dec9)).isNegative();
        // a day and a week starting the same Monday are different periods (consistent with equals, for sorted maps)
        assertThat(new DigestPeriod(Mode.DAILY, LocalDate.parse("2025-12-08")).compareTo(week)).isNotZero();
    }

    @Test
    void shouldPutAnInstantInTheLocalDayAndWeekOfTheSubscriptionsTimeZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // 03:00 UTC on 9 Dec is 22:00 on 8 Dec in New York (UTC-5)
        DigestPeriod day = DigestPeriod.containing(Mode.DAILY, newYork, Instant.parse("2025-12-09T03:00:00Z"));
        assertThat(day.start()).isEqualTo(LocalDate.parse("2025-12-08"));
        assertThat(day.startInstant()).isEqualTo(Instant.parse("2025-12-08T05:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2025-12-09T05:00:00Z"));
        assertThat(day.label()).isEqualTo("2025-12-08");
        assertThat(DigestPeriod.containing(Mode.DAILY, newYork, day.end())).isEqualTo(day.next());
        // Sunday 14 Dec 23:30 in New York is Monday 04:30 UTC: still the local week of Monday 8 Dec
        DigestPeriod week = DigestPeriod.containing(Mode.WEEKLY, newYork, Instant.parse("2025-12-15T04:30:00Z"));
        assertThat(week.start()).isEqualTo(LocalDate.parse("2025-12-08"));
        assertThat(week.end()).isEqualTo(Instant.parse("2025-12-15T05:00:00Z"));
        // the same instant in UTC is in the next week
        assertThat(DigestPeriod.containing(Mode.WEEKLY, Instant.parse("2025-12-15T04:30:00Z")).start()).isEqualTo(LocalDate.parse("2025-12-15"));
    }

    @Test
    void shouldGiveADaylightSavingChangeDayItsLocalLength() {
        ZoneId newYork = ZoneId.of("America/New_York");
        DigestPeriod springForward = new DigestPeriod(Mode.DAILY, LocalDate.parse("2026-03-08"), newYork);
        assertThat(Duration.between(springForward.startInstant(), springForward.end())).isEqualTo(Duration.ofHours(23));
        DigestPeriod fallBack = new DigestPeriod(Mode.DAILY, LocalDate.parse("2026-11-01"), newYork);
        assertThat(Duration.between(fallBack.startInstant(), fallBack.end())).isEqualTo(Duration.ofHours(25));
        assertThat(springForward.next().startInstant()).isEqualTo(springForward.end());
    }

    @Test
    void shouldRefuseNonDigestModesAndWeeksNotStartingOnMonday() {
        assertThatThrownBy(() -> DigestPeriod.containing(Mode.DEVELOPMENTS, Instant.EPOCH)).hasMessageContaining("developments");
        assertThatThrownBy(() -> new DigestPeriod(Mode.WEEKLY, LocalDate.parse("2025-12-09"))).hasMessageContaining("Monday");
    }
}
