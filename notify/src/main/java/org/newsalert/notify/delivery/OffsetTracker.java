package org.newsalert.notify.delivery;

import java.util.Optional;
import java.util.TreeSet;

/**
 * The commit position of one alerts partition when alerts finish out of order: the lowest offset
 * still being delivered, or one past the highest seen when none is. A slow alert therefore holds
 * back the commit (its successors are then re-read after a crash and stopped by the ledger), never
 * the deliveries themselves.
 */
final class OffsetTracker {
    private final TreeSet<Long> running = new TreeSet<>();
    private long next = -1;
    private long committed = -1;

    void started(long offset) {
        running.add(offset);
        seen(offset);
    }

    void seen(long offset) {
        next = Math.max(next, offset + 1);
    }

    void finished(long offset) {
        running.remove(offset);
    }

    /** The offset to commit, if it moved since the last commit (or always, when {@code force}). */
    Optional<Long> committable(boolean force) {
        long p = running.isEmpty() ? next : running.first();
        return p >= 0 && (force || p > committed) ? Optional.of(p) : Optional.empty();
    }

    void committed(long offset) {
        committed = offset;
    }
}
