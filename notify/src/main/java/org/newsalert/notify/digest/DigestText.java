package org.newsalert.notify.digest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.newsalert.events.Digest;
import org.newsalert.events.Subscription;

/** How a digest's period is named to a reader. */
public final class DigestText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DigestText() {}

    /** {@code daily digest for 9 Dec 2025}, {@code weekly digest for the week of 8 Dec 2025}. */
    public static String periodName(Digest d) {
        LocalDate first = d.start() == null ? null : LocalDate.ofInstant(d.start(), ZoneOffset.UTC);
        String when = first == null ? d.period() : DAY.format(first);
        return d.mode() == Subscription.Mode.WEEKLY ? "weekly digest for the week of " + when : "daily digest for " + when;
    }
}
