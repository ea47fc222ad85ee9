package org.newsextractor.bench;

import java.util.List;

/**
 * What one child JVM measures: written by the bench command, read by {@link BenchChild}.
 *
 * @param config         the configuration to measure
 * @param devDir         the directory of articles
 * @param seedFile       the seed article
 * @param warmup         untimed passes over the directory's articles before measuring
 * @param repeat         timed runs per batch and thread count
 * @param threads        the thread counts to measure
 * @param seedCopies     how many copies of the seed article make its batch
 * @param growthFactors  lengths, in seed articles, of the long texts to time (empty: none)
 * @param growthRepeat   timed runs per long text
 * @param budgetSeconds  a batch stops repeating once its runs took this long (it always runs once)
 * @param seedBatch      whether to time the seed batch too (the processes side by side time the directory only)
 * @param waitForGo      whether to print {@link BenchChild#READY} after the warm-up and wait for a line on
 *                       standard input before timing, so that processes started together are timed together
 */
record ChildPlan(BenchConfig config, String devDir, String seedFile, int warmup, int repeat, List<Integer> threads,
                 int seedCopies, List<Integer> growthFactors, int growthRepeat, double budgetSeconds,
                 boolean seedBatch, boolean waitForGo) {
    ChildPlan {
        threads = List.copyOf(threads);
        growthFactors = List.copyOf(growthFactors);
    }

    /**
     * @return this plan for one of the one-thread processes side by side: the directory batch only, one thread,
     *     no growth curve, waiting for the go before timing
     */
    ChildPlan oneThreadProcess() {
        return new ChildPlan(config, devDir, seedFile, warmup, repeat, List.of(1), seedCopies, List.of(),
                growthRepeat, budgetSeconds, false, true);
    }
}
