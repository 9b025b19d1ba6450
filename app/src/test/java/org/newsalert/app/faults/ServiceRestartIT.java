package org.newsalert.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.enrich.EnrichService;
import org.newsalert.notify.NotifyService;

/**
 * Each service stopped while records are in flight and started again: the pipeline still enriches
 * every article once, keeps each story and development once and sends each alert once.
 */
class ServiceRestartIT {

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void shouldLoseAndRepeatNothingWhenEnrichIsStoppedMidBatch(@TempDir Path dir) throws Exception {
        try (Pipeline p = new Pipeline(dir); NotifyService notify = p.startNotify()) {
            p.subscribe(notify);
            EnrichService enrich = p.startEnrich("a");
            try {
                assertThat(enrich.awaitRunning(Duration.ofSeconds(60))).as("enrich running").isTrue();
                CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> p.publish(120, 10));
                Pipeline.await("enrich under way", Duration.ofSeconds(60), () -> p.enrichedSoFar() >= 20);
                int before = p.enrichedSoFar();
                enrich.close();
                // Stopped with articles still arriving; the restarted app takes over from its last commit.
                enrich = p.startEnrich("a");
                feeding.get(100, TimeUnit.SECONDS);
                assertThat(before).as("enriched before the stop").isLessThan(p.publishedIds().size());
                p.awaitSettled(Duration.ofSeconds(90));
            } finally {
                enrich.close();
            }
            Guarantees.assertNothingLostOrDoubled(p.outcome());
        }
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void shouldSendEachAlertOnceWhenNotifyIsStoppedWithDeliveriesInFlight(@TempDir Path dir) throws Exception {
        try (Pipeline p = new Pipeline(dir); EnrichService enrich = p.startEnrich("a")) {
            // Slow webhooks keep deliveries in flight (and alerts queued) when notify is stopped.
            p.slowWebhooks(Duration.ofMillis(250));
            NotifyService notify = p.startNotify();
            try {
                p.subscribe(notify);
                assertThat(enrich.awaitRunning(Duration.ofSeconds(60))).as("enrich running").isTrue();
                CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> p.publish(120, 10));
                Pipeline.await("deliveries under way", Duration.ofSeconds(60), () -> p.webhooksSoFar() >= 5);
                notify.close();
                int sentBeforeRestart = p.webhooksSoFar();
                notify = p.startNotify();
                feeding.get(100, TimeUnit.SECONDS);
                p.awaitSettled(Duration.ofSeconds(90));
                assertThat(p.webhooksSoFar()).as("webhooks sent after the restart").isGreaterThan(sentBeforeRestart);
            } finally {
                notify.close();
            }
            Guarantees.assertNothingLostOrDoubled(p.outcome());
        }
    }
}
