package org.newsalert.events;

/** What an article means to a reader who has seen its story so far. */
public enum ArticleKind {
    /**
     * The first article of a story, or, for a story that is not about a bill (an executive order, a
     * court ruling), the first of its articles that names a bill or reports a step of one.
     */
    NEW_STORY,
    /** First report of a new stage or notable event of a known story. */
    DEVELOPMENT,
    /** More coverage of facts the story already had; also every article of a story that is not (yet) about a bill. */
    COVERAGE
}
