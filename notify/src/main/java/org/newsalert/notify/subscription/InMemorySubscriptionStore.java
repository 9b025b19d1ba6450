package org.newsalert.notify.subscription;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsalert.events.Subscription;

/** A store for tests and single-process demos; nothing survives the process. */
public final class InMemorySubscriptionStore implements SubscriptionStore {
    static final Comparator<Subscription> OLDEST_FIRST = Comparator.comparing(
                    Subscription::created, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Subscription::id);

    private final Map<String, Subscription> byId = new ConcurrentHashMap<>();

    @Override
    public void put(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription");
        byId.put(subscription.id(), subscription);
    }

    @Override
    public boolean delete(String id) {
        return byId.remove(id) != null;
    }

    @Override
    public Optional<Subscription> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Subscription> byOwner(String owner) {
        return byId.values().stream().filter(s -> s.owner().equals(owner)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Subscription> all() {
        return byId.values().stream().sorted(OLDEST_FIRST).toList();
    }
}
