package org.newsalert.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsalert.notify.digest.DigestItems.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsalert.events.DigestEmitted;
import org.newsalert.events.DigestItemMatched;
import org.newsalert.events.Subscription.Mode;
import org.newsalert.notify.digest.DigestBook.Added;

class DigestBookTest {
    private static final DigestPeriod DEC9 = new DigestPeriod(Mode.DAILY, LocalDate.parse("2025-12-09"));
    private static final DigestPeriod DEC10 = DEC9.next();

    private static Added add(DigestBook book, int partition, long offset, DigestItemMatched item) {
        return book.add(partition, offset, item, item.alert().matchedAt());
    }

    private static DigestEmitted sent(DigestBook.Open o, long coveredBefore) {
        return new DigestEmitted(o.subscriptionId(), o.period().mode(), o.period().label(), o.period().startInstant(), o.period().end(),
                o.partition(), coveredBefore, "key", o.items().size(), false, o.period().end());
    }

    @Test
    void shouldGatherOnePeriodsItemsAndHoldTheirOffsetsUntilItIsSettled() {
        DigestBook book = new DigestBook();
        DigestItemMatched a = daily("s1", "a", "2025-12-09T08:00:00Z");
        DigestItemMatched b = daily("s2", "b", "2025-12-09T09:00:00Z");
        DigestItemMatched c = daily("s1", "c", "2025-12-10T01:00:00Z");
        assertThat(List.of(add(book, 0, 5, a), add(book, 0, 6, b), add(book, 0, 7, c))).containsOnly(Added.OPEN);

        assertThat(book.due(Instant.parse("2025-12-09T23:59:59Z"))).isEmpty();
        List<DigestBook.Open> due = book.due(Instant.parse("2025-12-10T00:00:00Z"));
        assertThat(due).hasSize(1);
        DigestBook.Open dec9 = due.get(0);
        assertThat(dec9.period()).isEqualTo(DEC9);
        assertThat(dec9.items()).containsExactly(a, b);
        assertThat(book.committable(0, 8, Set.of())).isEqualTo(5);
        assertThat(book.committable(0, 8, Set.of(dec9))).isEqualTo(7); // the Dec 10 item still holds its offset
        assertThat(book.committable(1, 3, Set.of())).isEqualTo(3); // nothing open on partition 1

        book.settled(dec9, sent(dec9, 8));
        assertThat(book.due(Instant.parse("2025-12-10T00:00:00Z"))).isEmpty();
        assertThat(book.open()).extracting(DigestBook.Open::period).containsExactly(DEC10);
        assertThat(book.committable(0, 8, Set.of())).isEqualTo(7);
    }

    @Test
    void shouldGatherASubscriptionsItemsByItsLocalDay() {
        DigestBook book = new DigestBook();
        DigestItemMatched utc = daily("s1", "a", "2025-12-09T03:00:00Z");
        DigestItemMatched d = daily("s1", "b", "2025-12-09T03:00:00Z");
        DigestItemMatched newYork = new DigestItemMatched(d.mode(), d.alert(), "America/New_York");
        add(book, 0, 1, utc);
        add(book, 0, 2, newYork);

        // New York's 8 Dec ends at 05:00 UTC on 9 Dec; UTC's 9 Dec is still open then
        List<DigestBook.Open> due = book.due(Instant.parse("2025-12-09T05:00:00Z"));
        assertThat(due).singleElement().satisfies(o -> {
            assertThat(o.period()).isEqualTo(new DigestPeriod(Mode.DAILY, LocalDate.parse("2025-12-08"), ZoneId.of("America/New_York")));
            assertThat(o.items()).containsExactly(newYork);
        });
        assertThat(book.open()).extracting(DigestBook.Open::period).contains(DEC9);
    }

