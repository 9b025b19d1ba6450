package org.newsalert.notify.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.newsalert.events.Channel;
import org.newsalert.events.Subscription;
import org.newsalert.notify.delivery.WebhookSignature;

/**
 * Creates, lists and deletes subscriptions on behalf of an owner, who only ever sees their own.
 * Queries are stored in canonical form, with bill citations resolved to the Congress sitting on the
 * day of subscribing (the Congress's own clock, US Eastern).
 */
public final class SubscriptionService {
    public static final int MAX_BACKFILL_DAYS = 30;
    private static final ZoneId CAPITOL = ZoneId.of("America/New_York");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final SubscriptionStore store;
    private final Backfill backfill;
    private final Clock clock;

    public SubscriptionService(SubscriptionStore store, Backfill backfill, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.backfill = Objects.requireNonNull(backfill, "backfill");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A created subscription; when backfill was asked for, the start of its window; when the request
     * left out the webhook secret, the one generated for it, which the caller shows once.
     */
    public record Created(Subscription subscription, Instant backfillSince, String generatedSecret) {
        @Override
        public String toString() {
            return "Created[" + subscription + ", backfillSince=" + backfillSince
                    + (generatedSecret == null ? "" : ", generatedSecret=***") + "]";
        }
    }

    /**
     * Validates and stores a subscription for {@code owner}, then schedules its backfill. Synchronised
     * so that two identical requests racing each other make one subscription, not two.
     */
    public synchronized Created create(String owner, SubscriptionRequest request)
            throws ValidationException, DuplicateSubscriptionException {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(request, "request");
        List<ValidationException.FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();

        String query = canonicalQuery(request.query(), LocalDate.ofInstant(now, CAPITOL), errors);
        SubscriptionRequest.ChannelRequest channelRequest = request.channel();
        String generatedSecret = null;
        if (channelRequest != null && channelRequest.url() != null && channelRequest.address() == null
                && (channelRequest.secret() == null || channelRequest.secret().isBlank())) {
            generatedSecret = WebhookSignature.newSecret();
            channelRequest = new SubscriptionRequest.ChannelRequest(
                    channelRequest.type(), null, channelRequest.url(), generatedSecret);
        }
        Channel channel = channel(channelRequest, errors);
        Subscription.Mode mode = Subscription.Mode.DEVELOPMENTS;
        if (request.mode() != null) {
            try {
                mode = Subscription.Mode.fromWire(request.mode());
            } catch (IllegalArgumentException e) {
                errors.add(error("mode", "must be one of developments, all, daily, weekly, was '" + request.mode() + "'"));
            }
        }
        String timeZone = null;
        try {
            timeZone = Subscription.canonicalZone(request.timeZone());
        } catch (IllegalArgumentException e) {
            errors.add(error("timeZone", "must be an IANA time zone such as America/New_York or Europe/Berlin, was '"
                    + request.timeZone() + "'"));
        }
        int days = request.backfillDays() == null ? 0 : request.backfillDays();
        if (days < 0 || days > MAX_BACKFILL_DAYS) {
            errors.add(error("backfillDays", "must be between 0 and " + MAX_BACKFILL_DAYS + ", was " + days));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }

        for (Subscription s : store.byOwner(owner)) {
            if (s.query().equals(query) && s.mode() == mode && sameDestination(s.channel(), channel)
                    && Objects.equals(s.timeZone(), timeZone)) {
                throw new DuplicateSubscriptionException(s.id());
            }
        }
        Subscription created = new Subscription(
                UUID.randomUUID().toString(), owner, query, channel, mode, now, true, null, timeZone);
        store.put(created);
        Instant since = null;
        if (days > 0) {
            since = now.minus(Duration.ofDays(days));
            backfill.schedule(created, since);
        }
        return new Created(created, since, generatedSecret);
    }

    public List<Subscription> list(String owner) {
        return store.byOwner(owner);
    }

    /** The subscription, or empty when there is none with this id or another owner has it. */
    public Optional<Subscription> get(String owner, String id) {
        return store.get(id).filter(s -> s.owner().equals(owner));
    }

    /** Deletes the owner's subscription; false when there is none with this id for this owner. */
    public synchronized boolean delete(String owner, String id) {
        return get(owner, id).isPresent() && store.delete(id);
    }

    /**
     * Deletes a subscription whoever owns it, for the one-click unsubscribe link: the signed token,
     * not a bearer token, is the authority. Returns whether it existed.
     */
    public synchronized boolean unsubscribe(String id) {
        return store.delete(id);
    }

    /**
     * Parses a query as typed and returns its canonical form, adding an error for {@code query} when
     * it does not parse or would match nearly everything. Public so the CLI can check a query offline.
     */
    public static String canonicalQuery(String typed, LocalDate asOf, List<ValidationException.FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            errors.add(error("query", "is required"));
            return null;
        }
        try {
            Query q = QueryParser.parse(typed, asOf);
            if (!q.requiresPresence()) {
                errors.add(new ValidationException.FieldError(
                        "query", "matches nearly everything: every alternative needs a term that is not negated", 1));
                return null;
            }
            return q.toString();
        } catch (QuerySyntaxException e) {
            errors.add(new ValidationException.FieldError("query", e.getMessage(), e.position()));
            return null;
        }
    }

