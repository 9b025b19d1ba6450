package org.newsalert.notify.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: {@code webhook-signature: v1,<base64 HMAC-SHA256 over "id.timestamp.body">},
 * keyed with the Base64 part of a {@code whsec_} secret.
 */
public final class WebhookSignature {
    public static final String PREFIX = "whsec_";

    private WebhookSignature() {}

    /** A fresh secret of 32 random bytes in {@code whsec_} form, for the subscription side to hand out. */
    public static String newSecret() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return PREFIX + Base64.getEncoder().encodeToString(b);
    }

    /** The key bytes of a {@code whsec_<base64>} secret; refuses anything else. */
    public static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("webhook secret must have the form whsec_<base64>");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook secret is not valid Base64 after whsec_", e);
        }
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("webhook secret must hold 24 to 64 bytes, has " + key.length);
        }
        return key;
    }

    /** The value of the {@code webhook-signature} header. */
    public static String sign(String secret, String id, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
