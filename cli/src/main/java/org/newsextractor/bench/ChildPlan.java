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
 * @param rounds         whether the parent directs the timing: after the warm-up the child prints
 *                       {@link BenchChild#READY}, then for each line on standard input times the directory batch
 *                       once, with the first thread count, under that line as its batch name, and prints
 *                       {@link BenchChild#DONE}; it stops at the end of the input. No seed batch, no growth.
 */
record ChildPlan(BenchConfig config, String devDir, String seedFile, int warmup, int repeat, List<Integer> threads,
                 int seedCopies, List<Integer> growthFactors, int growthRepeat, double budgetSeconds,
                 boolean rounds) {
    ChildPlan {
        threads = List.copyOf(threads);
        growthFactors = List.copyOf(growthFactors);
    }

    /** @return this plan timed in rounds the parent directs, with the given number of threads */
    ChildPlan inRounds(int threadCount) {
        return new ChildPlan(config, devDir, seedFile, warmup, repeat, List.of(threadCount), seedCopies, List.of(),
                growthRepeat, budgetSeconds, true);
    }
}
