package org.newsalert.enrich.story;

import java.time.Instant;

/** The clusterer's global counters: documents seen (the N of IDF) and the event-time clock. */
public record ClusterMeta(long documents, Instant streamTime) {
    public static final ClusterMeta EMPTY = new ClusterMeta(0, Instant.EPOCH);
}
