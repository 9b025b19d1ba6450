package org.newsalert.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One article, one URL: lower-cased scheme and host, default port and fragment dropped, tracking
 * parameters ({@code utm_*}, click ids, newsletter ids) removed, other parameters kept in order
 * because some sites route on them. The article id is derived from this form, so the same page
 * reached from two feeds or two campaigns is one article.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
            "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid",
            "cmpid", "ocid", "ref_src", "ref_url", "smid", "smtyp", "sr_share", "taid", "spm", "at_medium",
            "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "xtor", "ito", "cid", "icid", "soc_src",
            "soc_trk", "__twitter_impression", "ns_campaign", "ns_mchannel", "ns_source", "ns_linkname", "ns_fee");

    private CanonicalUrl() {}

    /**
     * The canonical form of {@code url}; a string that is not an absolute http(s) URL is returned
     * trimmed, so an odd GUID-as-link still yields a stable id instead of an error.
     */
    public static String of(String url) {
        String s = url.trim();
        URI u;
        try {
            u = new URI(s.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return s;
        }
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || u.getRawAuthority() == null || u.getHost() == null) {
            return s;
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = u.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        StringBuilder b = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            b.append(':').append(port);
        }
        b.append(path);
        String query = cleanQuery(u.getRawQuery());
        if (!query.isEmpty()) {
            b.append('?').append(query);
        }
        return b.toString();
    }

    /** Stable 16-hex-character id: the first 64 bits of SHA-256 of the canonical URL. */
    public static String articleId(String canonicalUrl) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    }

    private static String cleanQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner("&");
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = (eq < 0 ? part : part.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            j.add(part);
        }
        return j.toString();
    }
}
