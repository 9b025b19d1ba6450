package org.newsalert.ingest.poll;

import java.time.Duration;
import java.time.Instant;

/**
 * What the poller remembers of a feed between polls: validators for conditional GET and the
 * failure streak that drives backoff. Kept in memory: after a restart the first poll is a full
 * GET and the seen-ledger filters what was already published.
 */
record FeedState(String etag, String lastModified, int consecutiveFailures, Instant nextPollAt) {
    static FeedState initial(Instant now) {
        return new FeedState(null, null, 0, now);
    }

    FeedState succeeded(String etag, String lastModified, Instant next) {
        return new FeedState(etag != null ? etag : this.etag, lastModified != null ? lastModified : this.lastModified, 0, next);
    }

    FeedState failed(Instant next) {
        return new FeedState(etag, lastModified, consecutiveFailures + 1, next);
    }

    /**
     * Exponential backoff on a failure streak: the interval doubled per failure, capped, with
     * the server's Retry-After as a floor.
     */
    static Duration backoff(Duration interval, int failures, Duration max, Duration retryAfter) {
        long factor = 1L << Math.min(Math.max(failures, 0), 20);
        Duration d = interval.multipliedBy(factor);
        if (d.compareTo(max) > 0 || d.isNegative()) {
            d = max;
        }
        if (retryAfter != null && retryAfter.compareTo(d) > 0) {
            d = retryAfter.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : retryAfter;
        }
        return d;
    }
}
