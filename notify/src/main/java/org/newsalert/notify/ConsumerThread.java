package org.newsalert.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.slf4j.Logger;

/**
 * The lifecycle notify's consumer loops share: one named thread that runs the loop while started,
 * and a stop that wakes the loop's current consumer (so a blocking poll returns at once) and waits
 * for the thread to finish.
 */
public final class ConsumerThread {
    private final String name;
    private final Logger log;
    private final String onDeath;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Thread thread;
    private volatile KafkaConsumer<?, ?> consumer;

    /**
     * @param onDeath what is logged, as an error with the cause, when the loop throws out of the thread
     */
    public ConsumerThread(String name, Logger log, String onDeath) {
        this.name = Objects.requireNonNull(name, "name");
        this.log = Objects.requireNonNull(log, "log");
        this.onDeath = Objects.requireNonNull(onDeath, "onDeath");
    }

    /** Starts {@code loop} on the thread; it should run while {@link #running()}. */
    public synchronized void start(Runnable loop) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException(name + " already started");
        }
        Thread t = new Thread(loop, name);
        t.setUncaughtExceptionHandler((th, e) -> log.error(onDeath, e));
        thread = t;
        t.start();
    }

    /** True from start until stop. */
    public boolean running() {
        return running.get();
    }

    /** The consumer the loop polls now, for stop to wake; the loop sets it whenever it makes one. */
    public void polling(KafkaConsumer<?, ?> c) {
        consumer = c;
    }

    /** True when started and the thread is there. */
    public boolean started() {
        return running.get() && thread != null;
    }

    /** True when the thread died while it should run: only a restart helps. */
    public boolean died() {
        Thread t = thread;
        return running.get() && t != null && !t.isAlive();
    }

    /** Stops the loop and waits up to {@code wait} for it; false when it was not running. */
    public boolean stop(Duration wait) {
        Thread t;
        synchronized (this) {
            if (!running.compareAndSet(true, false)) {
                return false;
            }
            t = thread;
        }
        KafkaConsumer<?, ?> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            t.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /** Sleeps, keeping the interrupt flag if interrupted. */
    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
