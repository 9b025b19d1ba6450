package org.newsalert.notify.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsalert.events.DeliveryAttempted;
import org.newsalert.events.DeliveryTarget;

/**
 * The delivery engine's meters, tagged {@code service=notify}: every attempt by channel and
 * outcome (delivered, retry scheduled, dead-lettered, gone, rejected, duplicate), the latency from
 * match to delivery, scheduled retries waiting, attempts in flight, unreadable records parked.
 */
public final class DeliveryMetrics implements AutoCloseable {
    static final Tags SERVICE = Tags.of("service", "notify");

    private final MeterRegistry registry;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<Meter> gauges = new ArrayList<>();

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        gauges.add(Gauge.builder("newsalert.notify.pending", pending, AtomicInteger::get).tags(SERVICE)
                .description("alerts waiting for a scheduled retry (timers held from newsalert.notify.pending)").register(registry));
        gauges.add(Gauge.builder("newsalert.notify.in.flight", inFlight, AtomicInteger::get).tags(SERVICE)
                .description("delivery attempts queued or running").register(registry));
        // Registered up front so a dashboard shows zeros rather than gaps before the first attempt.
        for (DeliveryTarget.Kind k : DeliveryTarget.Kind.values()) {
            for (DeliveryAttempted.Outcome o : DeliveryAttempted.Outcome.values()) {
                attempts(k, o);
            }
        }
    }

    /** Meters that record nothing: for engines run outside the service (tests, tools). */
    public static DeliveryMetrics none() {
        return new DeliveryMetrics(new CompositeMeterRegistry());
    }

    private Counter attempts(DeliveryTarget.Kind channel, DeliveryAttempted.Outcome outcome) {
        return Counter.builder("newsalert.notify.deliveries")
                .tags(SERVICE.and("channel", channel.name().toLowerCase(Locale.ROOT), "outcome", outcome.name()))
                .description("delivery attempts by channel and outcome").register(registry);
    }

    void attempted(DeliveryAttempted a) {
        attempts(a.channel(), a.outcome()).increment();
    }

    void delivered(DeliveryTarget.Kind channel, Duration sinceMatched) {
        Timer.builder("newsalert.notify.delivery.latency").tags(SERVICE.and("channel", channel.name().toLowerCase(Locale.ROOT)))
                .description("from the alert's match to its successful delivery, retries included")
                .publishPercentileHistogram(false)
                .register(registry).record(sinceMatched.isNegative() ? Duration.ZERO : sinceMatched);
    }

    void parked(String topic) {
        Counter.builder("newsalert.notify.records.parked").tags(SERVICE.and("topic", topic))
                .description("unreadable records moved to newsalert.notify.dead-letters").register(registry).increment();
    }

    void pending(int n) {
        pending.set(n);
    }

    void inFlight(int n) {
        inFlight.set(n);
    }

    MeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }
}
