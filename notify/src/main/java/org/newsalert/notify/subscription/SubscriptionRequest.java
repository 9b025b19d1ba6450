package org.newsalert.notify.subscription;

/**
 * A request to subscribe, as the API and the CLI receive it: plain strings, checked by
 * {@link SubscriptionService#create} so that every error can name its field.
 *
 * @param mode developments (default), all, daily or weekly
 * @param backfillDays deliver what matched in this many past days; null or 0 for none
 * @param timeZone IANA time zone ({@code America/New_York}) whose days and weeks bound the digests
 *     of a daily or weekly subscription; null for UTC
 */
public record SubscriptionRequest(String query, ChannelRequest channel, String mode, Integer backfillDays, String timeZone) {

    /** A request without a time zone (UTC). */
    public SubscriptionRequest(String query, ChannelRequest channel, String mode, Integer backfillDays) {
        this(query, channel, mode, backfillDays, null);
    }

    /**
     * {@code type} is email or webhook; when absent it is inferred from which of {@code address}
     * and {@code url} is given.
     */
    public record ChannelRequest(String type, String address, String url, String secret) {
        public static ChannelRequest email(String address) {
            return new ChannelRequest("email", address, null, null);
        }

        public static ChannelRequest webhook(String url, String secret) {
            return new ChannelRequest("webhook", null, url, secret);
        }

        @Override
        public String toString() {
            return "ChannelRequest[type=" + type + ", address=" + address + ", url=" + url
                    + ", secret=" + (secret == null ? null : "***") + "]";
        }
    }
}
