package org.newsalert.events;

import java.time.Instant;

/**
 * A record a service could not process, parked with the reason instead of stopping the service or
 * being dropped. {@code value} holds the original bytes as UTF-8 text (or Base64 if not text).
 */
public record DeadLetter(
        String service,
        String sourceTopic,
        int partition,
        long offset,
        String key,
        String value,
        String reason,
        Instant at) {}
