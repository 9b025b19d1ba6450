package org.newsalert.enrich.tag;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** An {@link AliasBook} in a sorted map; the latest {@code learn} for a name wins. Safe to share between threads. */
public final class InMemoryAliasBook implements AliasBook {
    private final TreeMap<String, String> aliases = new TreeMap<>();

    @Override
    public synchronized Optional<String> lookup(String normalisedName) {
        return Optional.ofNullable(aliases.get(Objects.requireNonNull(normalisedName, "normalisedName")));
    }

    @Override
    public synchronized void learn(String normalisedName, String billId) {
        aliases.put(Objects.requireNonNull(normalisedName, "normalisedName"), Objects.requireNonNull(billId, "billId"));
    }

    /** A sorted copy of everything learned so far. */
    public synchronized Map<String, String> snapshot() {
        return new TreeMap<>(aliases);
    }
}
