package org.newsalert.enrich.tag;

import java.util.Objects;

/**
 * A serving member of Congress from the bundled roster.
 *
 * @param party the party letter for the story's date: {@code R}, {@code D}, {@code I}
 * @param caucus the caucus letter of an independent, or empty
 * @param district the House district, 0 for at-large; -1 for senators
 */
public record Member(
        String bioguide,
        Chamber chamber,
        String first,
        String middle,
        String last,
        String suffix,
        String nickname,
        String officialFull,
        String party,
        String caucus,
        String state,
        int district) {

    public Member {
        Objects.requireNonNull(bioguide, "bioguide");
        Objects.requireNonNull(chamber, "chamber");
        Objects.requireNonNull(last, "last");
    }

    /** "Thomas Massie": the official full name, or first and last when the roster has none yet. */
    public String name() {
        return officialFull != null && !officialFull.isBlank() ? officialFull : first + " " + last;
    }

    /** "Thomas Massie (R-KY)", the tag label. */
    public String label() {
        return name() + " (" + party + "-" + state + ")";
    }

    /** Whether a party letter written in news ("R", "D", "I") fits this member, counting an independent's caucus. */
    boolean fitsParty(String letter) {
        return letter.equals(party) || letter.equals(caucus);
    }
}
