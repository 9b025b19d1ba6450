package org.newsalert.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One development matched to one subscription: what notify's delivery sends. Keyed by subscription
 * id. {@code key} is the idempotency key, a hash of (development id, subscription id, channel), so
 * a re-matched development yields the same key and the delivery ledger turns it into a no-op; it is
 * also the webhook id and the root of the email Message-ID.
 *
 * <p>A digest alert ({@link #digest()} not null) carries one period's matches grouped by story; its
 * key hashes (subscription, period, channel), and its {@code development} is a summary of the digest
 * (the subject as story title, one sentence per story) so that every reader written for single
 * alerts (console, logs, older delivery engines) still handles it sensibly.
 *
 * @param explanation why the development matched, in words for the reader ({@code bill:hr6508-119 matched "H.R. 6508"})
 * @param digest the digest's stories and period; null for an alert about one development
 */
public record AlertMatched(
        String key, DevelopmentDetected development, DeliveryTarget target, String explanation, Instant matchedAt, Digest digest) {

    public AlertMatched {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(development, "development");
        Objects.requireNonNull(target, "target");
        explanation = explanation == null ? "" : explanation;
    }

    /** Builds the alert with its idempotency key. */
    public static AlertMatched of(DevelopmentDetected development, DeliveryTarget target, String explanation, Instant matchedAt) {
        return new AlertMatched(
                keyFor(development.id(), target.subscriptionId(), target.kind()), development, target, explanation, matchedAt, null);
    }

    /** The first 128 bits of SHA-256 over the three parts, as 32 hex chars (safe in headers and URLs). */
    public static String keyFor(String developmentId, String subscriptionId, DeliveryTarget.Kind channel) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest((developmentId + "\n" + subscriptionId + "\n" + channel.name()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A digest alert; {@code summary} stands in as its development, and its id makes the key. */
    public static AlertMatched ofDigest(Digest digest, DevelopmentDetected summary, DeliveryTarget target, String explanation, Instant matchedAt) {
        Objects.requireNonNull(digest, "digest");
        return new AlertMatched(keyFor(summary.id(), target.subscriptionId(), target.kind()), summary, target, explanation, matchedAt, digest);
    }

    /** The id a digest's summary development has: one per (mode, period), so the key is one per (subscription, period, channel). */
    public static String digestDevelopmentId(Digest digest) {
        return "digest:" + digest.mode().wireName() + ":" + digest.period();
    }

    public boolean hasDigest() {
        return digest != null;
    }

    public String subscriptionId() {
        return target.subscriptionId();
    }
}
