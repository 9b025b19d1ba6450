package org.newsalert.notify.digest;

import java.util.List;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.DigestEmitted;
import org.newsalert.events.DigestItemMatched;
import org.newsalert.events.Topic;
import org.newsalert.events.Topics;

/** The topics the digest assembler reads and writes; the catalogue's by default, renamed per test. */
public record DigestTopics(
        Topic<String, DigestItemMatched> items,
        Topic<String, DigestEmitted> state,
        Topic<String, AlertMatched> alerts,
        Topic<String, DeadLetter> deadLetters) {

    public static DigestTopics catalogue() {
        return new DigestTopics(Topics.DIGEST_ITEMS, Topics.DIGEST_STATE, Topics.ALERTS, Topics.NOTIFY_DEAD_LETTERS);
    }

    public List<Topic<?, ?>> all() {
        return List.of(items, state, alerts, deadLetters);
    }
}
