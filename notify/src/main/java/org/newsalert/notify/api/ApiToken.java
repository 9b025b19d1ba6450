package org.newsalert.notify.api;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An owner's API token as it is stored: the SHA-256 of the token, never the token. Tokens are
 * high-entropy random strings ({@link ApiTokens#generate()}), so an unsalted hash is enough.
 */
public record ApiToken(String owner, String sha256Hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ApiToken {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sha256Hex, "sha256Hex");
        owner = owner.strip();
        sha256Hex = sha256Hex.strip().toLowerCase(Locale.ROOT);
        if (owner.isEmpty()) {
            throw new IllegalArgumentException("an API token needs an owner");
        }
        if (!HEX.matcher(sha256Hex).matches()) {
            throw new IllegalArgumentException("the token hash of owner '" + owner + "' is not 64 hex digits of SHA-256");
        }
    }

    byte[] hash() {
        return HexFormat.of().parseHex(sha256Hex);
    }

    @Override
    public String toString() {
        return "ApiToken[owner=" + owner + ", sha256=" + sha256Hex.substring(0, 8) + "...]";
    }
}
