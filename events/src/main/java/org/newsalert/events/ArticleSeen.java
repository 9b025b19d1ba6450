package org.newsalert.events;

import java.time.Instant;

/**
 * Ingest's memory of what it has published: one compacted record per dedup key (an article id, or
 * {@code guid:<feed>|<guid>} for feeds with stable GUIDs), so a restarted ingester does not publish
 * an item twice.
 */
public record ArticleSeen(String key, String articleId, Instant at) {}
