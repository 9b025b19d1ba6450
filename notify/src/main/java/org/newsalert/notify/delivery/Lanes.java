package org.newsalert.notify.delivery;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bounded worker pool with one queue per lane (an endpoint host, the SMTP relay): at most
 * {@code perLane} tasks of a lane run at once, and a lane's waiting tasks hold no thread, so one slow
 * or dead endpoint occupies only its own lane while the others keep moving.
 */
final class Lanes implements AutoCloseable {
    private final ExecutorService pool;
    private final int perLane;
    private final Map<String, Lane> lanes = new HashMap<>();

    private static final class Lane {
        final Queue<Runnable> waiting = new ArrayDeque<>();
        int running;
    }

    Lanes(int threads, int perLane) {
        if (threads < 1 || perLane < 1) {
            throw new IllegalArgumentException("threads and perLane must be >= 1");
        }
        this.perLane = perLane;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "notify-delivery-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, tf);
    }

    /** Runs {@code work} in {@code lane} when the lane has room; the future completes with its result. */
    <T> CompletableFuture<T> submit(String lane, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            } finally {
                done(lane);
            }
        };
        boolean start;
        synchronized (lanes) {
            Lane l = lanes.computeIfAbsent(lane, k -> new Lane());
            start = l.running < perLane;
            if (start) {
                l.running++;
            } else {
                l.waiting.add(task);
            }
        }
        if (start) {
            pool.execute(task);
        }
        return result;
    }

    private void done(String lane) {
        Runnable next;
        synchronized (lanes) {
            Lane l = lanes.get(lane);
            next = l.waiting.poll();
            if (next == null) {
                l.running--;
                if (l.running == 0) {
                    lanes.remove(lane);
                }
            }
        }
        if (next != null) {
            pool.execute(next);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
