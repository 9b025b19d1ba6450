package org.newsalert.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsalert.notify.digest.DigestItems.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.Digest;
import org.newsalert.events.DigestItemMatched;
import org.newsalert.events.Subscription.Mode;

class DigestBuilderTest {
    private static final DigestPeriod DEC9 = new DigestPeriod(Mode.DAILY, LocalDate.parse("2025-12-09"));
    private static final Instant NOW = Instant.parse("2025-12-10T00:00:01Z");

    @Test
    void shouldGroupDevelopmentsByStoryInTheOrderTheyMatched() {
        List<DigestItemMatched> items = List.of(
                daily("farm", "f2", "2025-12-09T11:00:00Z"),
                daily("nato", "n1", "2025-12-09T09:00:00Z"),
                daily("farm", "f1", "2025-12-09T10:00:00Z"),
                daily("nato", "n1", "2025-12-09T12:00:00Z")); // the same development again: once

        AlertMatched a = DigestBuilder.build(DEC9, items, DigestItems.EMAIL, NOW, DigestBuilder.MAX_DEVELOPMENTS);

        Digest d = a.digest();
        assertThat(d.mode()).isEqualTo(Mode.DAILY);
        assertThat(d.period()).isEqualTo("2025-12-09");
        assertThat(d.start()).isEqualTo(Instant.parse("2025-12-09T00:00:00Z"));
        assertThat(d.end()).isEqualTo(Instant.parse("2025-12-10T00:00:00Z"));
        assertThat(d.developmentCount()).isEqualTo(3);
        assertThat(d.storyCount()).isEqualTo(2);
        assertThat(d.stories()).extracting(Digest.Story::storyId).containsExactly("nato", "farm");
        assertThat(d.stories().get(1).developments()).extracting(i -> i.development().articleId()).containsExactly("f1", "f2");
        assertThat(d.stories().get(1).title()).isEqualTo("Story farm");
        assertThat(d.stories().get(1).sources()).containsExactly("Wire f1", "Wire f2");
        assertThat(d.stories().get(1).explanation()).isEqualTo("bill H.R. 6508 is tagged");
        assertThat(d.omitted()).isZero();

        assertThat(a.target()).isEqualTo(DigestItems.EMAIL);
        assertThat(a.matchedAt()).isEqualTo(NOW);
        assertThat(a.development().title()).isEqualTo("3 developments in 2 stories \u2014 daily digest for 9 Dec 2025");
        assertThat(a.development().sentences()).containsExactly("Story nato (1 development)", "Story farm (2 developments)");
        assertThat(DigestBuilder.headline(DigestBuilder.build(DEC9, items.subList(1, 2), DigestItems.EMAIL, NOW, 10).digest()))
                .isEqualTo("1 development in 1 story \u2014 daily digest for 9 Dec 2025");
    }

    @Test
    void shouldKeyADigestBySubscriptionPeriodAndChannelOnly() {
        List<DigestItemMatched> one = List.of(daily("nato", "n1", "2025-12-09T09:00:00Z"));
        List<DigestItemMatched> two = List.of(daily("nato", "n1", "2025-12-09T09:00:00Z"), daily("farm", "f1", "2025-12-09T10:00:00Z"));
        String key = DigestBuilder.build(DEC9, one, DigestItems.EMAIL, NOW, 10).key();

        assertThat(DigestBuilder.build(DEC9, two, DigestItems.EMAIL, NOW.plusSeconds(60), 10).key()).isEqualTo(key);
        assertThat(key).isEqualTo(AlertMatched.keyFor("digest:daily:2025-12-09", "sub-1", DeliveryTarget.Kind.EMAIL));
        assertThat(DigestBuilder.build(DEC9.next(), one, DigestItems.EMAIL, NOW, 10).key()).isNotEqualTo(key);
        assertThat(DigestBuilder.build(DEC9, one, DeliveryTarget.email("sub-2", "alice@example.org", "q"), NOW, 10).key()).isNotEqualTo(key);
        assertThat(DigestBuilder.build(DEC9, one, DeliveryTarget.webhook("sub-1", "https://h.example.org/", "whsec_x", "q"), NOW, 10).key())
                .isNotEqualTo(key);
    }

    @Test
    void shouldShowTheLatestDevelopmentsBeyondTheCapAndCountTheRest() {
        List<DigestItemMatched> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(daily("s" + i, "a" + i, "2025-12-09T0" + i + ":00:00Z"));
        }
        Digest d = DigestBuilder.build(DEC9, items, DigestItems.EMAIL, NOW, 2).digest();
        assertThat(d.developmentCount()).isEqualTo(5);
        assertThat(d.storyCount()).isEqualTo(5);
        assertThat(d.stories()).extracting(Digest.Story::storyId).containsExactly("s3", "s4");
        assertThat(d.omitted()).isEqualTo(3);
    }

    @Test
    void shouldRefuseAnEmptyDigest() {
        assertThatThrownBy(() -> DigestBuilder.build(DEC9, List.of(), DigestItems.EMAIL, NOW, 10)).hasMessageContaining("at least one");
    }
}
