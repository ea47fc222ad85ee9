package org.newsextractor.bench;

import java.util.List;

/**
 * Time to extract one text made of the seed article repeated {@code factor} times.
 *
 * @param factor how many copies of the seed article the text holds
 * @param chars  the text's length
 * @param runs      wall-clock seconds per run
 * @param cpuRuns   process CPU seconds per run
 * @param median    the median of {@code runs}
 * @param cpuMedian the median of {@code cpuRuns}
 */
record GrowthPoint(int factor, int chars, List<Double> runs, List<Double> cpuRuns, double median,
                   double cpuMedian) {
    GrowthPoint {
        runs = List.copyOf(runs);
        cpuRuns = List.copyOf(cpuRuns);
    }

    static GrowthPoint of(int factor, int chars, List<Double> runs, List<Double> cpuRuns) {
        return new GrowthPoint(factor, chars, runs, cpuRuns, Stats.median(runs), Stats.median(cpuRuns));
    }

    /** @return median seconds per copy of the seed article: flat when cost grows linearly */
    double secondsPerSeed() {
        return median / factor;
    }

    /** @return median CPU seconds per copy of the seed article */
    double cpuPerSeed() {
        return cpuMedian / factor;
    }
}
