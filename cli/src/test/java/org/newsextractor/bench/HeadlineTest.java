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

/** The headline ratios and the printed report, from measurements made up by hand (no models). */
class HeadlineTest {
    /** A configuration whose articles take perArticle seconds (dev and seed alike), twice as fast on 2 threads. */
    static ConfigRun run(BenchConfig config, double perArticle, double firstResult, long peakHeap) {
        List<Timing> timings = List.of(
                Timing.of("dev", 1, 10, List.of(10 * perArticle), List.of(10 * perArticle)),
                Timing.of("seed", 1, 4, List.of(4 * perArticle), List.of(4 * perArticle)),
                Timing.of("dev", 2, 10, List.of(5 * perArticle), List.of(10 * perArticle)));
        List<GrowthPoint> growth = config == BenchConfig.OURS
                ? List.of(GrowthPoint.of(1, 100, List.of(perArticle), List.of(perArticle)),
                        GrowthPoint.of(4, 400, List.of(6 * perArticle), List.of(4 * perArticle)))
                : List.of();
        ChildResult result = new ChildResult(config, firstResult / 2, firstResult - 0.1, firstResult, timings,
                growth, new HeapFigures(peakHeap / 2, peakHeap / 2, peakHeap, 2 * peakHeap, 3L << 30), "G1");
        return new ConfigRun(config, firstResult, 100, Optional.of(result), Optional.empty());
    }

    static List<ConfigRun> runs() {
        return List.of(run(BenchConfig.OURS, 0.3, 5, 400_000_000L), run(BenchConfig.ROW1, 0.2, 4, 500_000_000L),
                run(BenchConfig.ROW3, 3.0, 40, 1_500_000_000L));
    }

    private static Map<String, Ratio> byLabel(List<Ratio> ratios) {
        return ratios.stream().collect(Collectors.toMap(Ratio::label, Function.identity()));
    }

    @Test
    void ratiosDivideTheRightConfigurations() {
        Map<String, Ratio> ratios = byLabel(Headline.of(runs()));
        assertEquals(1.5, ratios.get("time per article, dev: ours / row1").value().orElseThrow(), 1e-9);
        assertEquals(10.0, ratios.get("time per article, seed: row3 / ours").value().orElseThrow(), 1e-9);
        assertEquals(10.0, ratios.get("time per article, dev: row3 / ours").cpuValue().orElseThrow(), 1e-9);
        assertEquals(0.125, ratios.get("cold start to first result: ours / row3").value().orElseThrow(), 1e-9);
        assertEquals(2.0, ratios.get("dev articles/s, ours: most threads / 1 thread").value().orElseThrow(), 1e-9);
        assertEquals(0.8, ratios.get("peak heap after GC: ours / row1").value().orElseThrow(), 1e-9);
        assertEquals(1.5, ratios.get("time per seed length, ours: longest / 1x").value().orElseThrow(), 1e-9);
        assertEquals(1.0, ratios.get("time per seed length, ours: longest / 1x").cpuValue().orElseThrow(), 1e-9);
    }

    @Test
    void targetsAreJudgedOnWallClock() {
        Map<String, Ratio> ratios = byLabel(Headline.of(List.of(run(BenchConfig.OURS, 0.5, 5, 1),
                run(BenchConfig.ROW1, 0.2, 4, 1), run(BenchConfig.ROW3, 3.0, 40, 1))));
        assertFalse(ratios.get("time per article, dev: ours / row1").met().orElseThrow());
        assertTrue(ratios.get("time per article, dev: row3 / ours").met().orElseThrow());
        assertFalse(ratios.get("time per article, seed: row3 / ours").met().orElseThrow());
        assertTrue(ratios.get("cold start to first result: ours / row3").met().orElseThrow());
    }

    @Test
    void aMissingConfigurationLeavesItsRatiosEmpty() {
        Map<String, Ratio> ratios = byLabel(Headline.of(List.of(run(BenchConfig.OURS, 0.3, 5, 1),
                new ConfigRun(BenchConfig.ROW3, -1, 3, Optional.empty(), Optional.of("exit 1")))));
        assertTrue(ratios.get("time per article, dev: row3 / ours").value().isEmpty());
        assertTrue(ratios.get("time per article, dev: ours / row1").met().isEmpty());
        assertTrue(ratios.get("cold start to first result: ours / row3").value().isEmpty());
    }

    @Test
    void theReportPrintsTheHeadlineFirstAndEveryTable() {
        BenchReport report = new BenchReport("2025-01-01T10:00", new Machine("Linux amd64", "cpu", 2, "Java 17",
                1.0, 2.0), "3g", new CorpusInfo("dev", "dir", 10, 5000), new CorpusInfo("seed", "seed.txt", 4, 3540),
                885, Headline.of(runs()), runs(), Optional.empty());
        String text = ReportText.render(report);
        assertTrue(text.indexOf("Headline") < text.indexOf("Start-up and memory"), text);
        assertTrue(text.contains("time per article, dev: ours / row1              1.50   1.50  <= 1.50           met"), text);
        assertTrue(text.contains("ours      dev        1      0.300          0.300"), text);
        assertTrue(text.contains("4x seed"), text);
        assertTrue(text.contains("0.40 GB"), text);
    }
}
