package org.newsalert.notify.digest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.newsalert.events.Digest;
import org.newsalert.events.Subscription;

/** How a digest's period is named to a reader. */
public final class DigestText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DigestText() {}

    /**
     * {@code daily digest for 9 Dec 2025}, {@code weekly digest for the week of 8 Dec 2025}; the day
     * is the subscription's local day, and a zone other than UTC is named:
     * {@code daily digest for 9 Dec 2025 (America/New_York)}.
     */
    public static String periodName(Digest d) {
        ZoneId zone = d.zone();
        LocalDate first = d.start() == null ? null : LocalDate.ofInstant(d.start(), zone);
        String when = first == null ? d.period() : DAY.format(first);
        String in = zone.equals(Subscription.DEFAULT_ZONE) ? "" : " (" + zone.getId() + ")";
        return (d.mode() == Subscription.Mode.WEEKLY ? "weekly digest for the week of " : "daily digest for ") + when + in;
    }
}
