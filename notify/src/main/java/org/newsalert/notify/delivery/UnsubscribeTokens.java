package org.newsalert.notify.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the subscription id into the one-click unsubscribe link, so the link works without a login
 * and cannot be forged for someone else's subscription. Tokens do not expire: an unsubscribe link
 * in an old email must keep working. Rotating the key invalidates every link sent so far.
 */
public final class UnsubscribeTokens {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final String CONTEXT = "newsalert-unsubscribe-v1\n";

    private final byte[] key;

    /** {@code key} must hold at least 32 bytes. */
    public UnsubscribeTokens(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("unsubscribe key must be at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** {@code <base64url(subscription id)>.<base64url(HMAC-SHA256)>}, safe in a URL query. */
    public String sign(String subscriptionId) {
        return B64.encodeToString(subscriptionId.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(mac(subscriptionId));
    }

    /** The subscription id when the token is genuine; empty for anything forged, truncated or malformed. */
    public Optional<String> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            String id = new String(B64D.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = B64D.decode(token.substring(dot + 1));
            return MessageDigest.isEqual(mac(id), given) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String subscriptionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((CONTEXT + subscriptionId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
