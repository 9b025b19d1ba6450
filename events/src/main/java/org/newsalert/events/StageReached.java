package org.newsalert.events;

import java.time.Instant;

/** A stage of a story's timeline: which stage, when it was first reported, and by which article. */
public record StageReached(String stage, Instant at, String articleId) {}
