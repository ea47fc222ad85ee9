package org.newsextractor.bench;

import java.util.List;

/**
 * Repeated timings of one batch of articles: wall clock, and the CPU time of the whole process (all threads,
 * garbage collector and compiler included), which other jobs on a shared machine disturb much less.
 *
 * @param corpus    which batch: {@code dev} or {@code seed}
 * @param threads   how many threads shared the one extractor
 * @param articles  how many articles one run processes
 * @param runs      wall-clock seconds per run, in the order measured
 * @param cpuRuns   process CPU seconds per run, in the same order
 * @param median    the median of {@code runs}
 * @param min       the fastest run
 * @param max       the slowest run
 * @param cpuMedian the median of {@code cpuRuns}
 */
record Timing(String corpus, int threads, int articles, List<Double> runs, List<Double> cpuRuns, double median,
              double min, double max, double cpuMedian) {
    Timing {
        runs = List.copyOf(runs);
        cpuRuns = List.copyOf(cpuRuns);
    }

    /** @return the timing of these runs, with their medians, min and max */
    static Timing of(String corpus, int threads, int articles, List<Double> runs, List<Double> cpuRuns) {
        return new Timing(corpus, threads, articles, runs, cpuRuns, Stats.median(runs), Stats.min(runs),
                Stats.max(runs), Stats.median(cpuRuns));
    }

    /** @return median wall-clock seconds per article */
    double secondsPerArticle() {
        return median / articles;
    }

    /** @return median CPU seconds per article */
    double cpuPerArticle() {
        return cpuMedian / articles;
    }

    /** @return articles per second at the median */
    double articlesPerSecond() {
        return articles / median;
    }
}
