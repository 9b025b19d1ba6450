package org.newsalert.events;

import java.time.Instant;

/**
 * The outcome of one poll of one feed, keyed by feed URL: what operators watch to see a broken feed.
 *
 * @param httpStatus the HTTP status, or {@code null} when there was no response
 * @param items items in the feed document
 * @param newItems items published to the articles topic by this poll
 * @param detail the reason, for anything but {@link Outcome#OK}
 * @param consecutiveFailures failures in a row, 0 after a success
 * @param nextPollAt when the feed is due again (backoff included)
 */
public record FeedPolled(
        String feedUrl,
        Outcome outcome,
        Integer httpStatus,
        int items,
        int newItems,
        String detail,
        Instant at,
        int consecutiveFailures,
        Instant nextPollAt) {

    /** The closed set of poll outcomes. */
    public enum Outcome {
        OK,
        NOT_MODIFIED,
        HTTP_ERROR,
        PARSE_ERROR,
        TIMEOUT,
        /** Connection refused, DNS failure, response too large, and other I/O failures. */
        FETCH_ERROR,
        /** The address was refused by the outbound policy (private, loopback, metadata). */
        BLOCKED
    }
}
