package org.newsextractor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The machine's own limit for threads (issue 14). Three kinds of JVM of ours, started together and timed on the
 * directory batch in interleaved rounds, so that load from other jobs falls on each alike: one JVM with
 * {@code processes} threads sharing one pipeline, and {@code processes} one-thread JVMs with
 * {@code -XX:ActiveProcessorCount=1}, timed side by side and (the first of them) alone. A batch with all cores in
 * one JVM should reach at least 0.9 of the side-by-side processes' summed throughput.
 *
 * @param processes how many one-thread processes ran side by side (the largest thread count)
 * @param jvmFlags  the extra options of each one-thread JVM
 * @param oneJvm    the JVM with {@code processes} threads
 * @param singles   the one-thread processes, in the order started
 */
record ProcessScaling(int processes, List<String> jvmFlags, ConfigRun oneJvm, List<ConfigRun> singles) {
    /** The options that make a JVM see one core. */
    static final List<String> ONE_CORE = List.of("-XX:ActiveProcessorCount=1");
    /** Batch name of the runs of the JVM with all the threads. */
    static final String ONE_JVM = "one-jvm";
    /** Batch name of the runs of the one-thread processes side by side. */
    static final String TOGETHER = "together";
    /** Batch name of the runs of the first one-thread process alone. */
    static final String ALONE = "alone";

    ProcessScaling {
        jvmFlags = List.copyOf(jvmFlags);
        singles = List.copyOf(singles);
    }

    /** @return the children to start for {@code processes} side by side: the one JVM first, then the singles */
    static List<ChildLauncher.ChildSpec> children(ChildPlan plan, int processes) {
        List<ChildLauncher.ChildSpec> specs = new ArrayList<>();
        specs.add(new ChildLauncher.ChildSpec(plan.inRounds(processes),
                plan.config().label() + ", " + processes + " threads in one JVM", List.of()));
        for (int i = 1; i <= processes; i++) {
            specs.add(new ChildLauncher.ChildSpec(plan.inRounds(1),
                    plan.config().label() + ", one-thread process " + i + "/" + processes, ONE_CORE));
        }
        return specs;
    }

    /** @return a round: the singles side by side, the one JVM, the first single alone */
    static List<ChildLauncher.RoundStep> round(int processes) {
        List<Integer> singles = new ArrayList<>();
        for (int i = 1; i <= processes; i++) {
            singles.add(i);
        }
        return List.of(new ChildLauncher.RoundStep(TOGETHER, singles),
                new ChildLauncher.RoundStep(ONE_JVM, List.of(0)), new ChildLauncher.RoundStep(ALONE, List.of(1)));
    }

    /** @return the measurements of {@link #children} run in {@link #round}s, in that order */
    static ProcessScaling of(int processes, List<ConfigRun> runs) {
        return new ProcessScaling(processes, ONE_CORE, runs.get(0), runs.subList(1, runs.size()));
    }

    /** @return the one JVM's articles per second with all its threads, if it ran */
    Optional<Double> oneJvmArticlesPerSecond() {
        return timing(oneJvm, ONE_JVM).map(Timing::articlesPerSecond);
    }

    /** @return the first one-thread process's articles per second alone, if it ran */
    Optional<Double> aloneArticlesPerSecond() {
        return singles.isEmpty() ? Optional.empty() : timing(singles.get(0), ALONE).map(Timing::articlesPerSecond);
    }

    /** @return the summed articles per second of the processes side by side; empty when one of them failed */
    Optional<Double> togetherArticlesPerSecond() {
        double sum = 0;
        for (ConfigRun run : singles) {
            Optional<Timing> timing = timing(run, TOGETHER);
            if (timing.isEmpty()) {
                return Optional.empty();
            }
            sum += timing.get().articlesPerSecond();
        }
        return singles.isEmpty() ? Optional.empty() : Optional.of(sum);
    }

    /** @return a child's timing under a batch name, unless it failed */
    static Optional<Timing> timing(ConfigRun run, String batch) {
        return run.result().flatMap(r -> r.timings().stream().filter(t -> t.corpus().equals(batch)).findFirst());
    }
}
