package org.newsalert.notify.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the SMTP relay.
 *
 * @param from the sender address, {@code alerts@example.org} or {@code Newsalert <alerts@example.org>}
 * @param username null for an unauthenticated relay
 * @param startTls require STARTTLS before sending (refuse to send in clear)
 */
public record SmtpSettings(
        String host, int port, String from, String username, String password, boolean startTls,
        Duration connectTimeout, Duration readTimeout) {
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port out of range: " + port);
        }
        if (username != null && username.isBlank()) {
            username = null;
        }
    }

    /** An unauthenticated relay without TLS and 10 s / 30 s timeouts, e.g. a local MTA or a test server. */
    public static SmtpSettings plain(String host, int port, String from) {
        return new SmtpSettings(host, port, from, null, null, false, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + " from " + from + (username == null ? "" : " as " + username)
                + (startTls ? " STARTTLS" : "") + "]";
    }
}
