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

    /** A one-thread process that does its 10 dev articles in the given seconds. */
    private static ConfigRun process(double seconds) {
        ChildResult result = new ChildResult(BenchConfig.OURS, 1, 2, 2,
                List.of(Timing.of("dev", 1, 10, List.of(seconds), List.of(seconds))), List.of(),
                new HeapFigures(1, 1, 1, 1, 1), "Copy, MarkSweepCompact");
        return new ConfigRun(BenchConfig.OURS, -1, 100, Optional.of(result), Optional.empty());
    }

    private static ConfigRun failed() {
        return new ConfigRun(BenchConfig.OURS, -1, 3, Optional.empty(), Optional.of("exit 1"));
    }

    private static Map<String, Ratio> ratios(ProcessScaling processes) {
        // ours: 0.3 s per article with 1 thread, 2 threads twice as fast: 10 dev articles in 1.5 s, 6.67 articles/s
        return Headline.of(HeadlineTest.runs(), Optional.of(processes)).stream()
                .collect(Collectors.toMap(Ratio::label, Function.identity()));
    }

    @Test
    void theProcessesSideBySideAddUpTheirThroughput() {
        ProcessScaling p = new ProcessScaling(2, ProcessScaling.ONE_CORE, process(4), List.of(process(2.5),
                process(5)));
        assertEquals(2.5, p.aloneArticlesPerSecond().orElseThrow(), 1e-9);
        assertEquals(6.0, p.togetherArticlesPerSecond().orElseThrow(), 1e-9);
    }

    @Test
    void oneJvmIsJudgedAgainstTheProcessesSideBySide() {
        Map<String, Ratio> ratios = ratios(new ProcessScaling(2, ProcessScaling.ONE_CORE, process(4),
                List.of(process(3), process(3))));
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
        Map<String, Ratio> ratios = ratios(new ProcessScaling(2, ProcessScaling.ONE_CORE, process(2),
                List.of(process(2), process(2))));
        assertEquals(6.6667 / 10, ratios.get(TARGET).value().orElseThrow(), 1e-3);
        assertFalse(ratios.get(TARGET).met().orElseThrow());
    }

    @Test
    void aFailedProcessLeavesTheRatiosEmpty() {
        Map<String, Ratio> ratios = ratios(new ProcessScaling(2, ProcessScaling.ONE_CORE, failed(),
                List.of(process(3), failed())));
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
        ProcessScaling p = new ProcessScaling(2, ProcessScaling.ONE_CORE, process(4), List.of(process(3),
                failed()));
        BenchReport report = new BenchReport("2025-01-01T10:00", new Machine("Linux amd64", "cpu", 2, "Java 17",
                1.0, 2.0), "3g", new CorpusInfo("dev", "dir", 10, 5000), new CorpusInfo("seed", "seed.txt", 4, 3540),
                885, Headline.of(HeadlineTest.runs(), Optional.of(p)), HeadlineTest.runs(), Optional.of(p));
        String text = ReportText.render(report);
        assertTrue(text.contains("Ours in one-thread processes (dev batch, -XX:ActiveProcessorCount=1)"), text);
        assertTrue(text.contains("side by side 1/2"), text);
        assertTrue(text.contains("ours side by side, one thread FAILED: exit 1"), text);
    }
}
