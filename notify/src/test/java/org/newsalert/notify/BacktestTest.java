package org.newsalert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Channel;
import org.newsalert.events.Subscription;
import org.newsalert.notify.Backtest.Alert;

class BacktestTest {
    private static final Clock DEC_2025 = Clock.fixed(Instant.parse("2025-12-01T12:00:00Z"), ZoneOffset.UTC);

    private static Subscription sub(String id, String query, Subscription.Mode mode, int createdMinute) {
        return new Subscription(id, "alice", query, Channel.email("alice@example.org"), mode,
                Instant.parse("2025-12-01T00:00:00Z").plusSeconds(60L * createdMinute), true, null);
    }

    @Test
    void shouldAlertEachModeAsTheMatcherWouldForTheSeedStory() {
        List<Subscription> subs = List.of(
                sub("bill", "bill:hr6508-119", Subscription.Mode.DEVELOPMENTS, 1),
                sub("lee", "member:\"Mike Lee\"", Subscription.Mode.DEVELOPMENTS, 2),
                sub("ohio", "place:ohio", Subscription.Mode.DEVELOPMENTS, 3),
                sub("daily", "bill:hr6508-119", Subscription.Mode.DAILY, 4),
                sub("every", "member:\"Mike Lee\"", Subscription.Mode.ALL, 5),
                new Subscription("off", "alice", "bill:hr6508-119", Channel.email("a@example.org"), Subscription.Mode.DEVELOPMENTS,
                        Instant.parse("2025-12-01T00:06:00Z"), false, "webhook answered 410 Gone"));
        List<ArticleEnriched> articles = List.of(
                SeedStory.article("seed1", ArticleKind.NEW_STORY, "introduced", SeedStory.TAGS, Instant.parse("2025-12-09T15:00:00Z")),
                // Coverage that names no one still belongs to a story that matched: mode all alerts it.
                SeedStory.article("seed2", ArticleKind.COVERAGE, null, List.of(), Instant.parse("2025-12-09T16:00:00Z")),
                SeedStory.article("seed3", ArticleKind.COVERAGE, null, List.of(), Instant.parse("2025-12-09T17:00:00Z")),
                SeedStory.article("seed4", ArticleKind.DEVELOPMENT, "committee_action", SeedStory.TAGS, Instant.parse("2025-12-16T15:00:00Z")));

        List<Alert> alerts = Backtest.alerts(List.of(SeedStory.introduced(), SeedStory.committeeAction()), articles, subs);

        assertThat(alerts).containsExactly(
                new Alert("bill", "story-seed1", "seed1", ArticleKind.NEW_STORY, "introduced"),
                new Alert("lee", "story-seed1", "seed1", ArticleKind.NEW_STORY, "introduced"),
                new Alert("bill", "story-seed1", "seed4", ArticleKind.DEVELOPMENT, "committee_action"),
                new Alert("lee", "story-seed1", "seed4", ArticleKind.DEVELOPMENT, "committee_action"),
                new Alert("every", "story-seed1", "seed1", ArticleKind.NEW_STORY, "introduced"),
                new Alert("every", "story-seed1", "seed2", ArticleKind.COVERAGE, null),
                new Alert("every", "story-seed1", "seed3", ArticleKind.COVERAGE, null),
                new Alert("every", "story-seed1", "seed4", ArticleKind.DEVELOPMENT, "committee_action"));
    }

    @Test
    void shouldReportOneDigestPerSubscriptionAndPeriodGroupedByStory() {
        List<Subscription> subs = List.of(
                sub("bill", "bill:hr6508-119", Subscription.Mode.DEVELOPMENTS, 1),
                sub("daily", "bill:hr6508-119", Subscription.Mode.DAILY, 2),
                sub("weekly", "member:\"Mike Lee\"", Subscription.Mode.WEEKLY, 3),
                sub("ohio", "place:ohio", Subscription.Mode.DAILY, 4));
        DevelopmentDetected sameDay = SeedStory.development("seed5", ArticleKind.DEVELOPMENT, "passed-house",
                "The House passed H.R. 6508.", Instant.parse("2025-12-09T22:00:00Z"));

        List<Backtest.DigestEntry> digests = Backtest.digests(List.of(SeedStory.introduced(), sameDay, SeedStory.committeeAction()), subs);

        assertThat(digests).containsExactly(
                new Backtest.DigestEntry("weekly", Subscription.Mode.WEEKLY, "2025-W50", 2, List.of("story-seed1")),
                new Backtest.DigestEntry("daily", Subscription.Mode.DAILY, "2025-12-09", 2, List.of("story-seed1")),
                new Backtest.DigestEntry("weekly", Subscription.Mode.WEEKLY, "2025-W51", 1, List.of("story-seed1")),
                new Backtest.DigestEntry("daily", Subscription.Mode.DAILY, "2025-12-16", 1, List.of("story-seed1")));
        // digest subscriptions get no per-development alerts
        assertThat(Backtest.alerts(List.of(SeedStory.introduced()), List.of(), subs)).extracting(Alert::subscription).containsExactly("bill");
    }

