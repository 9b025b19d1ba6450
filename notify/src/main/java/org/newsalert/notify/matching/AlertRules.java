package org.newsalert.notify.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.Channel;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.DigestItemMatched;
import org.newsalert.events.Subscription;
import org.newsalert.events.Tag;
import org.newsalert.notify.subscription.MatchTarget;
import org.newsalert.notify.subscription.SubscriptionMatcher;

/**
 * Which alerts a development or an article makes, by subscription mode: a development alerts the
 * {@code developments} subscriptions it matches; an article alerts the {@code all} subscriptions
 * that match it or its story's latest development. Digest modes ({@code daily}, {@code weekly}) get
 * what mode {@code developments} would alert as digest items, which the digest assembler gathers per
 * period. Pure: the matcher service and the backtest share it.
 */
public final class AlertRules {
    private AlertRules() {}

    /** What one development makes: alerts for {@code developments} subscriptions, digest items for daily/weekly ones. */
    public record DevelopmentMatches(List<AlertMatched> alerts, List<DigestItemMatched> digestItems) {}

    /** Matches the development against the subscriptions once and sorts the matches by subscription mode. */
    public static DevelopmentMatches matchDevelopment(SubscriptionMatcher matcher, DevelopmentDetected d, Instant now) {
        List<AlertMatched> alerts = new ArrayList<>();
        List<DigestItemMatched> digest = new ArrayList<>();
        for (SubscriptionMatcher.Match m : matcher.matching(MatchTarget.from(d))) {
            Subscription.Mode mode = m.subscription().mode();
            if (mode == Subscription.Mode.DEVELOPMENTS) {
                alerts.add(AlertMatched.of(d, target(m.subscription()), String.join("; ", m.reasons()), now));
            } else if (mode == Subscription.Mode.DAILY || mode == Subscription.Mode.WEEKLY) {
                digest.add(new DigestItemMatched(mode, AlertMatched.of(d, target(m.subscription()), String.join("; ", m.reasons()), now),
                        m.subscription().timeZone()));
            }
        }
        return new DevelopmentMatches(alerts, digest);
    }

    public static List<AlertMatched> forDevelopment(SubscriptionMatcher matcher, DevelopmentDetected d, Instant now) {
        return matchDevelopment(matcher, d, now).alerts();
    }

    /** The digest items a development makes: one per matching {@code daily} or {@code weekly} subscription. */
    public static List<DigestItemMatched> digestItemsForDevelopment(SubscriptionMatcher matcher, DevelopmentDetected d, Instant now) {
        return matchDevelopment(matcher, d, now).digestItems();
    }

    /**
     * @param storyLatest the latest development of the article's story, when known: its story title
     *     and tags widen the match to the whole story; null when unknown
     */
    public static List<AlertMatched> forArticle(SubscriptionMatcher matcher, ArticleEnriched a, DevelopmentDetected storyLatest, Instant now) {
        String storyTitle = storyLatest != null ? storyLatest.storyTitle() : null;
        Map<String, SubscriptionMatcher.Match> matched = new LinkedHashMap<>();
        for (SubscriptionMatcher.Match m : matcher.matching(MatchTarget.from(a, storyTitle))) {
            matched.putIfAbsent(m.subscription().id(), m);
        }
        if (storyLatest != null) {
            for (SubscriptionMatcher.Match m : matcher.matching(MatchTarget.from(storyLatest))) {
                matched.putIfAbsent(m.subscription().id(), m);
            }
        }
        DevelopmentDetected d = asDevelopment(a, storyLatest);
        List<AlertMatched> out = new ArrayList<>();
        for (SubscriptionMatcher.Match m : matched.values()) {
            if (m.subscription().mode() == Subscription.Mode.ALL) {
                out.add(AlertMatched.of(d, target(m.subscription()), String.join("; ", m.reasons()), now));
            }
        }
        return out;
    }

    /**
     * An article in the shape of a development, so that delivery sends it like one. Its id is the
     * development id the article would have, so an article that is also a development makes the same
     * alert key either way.
     */
    public static DevelopmentDetected asDevelopment(ArticleEnriched a, DevelopmentDetected storyLatest) {
        List<String> bills = a.tags().stream().filter(t -> t.type() == Tag.Type.BILL).map(Tag::id).toList();
        return new DevelopmentDetected(
                DevelopmentDetected.idFor(a.storyId(), a.articleId()), a.storyId(), a.articleId(), a.kind(), a.development(),
                a.newSentences(), storyLatest != null ? storyLatest.storyTitle() : a.title(),
                storyLatest != null && bills.isEmpty() ? storyLatest.bills() : bills,
                a.tags(), a.title(), a.url(), a.source(), a.published(),
                storyLatest != null ? storyLatest.storySources() : List.of());
    }

    /** Where a subscription's alerts go, copied into each alert so delivery needs no lookup. */
    public static DeliveryTarget target(Subscription s) {
        Objects.requireNonNull(s, "s");
        if (s.channel() instanceof Channel.Email e) {
            return DeliveryTarget.email(s.id(), e.address(), s.query());
        }
        Channel.Webhook w = (Channel.Webhook) s.channel();
        return DeliveryTarget.webhook(s.id(), w.url(), w.secret(), s.query());
    }
}
