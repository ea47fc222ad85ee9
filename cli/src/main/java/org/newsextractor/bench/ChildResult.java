package org.newsextractor.bench;

import java.util.List;
import java.util.Optional;

/**
 * What one child JVM measured.
 *
 * @param config             the configuration
 * @param loadSeconds        building the pipeline (ours: {@code warmUp()})
 * @param firstResultUptime  JVM uptime when the first seed article was done, seconds (the parent's wall-clock
 *                           figure adds process start)
 * @param firstResultCpu     process CPU seconds used up to the first result
 * @param timings            warm timings per batch and thread count
 * @param growth             the long seed texts, for ours
 * @param heap               heap figures
 * @param collectors         the garbage collectors in use
 */
record ChildResult(BenchConfig config, double loadSeconds, double firstResultUptime, double firstResultCpu,
                   List<Timing> timings,
                   List<GrowthPoint> growth, HeapFigures heap, String collectors) {
    ChildResult {
        timings = List.copyOf(timings);
        growth = List.copyOf(growth);
    }

    /** @return the timing of a batch at a thread count, if measured */
    Optional<Timing> timing(String corpus, int threads) {
        return timings.stream().filter(t -> t.corpus().equals(corpus) && t.threads() == threads).findFirst();
    }
}
