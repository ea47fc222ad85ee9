package org.newsextractor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes a {@link BenchReport} as the tables the {@code bench} command prints. */
final class ReportText {
    private ReportText() {
    }

    /** @return the report: the headline ratios first, then start-up and memory, throughput and growth */
    static String render(BenchReport report) {
        StringBuilder text = new StringBuilder();
        Machine m = report.machine();
        text.append("news-extractor bench, ").append(report.date()).append('\n')
                .append(m.os()).append(", ").append(m.cores()).append(" cores (").append(m.cpu()).append("), ")
                .append(m.java()).append(", child JVMs -Xmx").append(report.childHeap())
                .append(", load average ").append(Format.fixed(m.loadBefore(), 1)).append(" -> ")
                .append(Format.fixed(m.loadAfter(), 1)).append('\n')
                .append("dev: ").append(report.dev().articles()).append(" articles, ")
                .append(Format.whole(report.dev().tokens())).append(" tokens (").append(report.dev().source())
                .append("); seed: ").append(report.seed().source()).append(", ")
                .append(Format.whole(report.seedTokens())).append(" tokens, batch of ")
                .append(report.seed().articles()).append(" copies\n\n");
        text.append("Headline: ours against plain CoreNLP 4.5.10 (warm medians, 1 thread; start-up from\n"
                + "cold JVMs; cpu: the same ratio of process CPU times, steadier when other jobs share the machine)\n");
        text.append(headline(report.headline())).append('\n');
        text.append("Start-up and memory (one cold JVM per configuration)\n").append(startup(report.runs()))
                .append('\n');
        text.append("Warm throughput (median of the runs; threads share one pipeline)\n")
                .append(throughput(report)).append('\n');
        report.processes().ifPresent(p -> text.append("Threads against processes (ours, dev batch; started together,"
                + " timed in interleaved rounds; one-thread JVMs ").append(String.join(" ", p.jvmFlags()))
                .append(")\n").append(processes(p)).append('\n'));
        String growth = growth(report);
        if (!growth.isEmpty()) {
            text.append("Growth with length (ours; the seed article concatenated, one text per run)\n")
                    .append(growth).append('\n');
        }
        report.processes().ifPresent(p -> {
            p.oneJvm().failure().ifPresent(why -> text.append("ours, threads in one JVM FAILED: ").append(why)
                    .append('\n'));
            p.singles().forEach(run -> run.failure().ifPresent(why -> text
                    .append("ours, one-thread process FAILED: ").append(why).append('\n')));
        });
        for (ConfigRun run : report.runs()) {
            run.failure().ifPresent(why -> text.append(run.config().label()).append(" FAILED: ").append(why)
                    .append('\n'));
        }
        text.append("Configurations:\n");
        for (ConfigRun run : report.runs()) {
            text.append("  ").append(run.config().label()).append(": ").append(run.config().description())
                    .append('\n');
        }
        return text.toString();
    }

    static String headline(List<Ratio> ratios) {
        TextTable table = new TextTable("ratio", "wall", "cpu", "target", "").alignLeft(3);
        for (Ratio ratio : ratios) {
            table.row(ratio.label(), ratio.value().map(v -> Format.fixed(v, 2)).orElse("-"),
                    ratio.cpuValue().map(v -> Format.fixed(v, 2)).orElse("-"), ratio.target(),
                    ratio.met().map(met -> met ? "met" : "NOT MET").orElse(""));
        }
        return table.render();
    }

    static String startup(List<ConfigRun> runs) {
        TextTable table = new TextTable("config", "model load s", "first result s", "first result cpu s",
                "live heap after load",
                "peak heap after GC", "peak heap used", "collector");
        for (ConfigRun run : runs) {
            String first = run.coldFirstResult() < 0 ? "-" : Format.fixed(run.coldFirstResult(), 1);
            Optional<ChildResult> result = run.result();
            table.row(run.config().label(),
                    result.map(r -> Format.fixed(r.loadSeconds(), 1)).orElse("-"), first,
                    result.map(r -> Format.fixed(r.firstResultCpu(), 1)).orElse("-"),
                    result.map(r -> Format.gigabytes(r.heap().liveAfterLoad())).orElse("-"),
                    result.map(r -> Format.gigabytes(r.heap().peakAfterGc())).orElse("-"),
                    result.map(r -> Format.gigabytes(r.heap().peakUsed())).orElse("-"),
                    result.map(ChildResult::collectors).orElse("-"));
        }
        return table.render();
    }

