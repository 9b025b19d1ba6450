package org.newsalert.notify.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.Digest;
import org.newsalert.events.Json;
import org.newsalert.outbound.BlockedAddressException;
import org.newsalert.outbound.GuardedHttp;
import org.newsalert.outbound.OutboundException;

/**
 * POSTs an alert as JSON to a subscriber's endpoint through {@link GuardedHttp}, signed per Standard
 * Webhooks with the alert key as {@code webhook-id} (stable across retries, so receivers can
 * deduplicate). 2xx is success, 410 Gone disables the subscription, a blocked address or a bad URL
 * is permanent; every other failure is retried, honouring {@code Retry-After}. A digest is sent as
 * type {@code digest} with its period and stories instead of one development.
 */
public final class WebhookSender implements Sender {
    /** The event type in the payload. */
    public static final String EVENT_TYPE = "development.alert";
    /** The event type of a digest's payload. */
    public static final String DIGEST_TYPE = "digest";

    private final GuardedHttp http;
    private final Duration timeout;
    private final Clock clock;

    /** @param timeout the deadline of one attempt, answer included */
    public WebhookSender(GuardedHttp http, Duration timeout, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String lane(AlertMatched alert) {
        try {
            URI u = new URI(alert.target().address());
            return "webhook:" + (u.getHost() == null ? alert.target().address() : u.getHost().toLowerCase(Locale.ROOT) + ":" + u.getPort());
        } catch (URISyntaxException e) {
            return "webhook:" + alert.target().address();
        }
    }

    @Override
    public DeliveryResult send(AlertMatched alert, int attempt) {
        DeliveryTarget t = alert.target();
        if (t.kind() != DeliveryTarget.Kind.WEBHOOK) {
            throw new IllegalArgumentException("not a webhook alert: " + t);
        }
        URI uri;
        try {
            uri = new URI(t.address());
        } catch (URISyntaxException e) {
            return new DeliveryResult.Rejected(null, "webhook URL of subscription " + t.subscriptionId() + " is malformed: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return new DeliveryResult.Rejected(null, "webhook URL " + t.address() + " must be an absolute http(s) URL without credentials");
        }
        Instant now = clock.instant();
        byte[] body;
        String signature;
        try {
            body = payload(alert, now);
            signature = WebhookSignature.sign(t.secret(), alert.key(), now.getEpochSecond(), body);
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.Rejected(null, "webhook of subscription " + t.subscriptionId() + ": " + e.getMessage());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("webhook-id", alert.key());
        headers.put("webhook-timestamp", Long.toString(now.getEpochSecond()));
        headers.put("webhook-signature", signature);
        GuardedHttp.Response r;
        try {
            r = http.post(uri, headers, body, timeout);
        } catch (BlockedAddressException e) {
            return new DeliveryResult.Rejected(null, e.getMessage());
        } catch (OutboundException e) {
            return new DeliveryResult.RetryLater(null, "webhook " + uri + ": " + e.getMessage(), null);
        }
        int status = r.status();
        if (r.isSuccess()) {
            return new DeliveryResult.Delivered(status, "webhook " + uri + " answered " + status);
        }
        if (status == 410) {
            return new DeliveryResult.Gone(status, "webhook " + uri + " answered 410 Gone");
        }
        Duration retryAfter = RetrySchedule.parseRetryAfter(r.header("Retry-After").orElse(null), clock.instant());
        return new DeliveryResult.RetryLater(status, "webhook " + uri + " answered HTTP " + status
                + (status >= 300 && status < 400 ? " (redirects are not followed)" : ""), retryAfter);
    }

    /** The JSON body: the Standard Webhooks envelope {@code {type, timestamp, data}}. */
    static byte[] payload(AlertMatched alert, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", alert.key());
        data.put("subscriptionId", alert.subscriptionId());
        data.put("query", alert.target().query());
        data.put("explanation", alert.explanation());
        Digest digest = alert.digest();
        if (digest == null) {
            data.put("development", alert.development());
        } else {
            Map<String, Object> period = new LinkedHashMap<>();
            period.put("mode", digest.mode());
            period.put("label", digest.period());
            period.put("start", digest.start());
            period.put("end", digest.end());
            period.put("timeZone", digest.zone().getId());
            data.put("period", period);
            data.put("developmentCount", digest.developmentCount());
            data.put("storyCount", digest.storyCount());
            data.put("omitted", digest.omitted());
            data.put("stories", digest.stories());
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", digest == null ? EVENT_TYPE : DIGEST_TYPE);
        envelope.put("timestamp", now.toString());
        envelope.put("data", data);
        try {
            return Json.mapper().writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write webhook payload", e);
        }
    }
}
