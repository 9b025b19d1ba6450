package org.newsalert.notify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.DigestItemMatched;
import org.newsalert.events.Json;
import org.newsalert.events.Subscription;
import org.newsalert.notify.digest.DigestBuilder;
import org.newsalert.notify.digest.DigestPeriod;
import org.newsalert.notify.matching.AlertRules;
import org.newsalert.notify.subscription.DuplicateSubscriptionException;
import org.newsalert.notify.subscription.InMemorySubscriptionStore;
import org.newsalert.notify.subscription.SubscriptionMatcher;
import org.newsalert.notify.subscription.SubscriptionRequest;
import org.newsalert.notify.subscription.SubscriptionService;
import org.newsalert.notify.subscription.ValidationException;

/**
 * What notify would have sent for a recorded run, without Kafka: the same matching rules as the
 * running matcher ({@link AlertRules}), so a backtest measures the real thing. Digest modes make
 * one {@link DigestEntry} per subscription and period, grouped as the digest assembler groups them
 * ({@link DigestBuilder}), with each development's published time standing in for its match time.
 */
public final class Backtest {
    private Backtest() {}

    /**
     * One alert that would have been sent.
     *
     * @param development the stage ({@code committee_action}), or null when there is none
     */
    public record Alert(String subscription, String story, String article, ArticleKind kind, String development) {}

    /**
     * Developments alert {@code developments} subscriptions, articles alert {@code all} ones (matched
     * with their story's latest preceding development, as the matcher does); developments first, each
     * list in its given order, an alert repeated by both (same key) once.
     */
    public static List<Alert> alerts(List<DevelopmentDetected> developments, List<ArticleEnriched> articles, List<Subscription> subscriptions) {
        InMemorySubscriptionStore store = new InMemorySubscriptionStore();
        subscriptions.forEach(store::put);
        SubscriptionMatcher matcher = new SubscriptionMatcher(store);
        Map<String, AlertMatched> made = new LinkedHashMap<>();
        Map<String, List<DevelopmentDetected>> byStory = new HashMap<>();
        for (DevelopmentDetected d : developments) {
            AlertRules.forDevelopment(matcher, d, Instant.EPOCH).forEach(a -> made.putIfAbsent(a.key(), a));
            byStory.computeIfAbsent(d.storyId(), k -> new ArrayList<>()).add(d);
        }
        for (ArticleEnriched a : articles) {
            DevelopmentDetected latest = latestBefore(byStory.getOrDefault(a.storyId(), List.of()), a.published());
            AlertRules.forArticle(matcher, a, latest, Instant.EPOCH).forEach(x -> made.putIfAbsent(x.key(), x));
        }
        return made.values().stream()
                .map(a -> new Alert(a.subscriptionId(), a.development().storyId(), a.development().articleId(),
                        a.development().kind(), a.development().stage()))
                .toList();
    }

    /**
     * One digest that would have been sent.
     *
     * @param period {@code 2025-12-09} for a day, {@code 2025-W50} for an ISO week (UTC)
     * @param stories the story ids, in the digest's order
     */
    public record DigestEntry(String subscription, Subscription.Mode mode, String period, int developments, List<String> stories) {}

