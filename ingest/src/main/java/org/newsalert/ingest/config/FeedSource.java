package org.newsalert.ingest.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One feed to poll, with its overrides of the defaults.
 *
 * @param name outlet name used as the articles' {@code source}; the feed's own title when null
 * @param interval time between polls when the feed is healthy
 * @param stableGuids whether the feed's GUIDs identify items across edits (then a seen GUID is
 *     never republished even if its link changes); false for feeds that mint new GUIDs per fetch
 * @param fetchPages whether to fetch each item's page for the full text, or use the feed content
 */
public record FeedSource(URI url, String name, Duration interval, boolean stableGuids, boolean fetchPages) {
    public FeedSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval of " + url + " must be positive");
        }
    }

    public String host() {
        return url.getHost() == null ? url.getScheme() : url.getHost();
    }
}