    @Test
    void shouldRefuseToReadAnItemWhoseZoneThisJvmDoesNotKnowSoTheAssemblerParksIt() {
        var serde = org.newsalert.events.Topics.DIGEST_ITEMS.valueSerde();
        DigestItemMatched d = daily("s1", "a", "2025-12-09T03:00:00Z");
        DigestItemMatched inZone = new DigestItemMatched(d.mode(), d.alert(), "Asia/Tokyo");
        byte[] good = serde.serializer().serialize("t", inZone);
        assertThat(serde.deserializer().deserialize("t", good)).isEqualTo(inZone);
        byte[] unknown = new String(good, java.nio.charset.StandardCharsets.UTF_8).replace("Asia/Tokyo", "Mars/Olympus_Mons")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> serde.deserializer().deserialize("t", unknown))
                .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
                .hasStackTraceContaining("unknown time zone 'Mars/Olympus_Mons'");
    }

    @Test
    void shouldKeepARepeatedDevelopmentOnce() {
        DigestBook book = new DigestBook();
        assertThat(add(book, 0, 1, daily("s1", "a", "2025-12-09T08:00:00Z"))).isEqualTo(Added.OPEN);
        assertThat(add(book, 0, 2, daily("s1", "a", "2025-12-09T08:00:05Z"))).isEqualTo(Added.DUPLICATE);
        assertThat(book.open()).singleElement().satisfies(o -> assertThat(o.items()).hasSize(1));
    }

    @Test
    void shouldPutAnItemArrivingAfterItsPeriodWasSentIntoTheNextPeriod() {
        DigestBook book = new DigestBook();
        add(book, 0, 1, daily("s1", "a", "2025-12-09T08:00:00Z"));
        DigestBook.Open dec9 = book.due(Instant.parse("2025-12-10T00:00:01Z")).get(0);
        book.settled(dec9, sent(dec9, 2));

        DigestItemMatched late = daily("s1", "b", "2025-12-09T23:59:59Z"); // matched before midnight, read after the digest went out
        assertThat(add(book, 0, 2, late)).isEqualTo(Added.OPEN);
        assertThat(book.open()).singleElement().satisfies(o -> {
            assertThat(o.period()).isEqualTo(DEC10);
            assertThat(o.items()).containsExactly(late);
        });
    }

    @Test
    void shouldSkipItemsReadAgainAfterARestartWhoseDigestWasSent() {
        DigestBook before = new DigestBook();
        DigestItemMatched a = daily("s1", "a", "2025-12-09T08:00:00Z");
        DigestItemMatched other = daily("s1", "c", "2025-12-10T08:00:00Z");
        add(before, 0, 5, a);
        add(before, 0, 6, other);
        DigestBook.Open dec9 = before.due(Instant.parse("2025-12-10T09:00:00Z")).get(0);
        DigestEmitted state = sent(dec9, 7);

        // A new assembler restores the state and re-reads from the committed offset 5 (held by the Dec 10 item... and before it).
        DigestBook after = new DigestBook();
        after.restore(List.of(state));
        assertThat(add(after, 0, 5, a)).isEqualTo(Added.ALREADY_SENT);
        assertThat(add(after, 0, 6, other)).isEqualTo(Added.OPEN);
        DigestItemMatched late = daily("s1", "d", "2025-12-09T23:00:00Z");
        assertThat(add(after, 0, 7, late)).isEqualTo(Added.OPEN); // read after the digest: not in it, so it goes to Dec 10
        assertThat(after.open()).singleElement().satisfies(o -> {
            assertThat(o.period()).isEqualTo(DEC10);
            assertThat(o.items()).containsExactly(other, late);
        });
    }

    @Test
    void shouldForgetOpenPeriodsOfRevokedPartitions() {
        DigestBook book = new DigestBook();
        add(book, 0, 1, daily("s1", "a", "2025-12-09T08:00:00Z"));
        DigestItemMatched b = DigestItems.item(Mode.WEEKLY, org.newsalert.events.DeliveryTarget.email("sub-2", "bob@example.org", "nato"), "s2", "b", Instant.parse("2025-12-09T08:00:00Z"));
        add(book, 1, 1, b);
        book.forget(Set.of(0));
        assertThat(book.open()).singleElement().satisfies(o -> {
            assertThat(o.subscriptionId()).isEqualTo("sub-2");
            assertThat(o.period().label()).isEqualTo("2025-W50");
        });
    }
}
