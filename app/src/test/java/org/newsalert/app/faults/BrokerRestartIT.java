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

/** The whole pipeline keeps its guarantees when the broker is killed and restarted mid-stream. */
class BrokerRestartIT {

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void shouldLoseAndRepeatNothingWhenTheBrokerRestartsMidStream(@TempDir Path dir) throws Exception {
        try (Pipeline p = new Pipeline(dir);
                EnrichService enrich = p.startEnrich("a");
                NotifyService notify = p.startNotify()) {
            p.subscribe(notify);
            assertThat(enrich.awaitRunning(Duration.ofSeconds(60))).as("enrich running").isTrue();

            // Articles keep coming, in small transactions, while the broker goes away and comes back.
            CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> p.publish(120, 10));
            Pipeline.await("enrich and delivery under way", Duration.ofSeconds(60),
                    () -> p.enrichedSoFar() >= 20 && p.webhooksSoFar() >= 3);
            p.kafka.restartBroker();
            feeding.get(100, TimeUnit.SECONDS);

            p.awaitSettled(Duration.ofSeconds(90));
            Guarantees.assertNothingLostOrDoubled(p.outcome());
        }
    }
}
