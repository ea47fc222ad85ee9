package org.newsextractor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Medians and extremes of timings, and what a timing derives from them. */
class StatsTest {
    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(2.0, Stats.median(List.of(9.0, 1.0, 2.0)));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 3.0, 2.0)));
    }

    @Test
    void minAndMaxIgnoreOrder() {
        assertEquals(1.0, Stats.min(List.of(3.0, 1.0, 2.0)));
        assertEquals(3.0, Stats.max(List.of(3.0, 1.0, 2.0)));
    }

    @Test
    void noValuesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Stats.median(List.of()));
    }

    @Test
    void timingDividesItsMedianRunByItsArticles() {
        Timing t = Timing.of("dev", 1, 4, List.of(2.0, 8.0, 4.0), List.of(3.0, 5.0, 4.0));
        assertEquals(4.0, t.median());
        assertEquals(2.0, t.min());
        assertEquals(8.0, t.max());
        assertEquals(1.0, t.secondsPerArticle());
        assertEquals(1.0, t.articlesPerSecond());
        assertEquals(1.0, t.cpuPerArticle());
    }

    @Test
    void growthPointGivesTimePerSeedLength() {
        GrowthPoint p = GrowthPoint.of(4, 1000, List.of(2.0), List.of(3.0));
        assertEquals(0.5, p.secondsPerSeed());
        assertEquals(0.75, p.cpuPerSeed());
    }
}
