package org.newsalert.notify.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a bearer token belongs to. Token hashes come from configuration ({@code owner=sha256hex}
 * pairs, comma-separated) rather than a topic: tokens are issued by an operator, change rarely and
 * must work before any topic is readable, and a config value needs no second writer or topic ACL.
 *
 * <p>Every stored hash is compared, in constant time, whatever the outcome, so response times do not
 * reveal how much of a hash a guess got right or which entry matched.
 */
public final class ApiTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<ApiToken> tokens;
    private final List<byte[]> hashes;

    public ApiTokens(List<ApiToken> tokens) {
        this.tokens = List.copyOf(tokens);
        List<byte[]> h = new ArrayList<>();
        for (ApiToken t : this.tokens) {
            h.add(t.hash());
        }
        this.hashes = List.copyOf(h);
    }

    /**
     * Reads {@code alice=<64 hex>,bob=<64 hex>}; blank means no tokens (every request is refused).
     *
     * @throws IllegalArgumentException naming the malformed entry by position, never echoing it
     */
    public static ApiTokens parse(String config) {
        List<ApiToken> out = new ArrayList<>();
        if (config != null && !config.isBlank()) {
            String[] entries = config.split(",");
            for (int i = 0; i < entries.length; i++) {
                String e = entries[i].strip();
                int eq = e.lastIndexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("API token entry " + (i + 1) + " is not owner=sha256hex");
                }
                out.add(new ApiToken(e.substring(0, eq), e.substring(eq + 1)));
            }
        }
        return new ApiTokens(out);
    }

    /** The owner of {@code presented}, or empty when it is no known token. */
    public Optional<String> ownerOf(String presented) {
        Objects.requireNonNull(presented, "presented");
        byte[] h = sha256(presented);
        String owner = null;
        for (int i = 0; i < hashes.size(); i++) {
            if (MessageDigest.isEqual(h, hashes.get(i)) && owner == null) {
                owner = tokens.get(i).owner();
            }
        }
        return Optional.ofNullable(owner);
    }

    /** A new token: 32 random bytes, URL-safe Base64, prefixed so that secret scanners spot it. */
    public static String generate() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "na_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The hex SHA-256 of a token, the form kept in configuration. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