    private static Channel channel(SubscriptionRequest.ChannelRequest c, List<ValidationException.FieldError> errors) {
        if (c == null) {
            errors.add(error("channel", "is required: an email address or a webhook url and secret"));
            return null;
        }
        String type = c.type() == null ? null : c.type().trim().toLowerCase(Locale.ROOT);
        if (type == null) {
            if (c.address() != null && c.url() == null) {
                type = "email";
            } else if (c.url() != null && c.address() == null) {
                type = "webhook";
            } else {
                errors.add(error("channel", "give either address (email) or url and secret (webhook)"));
                return null;
            }
        }
        switch (type) {
            case "email": {
                String address = c.address() == null ? null : c.address().trim();
                if (address == null || address.isEmpty()) {
                    errors.add(error("channel.address", "is required for an email channel"));
                } else if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
                    errors.add(error("channel.address", "is not an email address: '" + address + "'"));
                } else if (c.url() != null || c.secret() != null) {
                    errors.add(error("channel", "an email channel takes no url or secret"));
                } else {
                    return Channel.email(address);
                }
                return null;
            }
            case "webhook": {
                boolean ok = true;
                String url = c.url() == null ? null : c.url().trim();
                if (url == null || url.isEmpty()) {
                    errors.add(error("channel.url", "is required for a webhook channel"));
                    ok = false;
                } else if (!isHttpUrl(url)) {
                    errors.add(error("channel.url", "must be an absolute http or https URL, was '" + url + "'"));
                    ok = false;
                }
                try {
                    // Delivery's own rule, so that a secret accepted here can always sign.
                    WebhookSignature.key(c.secret());
                } catch (IllegalArgumentException e) {
                    errors.add(error("channel.secret", e.getMessage() + "; leave it out to have one generated"));
                    ok = false;
                }
                if (c.address() != null) {
                    errors.add(error("channel", "a webhook channel takes no address"));
                    ok = false;
                }
                return ok ? Channel.webhook(url, c.secret()) : null;
            }
            default:
                errors.add(error("channel.type", "must be email or webhook, was '" + c.type() + "'"));
                return null;
        }
    }

    private static boolean isHttpUrl(String url) {
        if (url.length() > 2048) {
            return false;
        }
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && u.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean sameDestination(Channel a, Channel b) {
        return a.getClass() == b.getClass() && a.destination().equalsIgnoreCase(b.destination());
    }

    private static ValidationException.FieldError error(String field, String message) {
        return new ValidationException.FieldError(field, message, null);
    }
}
