package org.newsalert.ingest.poll;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness: at most one request per host every {@code gap}. {@link #reserve} hands out the next
 * free slot and returns how long the caller must wait for it, so callers queue fairly without a
 * lock held while they wait.
 */
final class HostGate {
    private final long gapNanos;
    private final Map<String, Long> nextFree = new HashMap<>();

    HostGate(Duration gap) {
        this.gapNanos = gap.toNanos();
    }

    /** Reserves a slot for {@code host}; returns nanoseconds to wait before using it. */
    synchronized long reserve(String host, long nowNanos) {
        long slot = Math.max(nowNanos, nextFree.getOrDefault(host, nowNanos));
        nextFree.put(host, slot + gapNanos);
        return slot - nowNanos;
    }

    void await(String host) throws InterruptedException {
        long wait = reserve(host, System.nanoTime());
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
