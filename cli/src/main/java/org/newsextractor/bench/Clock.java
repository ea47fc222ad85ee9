package org.newsextractor.bench;

import java.lang.management.ManagementFactory;

/** Wall-clock and process CPU time, in seconds. */
final class Clock {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long wallStart = System.nanoTime();
    private final long cpuStart = OS.getProcessCpuTime();

    /** @return a clock started now */
    static Clock start() {
        return new Clock();
    }

    /** @return wall-clock seconds since the start */
    double wall() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    /** @return CPU seconds this process used since the start, on all its threads */
    double cpu() {
        return (OS.getProcessCpuTime() - cpuStart) / 1e9;
    }

    /** @return CPU seconds this process used since the JVM started */
    static double cpuSinceStart() {
        return OS.getProcessCpuTime() / 1e9;
    }
}
