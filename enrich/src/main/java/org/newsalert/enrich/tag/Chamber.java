package org.newsalert.enrich.tag;

/** The chamber a member sits in; delegates and the Resident Commissioner sit in the House. */
public enum Chamber {
    SENATE,
    HOUSE
}