    @Test
    void shouldPutADigestSubscriptionsDevelopmentsInItsLocalDays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("subs.yaml");
        Files.writeString(file, """
                - id: la
                  query: bill:hr6508-119
                  channel: {address: alice@example.org}
                  mode: daily
                  timeZone: America/Los_Angeles
                """);
        List<Subscription> subs = Backtest.loadSubscriptions(file, DEC_2025);
        assertThat(subs).singleElement().extracting(Subscription::timeZone).isEqualTo("America/Los_Angeles");
        // 22:00 UTC on 9 Dec is 14:00 in Los Angeles, the same day; 05:00 UTC on 10 Dec is 21:00 on 9 Dec there.
        DevelopmentDetected evening = SeedStory.development("seed5", ArticleKind.DEVELOPMENT, "passed-house",
                "The House passed H.R. 6508.", Instant.parse("2025-12-10T05:00:00Z"));

        assertThat(Backtest.digests(List.of(SeedStory.introduced(), evening), subs)).containsExactly(
                new Backtest.DigestEntry("la", Subscription.Mode.DAILY, "2025-12-09", 2, List.of("story-seed1")));
    }

    @Test
    void shouldNotAlertModeAllForCoverageOfAStoryBeforeItMatched() {
        List<Subscription> subs = List.of(sub("every", "member:\"Mike Lee\"", Subscription.Mode.ALL, 1));
        // The untagged article comes before any development of its story: nothing ties it to Mike Lee yet.
        List<ArticleEnriched> articles = List.of(
                SeedStory.article("seed0", ArticleKind.COVERAGE, null, List.of(), Instant.parse("2025-12-08T15:00:00Z")));

        assertThat(Backtest.alerts(List.of(SeedStory.introduced()), articles, subs)).isEmpty();
    }

    @Test
    void shouldLoadYamlSubscriptionsCanonicalWithDeterministicIds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("subs.yaml");
        Files.writeString(file, """
                - query: 'bill:"H.R. 6508"'
                  channel: {address: alice@example.org}
                - id: lee
                  owner: bob
                  query: member:"Mike Lee" nato
                  channel: {url: https://hooks.example.org/in, secret: whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=}
                  mode: all
                """);

        List<Subscription> first = Backtest.loadSubscriptions(file, DEC_2025);
        List<Subscription> again = Backtest.loadSubscriptions(file, DEC_2025);

        assertThat(first).hasSize(2);
        assertThat(first.get(0).id()).matches("sub-[0-9a-f]{12}");
        assertThat(first.get(0).query()).isEqualTo("bill:hr6508-119");
        assertThat(first.get(0).owner()).isEqualTo("backtest");
        assertThat(first.get(0).mode()).isEqualTo(Subscription.Mode.DEVELOPMENTS);
        assertThat(first.get(0).channel()).isEqualTo(Channel.email("alice@example.org"));
        assertThat(first.get(1)).isEqualTo(new Subscription("lee", "bob", "member:\"Mike Lee\" AND nato",
                Channel.webhook("https://hooks.example.org/in", "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="),
                Subscription.Mode.ALL, DEC_2025.instant(), true, null));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void shouldRejectAnInvalidEntryNamingItAndItsField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("subs.json");
        Files.writeString(file, """
                [{"query": "nato", "channel": {"address": "a@example.org"}},
                 {"query": "(nato", "channel": {"address": "a@example.org"}}]""");
        assertThatThrownBy(() -> Backtest.loadSubscriptions(file, DEC_2025))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " entry 2: query: unclosed '(' at position 1");

        Files.writeString(file, """
                [{"query": "nato", "channel": {"address": "a@example.org"}, "colour": "red"}]""");
        assertThatThrownBy(() -> Backtest.loadSubscriptions(file, DEC_2025)).hasMessageStartingWith(file + " entry 1: Unrecognized field \"colour\"");
    }
}
