package org.newsextractor.bench;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.newsextractor.internal.Json;

/**
 * The bench's child JVM: measures one configuration from a cold start, so that start-up is honest and no model
 * of another configuration sits in CoreNLP's JVM-wide annotator cache.
 *
 * <p>Usage: {@code BenchChild PLAN.json RESULT.json}. It prints {@link #FIRST_RESULT} on standard output the
 * moment the first seed article is done, so the parent can time the whole process to that point; progress goes
 * to standard error.
 */
public final class BenchChild {
    /** The line printed when the first result is ready. */
    static final String FIRST_RESULT = "bench:first-result";
    /** In rounds: the line printed once warm and ready to be timed. */
    static final String READY = "bench:ready";
    /** In rounds: the line printed when a timed run is done. */
    static final String DONE = "bench:done";

    private final ChildPlan plan;
    private final Processor processor;

    private BenchChild(ChildPlan plan) {
        this.plan = plan;
        this.processor = plan.config().newProcessor();
    }

    /**
     * @param args the plan file and the result file
     * @throws Exception when the measurement fails; the exit code is then non-zero
     */
    public static void main(String[] args) throws Exception {
        RedwoodConfiguration.current().clear().apply();
        ChildPlan plan = Json.mapper().readValue(Path.of(args[0]).toFile(), ChildPlan.class);
        ChildResult result = new BenchChild(plan).measure();
        Json.writeAtomically(result, Path.of(args[1]));
        // CoreNLP may leave worker threads behind; the result is written, so end the JVM.
        System.exit(0);
    }

    private ChildResult measure() throws InterruptedException, ExecutionException, IOException {
        HeapMonitor heap = HeapMonitor.start();
        String seed = Corpora.read(Path.of(plan.seedFile()));
        List<String> dev = Corpora.articles(Path.of(plan.devDir()));
        List<String> seedBatch = Corpora.copies(seed, plan.seedCopies());

        Clock loading = Clock.start();
        processor.load();
        double load = loading.wall();
        processor.process(seed);
        double firstResult = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        double firstResultCpu = Clock.cpuSinceStart();
        System.out.println(FIRST_RESULT);
        System.out.flush();
        long liveAfterLoad = heap.liveNow();
        progress("loaded in %.1f s, first result at %.1f s uptime", load, firstResult);

        warmUp(dev);
        List<Timing> timings = new ArrayList<>();
        if (plan.rounds()) {
            timings.addAll(rounds(dev));
        } else {
            for (int threads : plan.threads()) {
                timings.add(time("dev", dev, threads));
                timings.add(time("seed", seedBatch, threads));
            }
        }
        List<GrowthPoint> growth = new ArrayList<>();
        for (int factor : plan.growthFactors()) {
            String text = Corpora.concatenated(seed, factor);
            List<Double> runs = new ArrayList<>();
            List<Double> cpuRuns = new ArrayList<>();
            for (int i = 0; i < plan.growthRepeat() && withinBudget(runs); i++) {
                Sample sample = run(List.of(text), 1);
                runs.add(sample.wall());
                cpuRuns.add(sample.cpu());
            }
            growth.add(GrowthPoint.of(factor, text.length(), runs, cpuRuns));
            progress("%dx seed: %.2f s", factor, Stats.median(runs));
        }
        long peakUsed = heap.peakUsed();
        long liveAfterRuns = heap.liveNow();
        HeapFigures figures = new HeapFigures(liveAfterLoad, liveAfterRuns, heap.peakAfterGc(), peakUsed,
                heap.maxHeap());
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return new ChildResult(plan.config(), load, firstResult, firstResultCpu, timings, growth, figures, collectors);
    }

    /**
     * Tells the parent this process is warm, then times the directory batch once for each line on standard input,
     * under that line as the batch name, until the input ends.
     *
     * @return a timing per batch name, in the order first asked for
     */
    private List<Timing> rounds(List<String> dev) throws IOException, InterruptedException, ExecutionException {
        int threads = plan.threads().get(0);
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        System.out.println(READY);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String name = in.readLine(); name != null && !name.isBlank(); name = in.readLine()) {
            samples.computeIfAbsent(name.strip(), k -> new ArrayList<>()).add(run(dev, threads));
            System.out.println(DONE);
            System.out.flush();
        }
        List<Timing> timings = new ArrayList<>();
        samples.forEach((name, list) -> timings.add(Timing.of(name, threads, dev.size(),
                list.stream().map(Sample::wall).toList(), list.stream().map(Sample::cpu).toList())));
        return timings;
    }

    /** Untimed passes over the articles (which hold the seed), for the JIT; within the budget on a slow machine. */
    private void warmUp(List<String> dev) {
        Clock clock = Clock.start();
        for (int i = 0; i < plan.warmup(); i++) {
            for (String text : dev) {
                if (clock.wall() >= plan.budgetSeconds()) {
                    return;
                }
                processor.process(text);
            }
        }
    }

    private Timing time(String corpus, List<String> texts, int threads)
            throws InterruptedException, ExecutionException {
        List<Double> runs = new ArrayList<>();
        List<Double> cpuRuns = new ArrayList<>();
        for (int i = 0; i < plan.repeat() && withinBudget(runs); i++) {
            Sample sample = run(texts, threads);
            runs.add(sample.wall());
            cpuRuns.add(sample.cpu());
        }
        Timing timing = Timing.of(corpus, threads, texts.size(), runs, cpuRuns);
        progress("%s, %d thread(s): %.2f s per run (median of %d)", corpus, threads, timing.median(), runs.size());
        return timing;
    }

    /** @return whether the runs so far leave time for another, so a loaded machine cannot stretch the bench */
    private boolean withinBudget(List<Double> runs) {
        return runs.stream().mapToDouble(Double::doubleValue).sum() < plan.budgetSeconds();
    }

    /** One timed run: wall-clock and process CPU seconds. */
    private record Sample(double wall, double cpu) {
    }

    /** @return the time to process all texts with the given number of threads sharing the processor */
    private Sample run(List<String> texts, int threads) throws InterruptedException, ExecutionException {
        if (threads == 1) {
            Clock clock = Clock.start();
            texts.forEach(processor::process);
            return new Sample(clock.wall(), clock.cpu());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Clock clock = Clock.start();
            List<Future<?>> futures = new ArrayList<>();
            for (String text : texts) {
                futures.add(pool.submit(() -> processor.process(text)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return new Sample(clock.wall(), clock.cpu());
        } finally {
            pool.shutdownNow();
        }
    }

    private void progress(String format, Object... args) {
        System.err.printf("  [%s] %s%n", plan.config().label(), String.format(format, args));
    }
}
