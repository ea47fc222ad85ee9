package org.newsextractor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The threads figures of issue 14: one JVM with all cores against one-thread processes side by side. */
class ProcessScalingTest {
    private static final String TARGET = "ours, 2 threads in one JVM / 2 one-thread processes side by side";
    private static final String MACHINE = "2 one-thread processes side by side / one alone";
    private static final String ONE_CORE = "dev articles/s, ours: 2 threads / 1 thread, 1-core JVM";

    /** A child timed in rounds: 10 dev articles in the given seconds under each batch name. */
    private static ConfigRun child(int threads, Map<String, Double> seconds) {
        List<Timing> timings = seconds.entrySet().stream().map(e -> Timing.of(e.getKey(), threads, 10,
                List.of(e.getValue()), List.of(e.getValue()))).toList();
        ChildResult result = new ChildResult(BenchConfig.OURS, 1, 2, 2, timings, List.of(),
                new HeapFigures(1, 1, 1, 1, 1), "Copy, MarkSweepCompact");
        return new ConfigRun(BenchConfig.OURS, -1, 100, Optional.of(result), Optional.empty());
    }

    /** One JVM, then two one-thread processes: the first also timed alone. */
    private static ProcessScaling scaling(double oneJvm, double alone, double together1, double together2) {
        return ProcessScaling.of(2, List.of(child(2, Map.of(ProcessScaling.ONE_JVM, oneJvm)),
                child(1, Map.of(ProcessScaling.TOGETHER, together1, ProcessScaling.ALONE, alone)),
                child(1, Map.of(ProcessScaling.TOGETHER, together2))));
    }

    private static ConfigRun failed() {
        return new ConfigRun(BenchConfig.OURS, -1, 3, Optional.empty(), Optional.of("exit 1"));
    }

    private static Map<String, Ratio> ratios(ProcessScaling processes) {
        return Headline.of(HeadlineTest.runs(), Optional.of(processes)).stream()
                .collect(Collectors.toMap(Ratio::label, Function.identity()));
    }

    @Test
    void theProcessesSideBySideAddUpTheirThroughput() {
        ProcessScaling p = scaling(2, 4, 2.5, 5);
        assertEquals(5.0, p.oneJvmArticlesPerSecond().orElseThrow(), 1e-9);
        assertEquals(2.5, p.aloneArticlesPerSecond().orElseThrow(), 1e-9);
        assertEquals(6.0, p.togetherArticlesPerSecond().orElseThrow(), 1e-9);
    }

    @Test
    void theChildrenAreOneJvmThenTheOneCoreProcesses() {
        ChildPlan plan = new ChildPlan(BenchConfig.OURS, "dev", "seed.txt", 1, 5, List.of(1, 2), 2, List.of(1, 4),
                3, 30, false);
        List<ChildLauncher.ChildSpec> children = ProcessScaling.children(plan, 2);
        assertEquals(3, children.size());
        assertEquals(List.of(2), children.get(0).plan().threads());
        assertTrue(children.get(0).jvmFlags().isEmpty());
        assertTrue(children.get(0).plan().rounds());
        assertEquals(List.of(1), children.get(2).plan().threads());
        assertEquals(List.of(), children.get(2).plan().growthFactors());
        assertEquals(ProcessScaling.ONE_CORE, children.get(2).jvmFlags());
        List<ChildLauncher.RoundStep> round = ProcessScaling.round(2);
        assertEquals(new ChildLauncher.RoundStep(ProcessScaling.TOGETHER, List.of(1, 2)), round.get(0));
        assertEquals(new ChildLauncher.RoundStep(ProcessScaling.ONE_JVM, List.of(0)), round.get(1));
        assertEquals(new ChildLauncher.RoundStep(ProcessScaling.ALONE, List.of(1)), round.get(2));
    }

    @Test
    void oneJvmIsJudgedAgainstTheProcessesSideBySide() {
        Map<String, Ratio> ratios = ratios(scaling(1.5, 4, 3, 3));
        // one JVM 6.67 articles/s; side by side 3.33 + 3.33; alone 2.5
        assertEquals(1.0, ratios.get(TARGET).value().orElseThrow(), 1e-9);
        assertTrue(ratios.get(TARGET).met().orElseThrow());
        assertEquals(">= 0.90", ratios.get(TARGET).target());
        assertEquals(6.6667 / 2.5, ratios.get(MACHINE).value().orElseThrow(), 1e-3);
        assertEquals(6.6667 / 2.5, ratios.get(ONE_CORE).value().orElseThrow(), 1e-3);
        assertTrue(ratios.get(MACHINE).met().isEmpty());
    }

    @Test
    void threadsThatWaitOnEachOtherMissTheTarget() {
        Map<String, Ratio> ratios = ratios(scaling(1.5, 2, 2, 2));
        assertEquals(6.6667 / 10, ratios.get(TARGET).value().orElseThrow(), 1e-3);
        assertFalse(ratios.get(TARGET).met().orElseThrow());
    }

    @Test
    void aFailedProcessLeavesTheRatiosEmpty() {
        ProcessScaling p = ProcessScaling.of(2, List.of(child(2, Map.of(ProcessScaling.ONE_JVM, 1.5)), failed(),
                child(1, Map.of(ProcessScaling.TOGETHER, 3.0))));
        Map<String, Ratio> ratios = ratios(p);
        assertTrue(ratios.get(TARGET).value().isEmpty());
        assertTrue(ratios.get(MACHINE).value().isEmpty());
        assertTrue(ratios.get(ONE_CORE).value().isEmpty());
    }

    @Test
    void withoutProcessesTheHeadlineHasNoThreadsTarget() {
        assertFalse(Headline.of(HeadlineTest.runs()).stream().anyMatch(r -> r.label().equals(TARGET)));
    }

    @Test
    void theReportHasATableOfTheProcesses() {
        ProcessScaling p = ProcessScaling.of(2, List.of(child(2, Map.of(ProcessScaling.ONE_JVM, 1.5)),
                child(1, Map.of(ProcessScaling.TOGETHER, 3.0, ProcessScaling.ALONE, 4.0)), failed()));
        BenchReport report = new BenchReport("2025-01-01T10:00", new Machine("Linux amd64", "cpu", 2, "Java 17",
                1.0, 2.0), "3g", new CorpusInfo("dev", "dir", 10, 5000), new CorpusInfo("seed", "seed.txt", 4, 3540),
                885, Headline.of(HeadlineTest.runs(), Optional.of(p)), HeadlineTest.runs(), Optional.of(p));
        String text = ReportText.render(report);
        assertTrue(text.contains("one-thread JVMs -XX:ActiveProcessorCount=1"), text);
        assertTrue(text.contains("2 threads in one JVM  alone  "), text);
        assertTrue(text.contains("one thread 1/2        side by side  "), text);
        assertTrue(text.contains("ours, one-thread process FAILED: exit 1"), text);
    }
}
