package org.newsalert.notify.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsalert.events.Channel;
import org.newsalert.events.Subscription;
import org.newsalert.events.Subscription.Mode;
import org.newsalert.notify.subscription.SubscriptionRequest.ChannelRequest;
import org.newsalert.notify.subscription.ValidationException.FieldError;

class SubscriptionServiceTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final String SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

    private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
    private final List<String> backfills = new ArrayList<>();
    private final SubscriptionService service = new SubscriptionService(
            store, (s, since) -> backfills.add(s.id() + " since " + since), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldStoreTheCanonicalQueryWithDefaultsAndScheduleTheBackfill() throws Exception {
        var created = service.create("alice", new SubscriptionRequest(
                "bill:\"H.R. 6508\" nato", ChannelRequest.email("alice@example.org"), null, 7));
        Subscription s = created.subscription();
        assertThat(s).isEqualTo(new Subscription(
                s.id(), "alice", "bill:hr6508-119 AND nato", Channel.email("alice@example.org"),
                Mode.DEVELOPMENTS, NOW, true, null));
        assertThat(store.get(s.id())).contains(s);
        assertThat(created.backfillSince()).isEqualTo(Instant.parse("2025-05-25T12:00:00Z"));
        assertThat(backfills).containsExactly(s.id() + " since 2025-05-25T12:00:00Z");
    }

    @Test
    void shouldInferTheChannelTypeAndNotBackfillUnlessAsked() throws Exception {
        var created = service.create("alice", new SubscriptionRequest(
                "topic:defense", new ChannelRequest(null, null, "https://hooks.example.org/x", SECRET),
                "Weekly", null));
        assertThat(created.subscription().channel()).isEqualTo(Channel.webhook("https://hooks.example.org/x", SECRET));
        assertThat(created.generatedSecret()).isNull();
        assertThat(created.subscription().mode()).isEqualTo(Mode.WEEKLY);
        assertThat(created.backfillSince()).isNull();
        assertThat(backfills).isEmpty();
    }

    @Test
    void shouldGenerateAWebhookSecretWhenLeftOutAndRejectOnesDeliveryCannotSignWith() throws Exception {
        var created = service.create("alice", new SubscriptionRequest(
                "topic:defense", new ChannelRequest(null, null, "https://hooks.example.org/x", null), null, null));
        String secret = created.generatedSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(created.subscription().channel()).isEqualTo(Channel.webhook("https://hooks.example.org/x", secret));
        assertThat(org.newsalert.notify.delivery.WebhookSignature.key(secret)).hasSize(32);
        assertThat(created.toString()).doesNotContain(secret.substring(6));

        String tooShort = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[8]);
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(
                        "nato", ChannelRequest.webhook("https://hooks.example.org/y", tooShort), null, null)))
                .hasMessage("channel.secret: webhook secret must hold 24 to 64 bytes, has 8; leave it out to have one generated");
    }

    @Test
    void shouldNameEveryInvalidField() {
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(
                        "tag:nato AND )", ChannelRequest.webhook("ftp://x.org", "short"), "hourly", 31)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).errors())
                .isEqualTo(List.of(
                        new FieldError("query", "unexpected ')' at position 14", 14),
                        new FieldError("channel.url", "must be an absolute http or https URL, was 'ftp://x.org'", null),
                        new FieldError("channel.secret",
                                "webhook secret must have the form whsec_<base64>; leave it out to have one generated", null),
                        new FieldError("mode", "must be one of developments, all, daily, weekly, was 'hourly'", null),
                        new FieldError("backfillDays", "must be between 0 and 30, was 31", null)));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void shouldStoreTheDigestTimeZoneAndRejectOnesThatAreNotIana() throws Exception {
        var s = service.create("alice", new SubscriptionRequest(
                "nato", ChannelRequest.email("alice@example.org"), "daily", null, " America/New_York ")).subscription();
        assertThat(s.timeZone()).isEqualTo("America/New_York");
        assertThat(s.zone()).isEqualTo(java.time.ZoneId.of("America/New_York"));
        // The same digest in another zone is another subscription; in the same zone, a duplicate.
        service.create("alice", new SubscriptionRequest("nato", ChannelRequest.email("alice@example.org"), "daily", null, "Europe/Berlin"));
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(
                        "nato", ChannelRequest.email("alice@example.org"), "daily", null, "America/New_York")))
                .isInstanceOf(DuplicateSubscriptionException.class);
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(
                        "nato", ChannelRequest.email("alice@example.org"), "daily", null, "Eastern")))
                .hasMessage("timeZone: must be an IANA time zone such as America/New_York or Europe/Berlin, was 'Eastern'");
        // UTC by any of its names is the default: the same subscription as one that names no zone.
        var utc = service.create("alice", new SubscriptionRequest("nato", ChannelRequest.email("alice@example.org"), "weekly", null, "Etc/UTC"));
        assertThat(utc.subscription().timeZone()).isNull();
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(
                        "nato", ChannelRequest.email("alice@example.org"), "weekly", null, null)))
                .isInstanceOf(DuplicateSubscriptionException.class);
        assertThat(store.all()).hasSize(3);
    }

    @Test
    void shouldRejectMissingQueryAndChannelAndBadAddresses() {
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(" ", null, null, null)))
                .extracting(e -> ((ValidationException) e).errors().stream().map(FieldError::field).toList())
                .isEqualTo(List.of("query", "channel"));
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(
                        "nato", ChannelRequest.email("alice@localhost"), null, null)))
                .hasMessage("channel.address: is not an email address: 'alice@localhost'");
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(
                        "nato", new ChannelRequest("sms", null, null, null), null, null)))
                .hasMessage("channel.type: must be email or webhook, was 'sms'");
    }

    @Test
    void shouldRejectAQueryThatMatchesNearlyEverything() {
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(
                        "NOT topic:sports", ChannelRequest.email("alice@example.org"), null, null)))
                .hasMessage("query: matches nearly everything: every alternative needs a term that is not negated");
    }

    @Test
    void shouldRefuseAnIdenticalSubscriptionNamingTheExistingOne() throws Exception {
        var first = service.create("alice", new SubscriptionRequest(
                "bill:hr6508", ChannelRequest.email("alice@example.org"), null, null)).subscription();
        assertThatThrownBy(() -> service.create("alice", new SubscriptionRequest(
                        "bill:HR6508-119", ChannelRequest.email("ALICE@example.org"), "developments", null)))
                .isInstanceOf(DuplicateSubscriptionException.class)
                .extracting(e -> ((DuplicateSubscriptionException) e).existingId())
                .isEqualTo(first.id());
        // Another mode, or another owner, is a different subscription.
        service.create("alice", new SubscriptionRequest("bill:hr6508", ChannelRequest.email("alice@example.org"), "daily", null));
        service.create("bob", new SubscriptionRequest("bill:hr6508", ChannelRequest.email("alice@example.org"), null, null));
        assertThat(store.all()).hasSize(3);
    }

    @Test
    void shouldShowAndDeleteOnlyTheOwnersSubscriptions() throws Exception {
        var s = service.create("alice", new SubscriptionRequest(
                "nato", ChannelRequest.email("alice@example.org"), null, null)).subscription();
        assertThat(service.get("bob", s.id())).isEmpty();
        assertThat(service.list("bob")).isEmpty();
        assertThat(service.delete("bob", s.id())).isFalse();
        assertThat(service.list("alice")).containsExactly(s);
        assertThat(service.delete("alice", s.id())).isTrue();
        assertThat(service.get("alice", s.id())).isEmpty();
        assertThat(service.delete("alice", s.id())).isFalse();
    }

    @Test
    void shouldMatchOnlyActiveSubscriptionsWithReasons() throws Exception {
        var nato = service.create("alice", new SubscriptionRequest(
                "org:nato", ChannelRequest.email("alice@example.org"), null, null)).subscription();
        var off = service.create("bob", new SubscriptionRequest(
                "org:nato", ChannelRequest.email("bob@example.org"), null, null)).subscription();
        store.put(off.disabled("mailbox does not exist"));
        service.create("carol", new SubscriptionRequest("topic:health", ChannelRequest.email("c@example.org"), null, null));
        var target = MatchTarget.of(List.of(), List.of(new org.newsalert.events.Tag(
                org.newsalert.events.Tag.Type.ORGANIZATION, "nato", "NATO")), "Summit", List.of(), null);
        assertThat(new SubscriptionMatcher(store).matching(target))
                .containsExactly(new SubscriptionMatcher.Match(nato, List.of("org:nato matched organization NATO")));
    }
}
