package org.newsalert.app;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.StoryRebuild;
import org.newsalert.events.RebuildHeaders;
import org.newsalert.events.config.ConfigSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code replay --since DATE}: the options of a story rebuild and its report (see {@link StoryRebuild}). */
final class RebuildOptions {
    @Option(names = "--since", required = true, paramLabel = "DATE", converter = SinceConverter.class,
            description = "rebuild from the first article published at or after DATE: 2025-12-10 (midnight UTC) or 2025-12-10T20:00:00Z")
    Instant since;

    @Option(names = "--deliver-to", paramLabel = "URL",
            description = "send the rebuild's alerts to this test webhook (never to subscribers); default: no alerts."
                    + " Loopback or private addresses must be allowed in notify's NEWSALERT_OUTBOUND_ALLOW")
    String deliverTo;

    @Option(names = "--config", paramLabel = "FILE", description = "enrich settings file (environment variables override it)")
    Path config;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "6h", converter = DurationConverter.class,
            description = "give up after this long (default: ${DEFAULT-VALUE})")
    Duration timeout;

    int run(Main.KafkaOptions kafka, PrintWriter out, PrintWriter err) {
        if (deliverTo != null) {
            checkUrl(deliverTo);
        }
        try (Cluster cluster = Cluster.connect(kafka.bootstrapServers, kafka.stateDir)) {
            EnrichConfig live = EnrichConfig.from(ConfigSource.of(config, System.getenv())
                    .with(Map.of("KAFKA_BOOTSTRAP_SERVERS", cluster.bootstrapServers())));
            long[] lastPrint = {0};
            StoryRebuild.Summary s;
            try {
                s = StoryRebuild.run(live, since, deliverTo, timeout, Clock.systemUTC(), p -> {
                    long now = System.nanoTime();
                    if (now - lastPrint[0] >= 2_000_000_000L) {
                        lastPrint[0] = now;
                        err.printf(Locale.ROOT, "rebuild: %d of %d offsets of the articles topic read (%.0f%%, %.0f/s)%n", p.done(), p.total(),
                                p.total() == 0 ? 100.0 : 100.0 * p.done() / p.total(), p.perSecond());
                        err.flush();
                    }
                });
            } catch (StoryRebuild.RebuildException e) {
                err.println("rebuild: " + e.getMessage());
                err.flush();
                return 1;
            }
            out.println(s.toJson());
            out.flush();
            err.printf(Locale.ROOT, "rebuild %s done: %d stories from %d articles since %s; %d developments not alerted to subscribers%s.%n",
                    s.rebuildId(), s.stories(), s.articles(), s.since(), s.developments(),
                    s.deliverTo() == null ? "" : " (sent to " + s.deliverTo() + ", signed with "
                            + RebuildHeaders.testChannelSecret(s.rebuildId()) + ")");
            err.printf(Locale.ROOT, "To continue from the rebuilt stories, start enrich with NEWSALERT_ENRICH_APPLICATION_ID=%s"
                    + " (it was %s); to keep the old state, start it unchanged and delete the group and topics %s-*.%n",
                    s.rebuildId(), s.previousApplicationId(), s.rebuildId());
            err.flush();
            return 0;
        }
    }

    private static void checkUrl(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && u.getRawUserInfo() == null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("--deliver-to must be an absolute http(s) URL without credentials: " + url);
    }

    static final class SinceConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a date (2025-12-10) or a UTC time (2025-12-10T20:00:00Z)");
            }
        }
    }

    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return ConfigSource.parseDuration(value, "--timeout");
        }
    }
}
