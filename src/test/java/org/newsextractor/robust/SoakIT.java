package org.newsextractor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.SharedExtractor;

/**
 * Two threads extract the dev articles and damaged variants of them over and over for a bounded time
 * ({@code -Dsoak.seconds=N}, default 30), and every result must equal the one a sequential run gave; the heap in
 * use after a full GC must not grow. Tagged long-running: CI runs it ({@code mvn verify -Plong-running}, as
 * {@code .ci/run} does); a plain {@code mvn verify} leaves it out. Run it alone for longer with
 * {@code mvn verify -Plong-running -Dit.test=SoakIT -Dsoak.seconds=600}.
 */
@Tag("long-running")
class SoakIT {
    private static final long SECONDS = Long.getLong("soak.seconds", 30);
    /** Retained heap may wobble by a few megabytes (JIT, class data); a leak per article would pass this fast. */
    private static final long MAX_GROWTH_BYTES = 48L << 20;

    @Test
    void twoThreadsGiveTheSequentialResultsWithoutRetainingHeap() throws Exception {
        Map<String, String> texts = texts();
        assumeFalse(texts.isEmpty(), "dev articles not found");
        NewsExtractor extractor = SharedExtractor.get();
        Map<String, Extraction> expected = new LinkedHashMap<>();
        texts.forEach((name, text) -> expected.put(name, extractor.extract(text)));
        long before = usedHeapAfterGc();

        List<String> names = new ArrayList<>(texts.keySet());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<String> differences = new java.util.concurrent.CopyOnWriteArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        String name = names.get(Math.floorMod(next.getAndIncrement(), names.size()));
                        Extraction x = extractor.extract(texts.get(name));
                        if (!x.equals(expected.get(name))) {
                            differences.add(name);
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long after = usedHeapAfterGc();
        System.out.printf("soak: %d extractions of %d texts by 2 threads in %d s; heap after GC %d MB -> %d MB;"
                        + " %d differences%n", done.get(), texts.size(), SECONDS, before >> 20, after >> 20,
                differences.size());
        assertTrue(done.get() >= texts.size(), "every text ran at least once: " + done.get());
        assertEquals(List.of(), differences, "concurrent results equal the sequential ones");
        assertTrue(after - before < MAX_GROWTH_BYTES,
                "retained heap grew by " + ((after - before) >> 20) + " MB");
    }

    /** The dev articles, and for each of a few a variant wrapped in markup with damaged characters. */
    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>(DevArticles.texts());
        List<String> originals = new ArrayList<>(texts.values());
        for (int i = 0; i < Math.min(3, originals.size()); i++) {
            String html = "<html><body><p>" + originals.get(i).replace("\n\n", "</p>\n\n<p>") + "</p></body></html>";
            texts.put("variant-" + i, html.replace("\n", "\r\n").replace(" the ", " the\u0000 "));
        }
        return texts;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
