package org.newsextractor.bench;

import java.util.List;
import java.util.Optional;

/**
 * The machine's own limit for threads (issue 14): ours with one thread in one-core JVMs
 * ({@code -XX:ActiveProcessorCount=1}) on the directory batch, first one process alone, then {@code processes}
 * of them started at the same time and timed together. A batch with all cores in one JVM should reach at least
 * 0.9 of the side-by-side processes' summed throughput.
 *
 * @param processes how many processes ran side by side (the largest thread count)
 * @param jvmFlags  the extra options of each of these JVMs
 * @param alone     the one process alone
 * @param together  the processes side by side, in the order started
 */
record ProcessScaling(int processes, List<String> jvmFlags, ConfigRun alone, List<ConfigRun> together) {
    /** The options that make a JVM see one core. */
    static final List<String> ONE_CORE = List.of("-XX:ActiveProcessorCount=1");

    ProcessScaling {
        jvmFlags = List.copyOf(jvmFlags);
        together = List.copyOf(together);
    }

    /** @return the directory batch's articles per second of the process alone, if it ran */
    Optional<Double> aloneArticlesPerSecond() {
        return devTiming(alone).map(Timing::articlesPerSecond);
    }

    /** @return the summed articles per second of the processes side by side; empty when one of them failed */
    Optional<Double> togetherArticlesPerSecond() {
        double sum = 0;
        for (ConfigRun run : together) {
            Optional<Timing> timing = devTiming(run);
            if (timing.isEmpty()) {
                return Optional.empty();
            }
            sum += timing.get().articlesPerSecond();
        }
        return together.isEmpty() ? Optional.empty() : Optional.of(sum);
    }

    /** @return the one-thread directory timing of a child, unless it failed */
    static Optional<Timing> devTiming(ConfigRun run) {
        return run.result().flatMap(r -> r.timing("dev", 1));
    }
}
