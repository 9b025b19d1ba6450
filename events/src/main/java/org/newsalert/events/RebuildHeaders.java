package org.newsalert.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The record headers that mark what a story rebuild ({@code replay --since}) wrote on enrich's
 * output topics. A header rather than a field: it is transport metadata about who produced the
 * record, readers that do not know it see the same event as before, and notify can decide on it
 * before deserialising anything.
 */
public final class RebuildHeaders {
    /** The rebuild's id (its Streams application id): this record re-derives an article already alerted on. */
    public static final String ID = "newsalert-rebuild";
    /** The test webhook the rebuild's alerts go to instead of the subscribers; absent: no alerts at all. */
    public static final String DELIVER_TO = "newsalert-rebuild-deliver-to";

    private RebuildHeaders() {}

    /**
     * The signing secret of a rebuild's test-channel webhooks, derived from its id: the signature
     * keeps the test channel's payloads in the subscribers' format, it does not authenticate them
     * (the id is no secret, and a real secret must not travel in a header of a retained topic).
     */
    public static String testChannelSecret(String rebuildId) {
        try {
            byte[] key = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("newsalert-rebuild-test-channel\n" + rebuildId).getBytes(StandardCharsets.UTF_8));
            return "whsec_" + java.util.Base64.getEncoder().encodeToString(key);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What the headers of one record say, or null when the record is not from a rebuild. */
    public record Mark(String rebuildId, String deliverTo) {}

    public static Mark read(Headers headers) {
        String id = text(headers.lastHeader(ID));
        return id == null ? null : new Mark(id, text(headers.lastHeader(DELIVER_TO)));
    }

    public static void write(Headers headers, Mark mark) {
        headers.remove(ID);
        headers.remove(DELIVER_TO);
        headers.add(ID, mark.rebuildId().getBytes(StandardCharsets.UTF_8));
        if (mark.deliverTo() != null) {
            headers.add(DELIVER_TO, mark.deliverTo().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String text(Header h) {
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
