package org.newsextractor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Works out the headline ratios, ours against plain CoreNLP, from the configurations' measurements. */
final class Headline {
    private static final BenchConfig OURS = BenchConfig.OURS;
    private static final BenchConfig ROW1 = BenchConfig.ROW1;
    private static final BenchConfig ROW3 = BenchConfig.ROW3;

    /** Issue 14: ours per article within 1.5 times row 1. */
    static final double OURS_OVER_ROW1 = 1.5;
    /** Issue 14: all cores in one JVM reach at least 0.9 of as many one-thread processes side by side. */
    static final double THREADS_OVER_PROCESSES = 0.9;

    private final List<ConfigRun> runs;
    private final Optional<ProcessScaling> processes;

    private Headline(List<ConfigRun> runs, Optional<ProcessScaling> processes) {
        this.runs = runs;
        this.processes = processes;
    }

    /** @return the headline ratios; those needing a configuration that was not measured have no value */
    static List<Ratio> of(List<ConfigRun> runs) {
        return of(runs, Optional.empty());
    }

    /**
     * @param processes ours in one-thread processes side by side, when measured
     * @return the headline ratios; those needing something that was not measured have no value
     */
    static List<Ratio> of(List<ConfigRun> runs, Optional<ProcessScaling> processes) {
        return new Headline(runs, processes).ratios();
    }

    private List<Ratio> ratios() {
        List<Ratio> ratios = new ArrayList<>(List.of(
                Ratio.atMost("time per article, dev: ours / row1", perArticle(OURS, ROW1, "dev", false),
                        perArticle(OURS, ROW1, "dev", true), OURS_OVER_ROW1),
                Ratio.atMost("time per article, seed: ours / row1", perArticle(OURS, ROW1, "seed", false),
                        perArticle(OURS, ROW1, "seed", true), OURS_OVER_ROW1),
                Ratio.atLeast("time per article, dev: row3 / ours", perArticle(ROW3, OURS, "dev", false),
                        perArticle(ROW3, OURS, "dev", true), 4),
                Ratio.atLeast("time per article, seed: row3 / ours", perArticle(ROW3, OURS, "seed", false),
                        perArticle(ROW3, OURS, "seed", true), 8),
                Ratio.atMost("cold start to first result: ours / row3",
                        divide(coldFirstResult(OURS), coldFirstResult(ROW3)),
                        divide(value(OURS, ChildResult::firstResultCpu), value(ROW3, ChildResult::firstResultCpu)),
                        0.25),
                Ratio.info("dev articles/s, ours: most threads / 1 thread", scaling(), Optional.empty(),
                        "2 cores: up to 2")));
        processes.ifPresent(p -> ratios.addAll(processRatios(p)));
        ratios.addAll(List.of(
                Ratio.info("peak heap after GC: ours / row1", heapRatio(ROW1), Optional.empty(), "lower is better"),
                Ratio.info("peak heap after GC: ours / row3", heapRatio(ROW3), Optional.empty(), "lower is better"),
                Ratio.info("time per seed length, ours: longest / 1x", growth(GrowthPoint::secondsPerSeed),
                        growth(GrowthPoint::cpuPerSeed), "linear: about 1")));
        return List.copyOf(ratios);
    }

    /**
     * @return the threads figures of issue 14, from the interleaved rounds: all cores in one JVM against as many
     *     one-thread processes side by side (the target), those processes against one alone (the machine's own
     *     scaling), and all cores in one JVM against the one-core process alone
     */
    private List<Ratio> processRatios(ProcessScaling p) {
        int n = p.processes();
        Optional<Double> oneJvm = p.oneJvmArticlesPerSecond();
        return List.of(
                Ratio.atLeast("ours, " + n + " threads in one JVM / " + n + " one-thread processes side by side",
                        divide(oneJvm, p.togetherArticlesPerSecond()), Optional.empty(), THREADS_OVER_PROCESSES),
                Ratio.info(n + " one-thread processes side by side / one alone",
                        divide(p.togetherArticlesPerSecond(), p.aloneArticlesPerSecond()), Optional.empty(),
                        "the machine's own scaling"),
                Ratio.info("dev articles/s, ours: " + n + " threads / 1 thread, 1-core JVM",
                        divide(oneJvm, p.aloneArticlesPerSecond()), Optional.empty(), "-XX:ActiveProcessorCount=1"));
    }

    private Optional<ChildResult> result(BenchConfig config) {
        return runs.stream().filter(r -> r.config() == config).findFirst().flatMap(ConfigRun::result);
    }

    private Optional<Double> value(BenchConfig config, Function<ChildResult, Double> figure) {
        return result(config).map(figure);
    }

    /** @return single-threaded time per article of a over that of b */
    private Optional<Double> perArticle(BenchConfig a, BenchConfig b, String corpus, boolean cpu) {
        Function<Timing, Double> figure = cpu ? Timing::cpuPerArticle : Timing::secondsPerArticle;
        return divide(result(a).flatMap(r -> r.timing(corpus, 1)).map(figure),
                result(b).flatMap(r -> r.timing(corpus, 1)).map(figure));
    }

    private Optional<Double> coldFirstResult(BenchConfig config) {
        return runs.stream().filter(r -> r.config() == config && r.coldFirstResult() >= 0).findFirst()
                .map(ConfigRun::coldFirstResult);
    }

    private Optional<Double> heapRatio(BenchConfig other) {
        Function<ChildResult, Double> peak = r -> (double) r.heap().peakAfterGc();
        return divide(value(OURS, peak), value(other, peak));
    }

    private Optional<Double> scaling() {
        return result(OURS).flatMap(r -> {
            Optional<Timing> most = r.timings().stream().filter(t -> t.corpus().equals("dev") && t.threads() > 1)
                    .max((a, b) -> Integer.compare(a.threads(), b.threads()));
            return divide(most.map(Timing::articlesPerSecond), r.timing("dev", 1).map(Timing::articlesPerSecond));
        });
    }

    private Optional<Double> growth(Function<GrowthPoint, Double> perSeed) {
        return result(OURS).filter(r -> r.growth().size() >= 2).flatMap(r -> divide(
                Optional.of(perSeed.apply(r.growth().get(r.growth().size() - 1))),
                Optional.of(perSeed.apply(r.growth().get(0)))));
    }

    private static Optional<Double> divide(Optional<Double> a, Optional<Double> b) {
        return a.flatMap(x -> b.filter(y -> y > 0).map(y -> x / y));
    }
}
