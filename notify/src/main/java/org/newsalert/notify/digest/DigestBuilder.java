package org.newsalert.notify.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Digest;
import org.newsalert.events.DigestItemMatched;

/**
 * Makes one period's items into one digest alert: items grouped by story, stories in the order their
 * first item matched, developments in the order they matched, one per development id. Beyond
 * {@code maxDevelopments} the latest matches are kept and the rest only counted. Pure.
 */
public final class DigestBuilder {
    /** Developments shown in one digest; the count covers them all. Keeps a digest well inside Kafka's default 1 MB message. */
    public static final int MAX_DEVELOPMENTS = 100;

    private DigestBuilder() {}

    public static AlertMatched build(DigestPeriod period, List<DigestItemMatched> items, DeliveryTarget target, Instant now, int maxDevelopments) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(target, "target");
        if (maxDevelopments < 1) {
            throw new IllegalArgumentException("maxDevelopments must be >= 1, was " + maxDevelopments);
        }
        Map<String, AlertMatched> byDevelopment = new LinkedHashMap<>();
        items.stream()
                .map(DigestItemMatched::alert)
                .sorted(Comparator.comparing(AlertMatched::matchedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(a -> byDevelopment.putIfAbsent(a.development().id(), a));
        if (byDevelopment.isEmpty()) {
            throw new IllegalArgumentException("a digest needs at least one item");
        }
        List<AlertMatched> all = List.copyOf(byDevelopment.values());
        Set<String> allStories = new LinkedHashSet<>();
        all.forEach(a -> allStories.add(a.development().storyId()));
        List<AlertMatched> shown = all.size() <= maxDevelopments ? all : all.subList(all.size() - maxDevelopments, all.size());

        Map<String, List<AlertMatched>> stories = new LinkedHashMap<>();
        for (AlertMatched a : shown) {
            stories.computeIfAbsent(a.development().storyId(), k -> new ArrayList<>()).add(a);
        }
        List<Digest.Story> out = new ArrayList<>();
        for (Map.Entry<String, List<AlertMatched>> e : stories.entrySet()) {
            List<AlertMatched> l = e.getValue();
            DevelopmentDetected latest = l.get(l.size() - 1).development();
            Set<String> sources = new LinkedHashSet<>();
            Set<String> why = new LinkedHashSet<>();
            List<Digest.Item> developments = new ArrayList<>();
            for (AlertMatched a : l) {
                DevelopmentDetected d = a.development();
                sources.addAll(d.storySources());
                if (d.source() != null && !d.source().isBlank()) {
                    sources.add(d.source());
                }
                if (!a.explanation().isBlank()) {
                    why.add(a.explanation());
                }
                developments.add(new Digest.Item(d, a.explanation(), a.matchedAt()));
            }
            String title = firstNonBlank(latest.storyTitle(), latest.title(), e.getKey());
            out.add(new Digest.Story(e.getKey(), title, List.copyOf(sources), String.join("; ", why), developments));
        }
        Digest digest = new Digest(period.mode(), period.label(), period.startInstant(), period.end(), all.size(), allStories.size(), out,
                period.zone().getId());
        return AlertMatched.ofDigest(digest, summary(digest, target.subscriptionId()), target, explanation(out), now);
    }

    /** {@code 3 developments in 2 stories — daily digest for 9 Dec 2025}. */
    public static String headline(Digest d) {
        return count(d.developmentCount(), "development", "developments") + " in " + count(d.storyCount(), "story", "stories")
                + " \u2014 " + DigestText.periodName(d);
    }

    /**
     * The digest as one development: the headline as its title, one sentence per story. It is what a
     * reader that knows nothing of digests shows, and its id makes the digest's key.
     */
    static DevelopmentDetected summary(Digest d, String subscriptionId) {
        List<String> sentences = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Digest.Story s : d.stories()) {
            sentences.add(s.title() + " (" + count(s.developments().size(), "development", "developments") + ")");
            sources.addAll(s.sources());
        }
        String headline = headline(d);
        return new DevelopmentDetected(AlertMatched.digestDevelopmentId(d), "digest:" + subscriptionId, d.period(), ArticleKind.DEVELOPMENT,
                d.mode().wireName() + "-digest", sentences, headline, List.of(), List.of(), headline, null, null, d.end(), List.copyOf(sources));
    }

    private static String explanation(List<Digest.Story> stories) {
        Set<String> why = new LinkedHashSet<>();
        stories.forEach(s -> {
            if (!s.explanation().isBlank()) {
                why.add(s.explanation());
            }
        });
        return String.join("; ", why);
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
