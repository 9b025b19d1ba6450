package org.newsalert.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap and load during the run. The sampled peak is the most heap in use seen at any sample
 * (every 50 ms, so it can miss a spike between samples); the pools' own peak usages, summed, are an
 * upper bound, since the pools need not peak at the same moment. Both include the embedded
 * broker when it runs in this JVM.
 */
public final class HeapWatch implements AutoCloseable {
    private final Thread thread;
    private volatile long peakUsed;
    private volatile double peakLoad = -1;
    private volatile boolean running = true;

    private HeapWatch() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        thread = new Thread(this::sample, "bench-heap-watch");
        thread.setDaemon(true);
    }

    public static HeapWatch start() {
        HeapWatch w = new HeapWatch();
        w.thread.start();
        return w;
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        var os = ManagementFactory.getOperatingSystemMXBean();
        long lastLoad = 0;
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            long now = System.nanoTime();
            if (now - lastLoad > 1_000_000_000L) {
                lastLoad = now;
                peakLoad = Math.max(peakLoad, os.getSystemLoadAverage());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public double peakSampledMb() {
        return Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()) / (1024.0 * 1024);
    }

    public static double poolPeaksMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024);
    }

    /** The highest one-minute load average seen, or -1 where the platform has none. */
    public double peakLoad() {
        return peakLoad;
    }

    public static double loadNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
