package org.newsalert.notify.subscription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.newsalert.events.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the active subscriptions a development or article matches, with the reasons. Parsed queries
 * are cached by their text, which is canonical, so a subscription is parsed once however often it is
 * evaluated.
 */
public final class SubscriptionMatcher {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionMatcher.class);

    private final SubscriptionStore store;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    public SubscriptionMatcher(SubscriptionStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** A subscription that matched and what matched ({@link Query#explain}). */
    public record Match(Subscription subscription, List<String> reasons) {}

    public List<Match> matching(MatchTarget target) {
        List<Match> out = new ArrayList<>();
        for (Subscription s : store.all()) {
            if (!s.active()) {
                continue;
            }
            Query q = query(s);
            if (q != null && q.matches(target)) {
                out.add(new Match(s, q.explain(target)));
            }
        }
        return out;
    }

    private Query query(Subscription s) {
        Query q = parsed.get(s.query());
        if (q == null) {
            try {
                // Stored queries are canonical: bills carry their Congress, so the date is not used.
                q = QueryParser.parse(s.query(), LocalDate.now());
                parsed.put(s.query(), q);
            } catch (QuerySyntaxException e) {
                log.warn("subscription {} has an unreadable query, skipping it: {}", s.id(), e.getMessage());
            }
        }
        return q;
    }
}
