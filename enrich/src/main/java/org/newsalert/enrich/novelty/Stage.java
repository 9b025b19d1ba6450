package org.newsalert.enrich.novelty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fixed vocabulary of story stages the novelty detector reports, with the wire id used in
 * events ({@code passed_house}) and a rank in the legislative order (0 for events outside that
 * order). A committee referral counts as part of {@code introduced}, as in the Library of Congress
 * "IntroReferral" action type; the Rules Committee and procedural floor votes are kept apart from
 * subject-matter committee action and passage because the news reports them as separate steps.
 */
public enum Stage {
    /** A bill (or a presidential rescission request) was filed, and usually referred. */
    INTRODUCED("introduced", 1),
    /** An identical or companion bill was filed in the other chamber. */
    COMPANION_FILED("companion_filed", 1),
    /** A named member joined as a cosponsor. */
    COSPONSOR_ADDED("cosponsor_added", 1),
    /** A subject-matter committee held a hearing or markup, or reported the bill. */
    COMMITTEE_ACTION("committee_action", 2),
    /** The House Rules Committee approved a rule for floor debate. */
    RULES_COMMITTEE("rules_committee", 3),
    /**
     * A procedural floor vote (cloture, motion to proceed or discharge, the rule) succeeded, or a
     * House discharge petition reached its 218 signatures (which discharges the committee).
     */
    FLOOR_VOTE("floor_vote", 4),
    /** A floor vote failed: cloture, a motion, or passage itself. */
    FLOOR_VOTE_FAILED("floor_vote_failed", 4),
    /** First passage in the House. */
    PASSED_HOUSE("passed_house", 5),
    /** First passage in the Senate. */
    PASSED_SENATE("passed_senate", 5),
    /** Final congressional action: both chambers agree and the bill goes to the President. */
    CLEARED_CONGRESS("cleared_congress", 6),
    /** The President vetoed the bill. */
    VETOED("vetoed", 7),
    /** The President signed the bill. */
    SIGNED("signed", 7),
    /** The bill became law without a signature or over a veto. */
    BECAME_LAW("became_law", 8),
    /** A formal executive statement on the bill (statement of administration policy, veto threat). */
    OFFICIAL_STATEMENT("official_statement", 0);

    private static final Map<String, Stage> BY_ID = byId();
    private static final Map<String, Stage> BY_ALERT_EVENT = loadAlertEvents();

    private final String id;
    private final int rank;

    Stage(String id, int rank) {
        this.id = id;
        this.rank = rank;
    }

    /** The wire id, e.g. {@code passed_house}. */
    public String id() {
        return id;
    }

    /** Position in the legislative order; 0 for events outside it. */
    public int rank() {
        return rank;
    }

    /** True when a bill that reached this stage has passed both chambers. */
    public boolean isPostCongress() {
        return rank >= CLEARED_CONGRESS.rank;
    }

    public static Optional<Stage> fromId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /**
     * The stage for a {@code suggested_alert_event} of the shared congress action vocabulary
     * ({@code action-codes.csv}, {@code bill-status-codes.csv}), for official action feeds.
     */
    public static Optional<Stage> forAlertEvent(String event) {
        return Optional.ofNullable(event == null ? null : BY_ALERT_EVENT.get(event.trim()));
    }

    private static Map<String, Stage> loadAlertEvents() {
        Map<String, Stage> map = new TreeMap<>();
        String resource = "/novelty/alert-event-stages.csv";
        try (InputStream in = Stage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("suggested_alert_event")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                String stage = cells[1].trim();
                if (!stage.isEmpty()) {
                    Stage s = fromId(stage).orElseThrow(
                            () -> new IllegalStateException("unknown stage id in " + resource + ": " + stage));
                    map.put(cells[0].trim(), s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return map;
    }

    private static Map<String, Stage> byId() {
        Map<String, Stage> map = new TreeMap<>();
        for (Stage s : values()) {
            map.put(s.id, s);
        }
        return map;
    }
}