    /**
     * The digests {@code daily} and {@code weekly} subscriptions would have received: the developments
     * they match, in the period of each development's published time (a backtest has no wall clock),
     * ordered by period, then by subscription as given. Empty periods send nothing.
     */
    public static List<DigestEntry> digests(List<DevelopmentDetected> developments, List<Subscription> subscriptions) {
        InMemorySubscriptionStore store = new InMemorySubscriptionStore();
        subscriptions.forEach(store::put);
        SubscriptionMatcher matcher = new SubscriptionMatcher(store);
        Map<String, Integer> order = new HashMap<>();
        subscriptions.forEach(s -> order.putIfAbsent(s.id(), order.size()));
        Map<DigestPeriod, Map<String, List<DigestItemMatched>>> byPeriod = new TreeMap<>();
        for (DevelopmentDetected d : developments) {
            Instant at = d.published() == null ? Instant.EPOCH : d.published();
            for (DigestItemMatched i : AlertRules.digestItemsForDevelopment(matcher, d, at)) {
                DigestPeriod period = DigestPeriod.containing(i.mode(), i.zone(), at);
                byPeriod.computeIfAbsent(period, k -> new TreeMap<>(Comparator.comparing(order::get)))
                        .computeIfAbsent(i.subscriptionId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<DigestEntry> out = new ArrayList<>();
        byPeriod.forEach((period, subs) -> subs.forEach((sub, items) -> {
            AlertMatched a = DigestBuilder.build(period, items, items.get(0).alert().target(), period.end(), Integer.MAX_VALUE);
            out.add(new DigestEntry(sub, period.mode(), period.label(), a.digest().developmentCount(),
                    a.digest().stories().stream().map(org.newsalert.events.Digest.Story::storyId).toList()));
        }));
        return out;
    }

    /**
     * Reads a JSON or YAML list of subscriptions shaped like the API's create request ({@code query},
     * {@code channel}, {@code mode}, plus optional {@code id} and {@code owner}), validated and
     * canonicalised as the API does. Entries without an id get {@code sub-} and a hash of owner,
     * query, destination and mode, so the same file always yields the same ids.
     *
     * @throws IllegalArgumentException naming the file, the entry and what is wrong with it
     */
    public static List<Subscription> loadSubscriptions(Path file) {
        return loadSubscriptions(file, Clock.systemUTC());
    }

    /** As {@link #loadSubscriptions(Path)}, resolving bare bill numbers to the Congress sitting at {@code clock}'s date. */
    public static List<Subscription> loadSubscriptions(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".json") ? Json.mapper() : new YAMLMapper();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read subscriptions from " + file + ": " + e.getMessage(), e);
        }
        if (root != null && root.isObject() && root.has("subscriptions")) {
            root = root.get("subscriptions");
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a list of subscriptions");
        }
        var reader = Json.mapper().readerFor(SubscriptionRequest.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        SubscriptionService service = new SubscriptionService(new InMemorySubscriptionStore(), (s, since) -> {}, clock);
        List<Subscription> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < root.size(); i++) {
            String where = file + " entry " + (i + 1);
            JsonNode n = root.get(i);
            if (!n.isObject()) {
                throw new IllegalArgumentException(where + ": expected an object with query, channel and mode");
            }
            ObjectNode o = ((ObjectNode) n).deepCopy();
            JsonNode idNode = o.remove("id");
            JsonNode ownerNode = o.remove("owner");
            String owner = ownerNode == null || ownerNode.asText().isBlank() ? "backtest" : ownerNode.asText().strip();
            Subscription s;
            try {
                SubscriptionRequest request = reader.readValue(o);
                s = service.create(owner, request).subscription();
            } catch (ValidationException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            } catch (DuplicateSubscriptionException e) {
                throw new IllegalArgumentException(where + ": repeats an earlier entry (same owner, query, channel, mode and time zone)", e);
            } catch (IOException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage().lines().findFirst().orElse(""), e);
            }
            String id = idNode == null || idNode.asText().isBlank()
                    ? "sub-" + sha256(owner + "\n" + s.query() + "\n" + s.channel().destination() + "\n" + s.mode().wireName()
                            + (s.timeZone() == null ? "" : "\n" + s.timeZone())).substring(0, 12)
                    : idNode.asText().strip();
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": id '" + id + "' is used twice");
            }
            out.add(new Subscription(id, s.owner(), s.query(), s.channel(), s.mode(), s.created(), true, null, s.timeZone()));
        }
        return out;
    }

    /** The story's latest development published no later than {@code at} (any, when times are unknown). */
    private static DevelopmentDetected latestBefore(List<DevelopmentDetected> story, Instant at) {
        DevelopmentDetected latest = null;
        for (DevelopmentDetected d : story) {
            boolean inTime = at == null || d.published() == null || !d.published().isAfter(at);
            boolean later = latest == null || latest.published() == null || (d.published() != null && !d.published().isBefore(latest.published()));
            if (inTime && later) {
                latest = d;
            }
        }
        return latest;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
