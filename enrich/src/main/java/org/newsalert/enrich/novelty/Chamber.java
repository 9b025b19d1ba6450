package org.newsalert.enrich.novelty;

/** A chamber of Congress, as far as a sentence says which one acted. */
public enum Chamber {
    HOUSE,
    SENATE;

    public Chamber other() {
        return this == HOUSE ? SENATE : HOUSE;
    }
}
