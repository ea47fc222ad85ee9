package org.newsextractor.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** Watches the heap of this JVM: what is still in use after each collection, and the pools' peaks. */
final class HeapMonitor {
    private final Set<String> heapPools;
    private final AtomicLong peakAfterGc = new AtomicLong();

    private HeapMonitor() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @return a monitor listening to every collection from now on */
    static HeapMonitor start() {
        HeapMonitor monitor = new HeapMonitor();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> monitor.collected(notification),
                        n -> n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION),
                        null);
            }
        }
        return monitor;
    }

    private void collected(Notification notification) {
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** @return heap in use after a full collection now; the collection also counts towards the peak */
    long liveNow() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** @return the most heap in use after any collection so far */
    long peakAfterGc() {
        return peakAfterGc.get();
    }

    /** @return the sum of the heap pools' peak use so far */
    long peakUsed() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        return pools.stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** @return the maximum heap of this JVM */
    long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }
}
