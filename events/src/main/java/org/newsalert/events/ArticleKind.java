package org.newsalert.events;

/** What an article means to a reader who has seen its story so far. */
public enum ArticleKind {
    /** The first article of a story. */
    NEW_STORY,
    /** First report of a new stage or notable event of a known story. */
    DEVELOPMENT,
    /** More coverage of facts the story already had. */
    COVERAGE
}