    static String throughput(BenchReport report) {
        TextTable table = new TextTable("config", "batch", "threads", "s/article", "cpu s/article", "articles/s",
                "tokens/s", "runs", "run s min-max");
        for (ConfigRun run : report.runs()) {
            for (Timing t : run.result().map(ChildResult::timings).orElse(List.of())) {
                table.row(run.config().label(), t.corpus(), Integer.toString(t.threads()),
                        Format.fixed(t.secondsPerArticle(), 3), Format.fixed(t.cpuPerArticle(), 3),
                        Format.fixed(t.articlesPerSecond(), 2),
                        Format.whole(report.tokens(t.corpus()) / t.median()), Integer.toString(t.runs().size()),
                        Format.fixed(t.min(), 2) + "-" + Format.fixed(t.max(), 2));
            }
        }
        return table.render();
    }

    static String processes(ProcessScaling p) {
        TextTable table = new TextTable("JVM", "runs as", "s/article", "cpu s/article", "articles/s", "runs",
                "run s min-max", "peak heap after GC", "collector").alignLeft(0).alignLeft(1).alignLeft(8);
        processRow(table, p.processes() + " threads in one JVM", p.oneJvm(), ProcessScaling.ONE_JVM);
        for (int i = 0; i < p.singles().size(); i++) {
            String name = "one thread " + (i + 1) + "/" + p.processes();
            processRow(table, name, p.singles().get(i), ProcessScaling.TOGETHER);
            if (i == 0) {
                processRow(table, name, p.singles().get(i), ProcessScaling.ALONE);
            }
        }
        table.row("one-thread JVMs", "side by side, sum", "-", "-",
                p.togetherArticlesPerSecond().map(v -> Format.fixed(v, 2)).orElse("-"), "", "", "", "");
        return table.render();
    }

    private static void processRow(TextTable table, String name, ConfigRun run, String batch) {
        Optional<Timing> t = ProcessScaling.timing(run, batch);
        String runsAs = batch.equals(ProcessScaling.TOGETHER) ? "side by side" : "alone";
        table.row(name, runsAs, t.map(x -> Format.fixed(x.secondsPerArticle(), 3)).orElse("-"),
                t.map(x -> Format.fixed(x.cpuPerArticle(), 3)).orElse("-"),
                t.map(x -> Format.fixed(x.articlesPerSecond(), 2)).orElse("-"),
                t.map(x -> Integer.toString(x.runs().size())).orElse("-"),
                t.map(x -> Format.fixed(x.min(), 2) + "-" + Format.fixed(x.max(), 2)).orElse("-"),
                run.result().map(r -> Format.gigabytes(r.heap().peakAfterGc())).orElse("-"),
                run.result().map(ChildResult::collectors).orElse(run.failure().orElse("-")));
    }

    static String growth(BenchReport report) {
        List<GrowthPoint> points = report.runs().stream().filter(r -> r.config() == BenchConfig.OURS)
                .flatMap(r -> r.result().stream()).flatMap(r -> r.growth().stream()).toList();
        if (points.isEmpty()) {
            return "";
        }
        double base = points.get(0).secondsPerSeed();
        double cpuBase = points.get(0).cpuPerSeed();
        TextTable table = new TextTable("length", "chars", "tokens", "s/text", "s per seed length", "vs first",
                "cpu s per seed length", "cpu vs first", "runs");
        for (GrowthPoint p : points) {
            table.row(p.factor() + "x seed", Format.whole(p.chars()), Format.whole((double) p.factor()
                            * report.seedTokens()), Format.fixed(p.median(), 2), Format.fixed(p.secondsPerSeed(), 3),
                    Format.fixed(p.secondsPerSeed() / base, 2), Format.fixed(p.cpuPerSeed(), 3),
                    Format.fixed(p.cpuPerSeed() / cpuBase, 2), Integer.toString(p.runs().size()));
        }
        return table.render();
    }
}
