package org.newsextractor.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsextractor.internal.Json;

/**
 * The {@code bench} command: measures our extractor against plain CoreNLP (rows 1 and 3 of issue 6) in one run,
 * each configuration in its own cold child JVM, and prints the ratios first.
 *
 * <p>Each child loads its configuration, times the first seed article (time to first result, from process
 * start), does {@code --warmup} untimed passes over the directory, then times {@code --repeat} runs of the directory's articles and
 * of {@code --seed-copies} copies of the seed article, with every thread count of {@code --threads} sharing one
 * pipeline; ours also times the seed article concatenated {@code --growth} times. Tokens are counted once, with
 * CoreNLP's default tokenizer, so tokens per second compare across configurations.
 */
public final class BenchCommand {
    /** How to call the command. */
    public static final String USAGE = """
            usage: bench [--dev DIR] [--seed FILE] [--repeat N] [--slow-repeat N] [--threads 1,2] [--json FILE]
                         [--configs ours,row1,row3] [--heap 3g] [--warmup N] [--seed-copies N]
                         [--growth 1,4,16|none] [--growth-repeat N] [--budget S] [--side-by-side yes|no]
              --dev DIR          articles (*.txt) to time (default ../shared/eval/dev)
              --seed FILE        the long article to repeat (default: the longest article in DIR)
              --repeat N         timed runs per batch for ours and row1 (default 5); --slow-repeat for row3 (3)
              --threads LIST     thread counts sharing one pipeline (default 1,2)
              --configs LIST     what to measure, each in its own cold JVM (default ours,row1,row3)
              --heap SIZE        -Xmx of each child JVM (default 3g)
              --warmup N         untimed passes over DIR before timing (default 1; stops at the budget)
              --seed-copies N    copies of the seed article in its batch (default 2)
              --growth LIST      lengths, in seed articles, for the growth curve of ours (default 1,4,16)
              --growth-repeat N  timed runs per length (default 3)
              --budget S         a batch stops repeating once its runs took S seconds, and the warm-up
                                 stops after S seconds (default 30; at least one run), so that a loaded
                                 machine cannot stretch the bench without end
              --side-by-side Y   after ours, time the directory batch with the largest thread count in one
                                 JVM against as many one-thread JVMs (-XX:ActiveProcessorCount=1) side by
                                 side and one alone, in interleaved rounds (default yes)
              --json FILE        also write the whole report as JSON
            """;

    private BenchCommand() {
    }

    /**
     * Runs the bench.
     *
     * @param args the arguments after {@code bench}
     * @param out  where the report goes
     * @param err  where progress goes
     * @return 0 when every configuration was measured, 1 when one failed, 2 for bad arguments
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (!Files.isDirectory(options.devDir())) {
            err.println("not a directory: " + options.devDir());
            return 2;
        }
        BenchReport report = measure(options, err);
        out.print(ReportText.render(report));
        if (options.json().isPresent()) {
            try {
                Json.writeAtomically(report, options.json().get());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + options.json().get(), e);
            }
        }
        boolean processesRan = report.processes().map(p -> p.oneJvm().result().isPresent()
                && p.singles().stream().allMatch(r -> r.result().isPresent())).orElse(true);
        return processesRan && report.runs().stream().allMatch(r -> r.result().isPresent()) ? 0 : 1;
    }

    private static BenchReport measure(BenchOptions options, PrintStream err) {
        Machine machine = Machine.now();
        String date = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Path seed = options.seed().orElseGet(() -> Corpora.longestArticle(options.devDir()));
        String seedText = Corpora.read(seed);
        List<String> dev = Corpora.articles(options.devDir());
        TokenCounter tokens = new TokenCounter();
        int seedTokens = tokens.count(seedText);
        CorpusInfo devInfo = new CorpusInfo("dev", options.devDir().toString(), dev.size(), tokens.count(dev));
        CorpusInfo seedInfo = new CorpusInfo("seed", seed.getFileName().toString(), options.seedCopies(),
                seedTokens * options.seedCopies());
        err.printf("dev: %d articles, %d tokens; seed: %s, %d tokens%n", dev.size(), devInfo.tokens(),
                seed.getFileName(), seedTokens);

        ChildLauncher launcher = new ChildLauncher(options.heap(), err);
        List<ConfigRun> runs = new ArrayList<>();
        Optional<ProcessScaling> processes = Optional.empty();
        for (BenchConfig config : options.configs()) {
            ChildPlan plan = new ChildPlan(config, options.devDir().toAbsolutePath().toString(),
                    seed.toAbsolutePath().toString(), options.warmup(), options.repeatFor(config), options.threads(),
                    options.seedCopies(), config == BenchConfig.OURS ? options.growth() : List.of(),
                    options.growthRepeat(), options.budget(), false);
            ConfigRun run = launcher.launch(plan);
            err.printf("%s: done in %.0f s%n", config.label(), run.processSeconds());
            runs.add(run);
            if (config == BenchConfig.OURS && options.processesSideBySide() > 1) {
                processes = Optional.of(sideBySide(launcher, plan, options.processesSideBySide(), err));
            }
        }
        return new BenchReport(date, machine.ended(), options.heap(), devInfo, seedInfo, seedTokens,
                Headline.of(runs, processes), runs, processes);
    }

    /**
     * Ours with {@code count} threads in one JVM against {@code count} one-thread, one-core JVMs side by side and
     * one alone, in interleaved rounds ({@code --repeat} rounds at most, none begun after three budgets).
     */
    private static ProcessScaling sideBySide(ChildLauncher launcher, ChildPlan plan, int count, PrintStream err) {
        Clock clock = Clock.start();
        List<ConfigRun> runs = launcher.launchInRounds(ProcessScaling.children(plan, count),
                ProcessScaling.round(count), plan.repeat(), 3 * plan.budgetSeconds());
        err.printf("ours, threads against processes: done in %.0f s%n", clock.wall());
        return ProcessScaling.of(count, runs);
    }
}
