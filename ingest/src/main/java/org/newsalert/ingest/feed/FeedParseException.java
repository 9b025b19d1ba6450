package org.newsalert.ingest.feed;

import java.util.Objects;

/** A downloaded body that cannot be read as a feed; {@link #reason()} says why in plain words. */
public final class FeedParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String feedUrl;
    private final String reason;

    public FeedParseException(String feedUrl, String reason) {
        this(feedUrl, reason, null);
    }

    public FeedParseException(String feedUrl, String reason, Throwable cause) {
        super(feedUrl + ": " + reason, cause);
        this.feedUrl = Objects.requireNonNull(feedUrl, "feedUrl");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String feedUrl() {
        return feedUrl;
    }

    public String reason() {
        return reason;
    }
}
