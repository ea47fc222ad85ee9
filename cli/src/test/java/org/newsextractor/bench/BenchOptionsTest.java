package org.newsextractor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parsing the bench command's options. */
class BenchOptionsTest {
    @Test
    void defaultsMeasureEveryConfigurationOnTheSharedDevSet() {
        BenchOptions o = BenchOptions.parse(List.of());
        assertEquals(BenchOptions.DEFAULT_DEV, o.devDir());
        assertEquals(List.of(BenchConfig.OURS, BenchConfig.ROW1, BenchConfig.ROW3), o.configs());
        assertEquals(List.of(1, 2), o.threads());
        assertEquals(List.of(1, 4, 16), o.growth());
        assertEquals(5, o.repeatFor(BenchConfig.OURS));
        assertEquals(3, o.repeatFor(BenchConfig.ROW3));
        assertEquals(30, o.budget());
    }

    @Test
    void optionsOverrideTheDefaults() {
        BenchOptions o = BenchOptions.parse(List.of("--dev", "d", "--seed", "s.txt", "--repeat", "7",
                "--slow-repeat", "2", "--threads", "1,2,4", "--configs", "row3,ours", "--heap", "1500m",
                "--growth", "none", "--budget", "45", "--json", "out.json"));
        assertEquals(Path.of("d"), o.devDir());
        assertEquals(Optional.of(Path.of("s.txt")), o.seed());
        assertEquals(7, o.repeatFor(BenchConfig.ROW1));
        assertEquals(2, o.repeatFor(BenchConfig.ROW3));
        assertEquals(List.of(1, 2, 4), o.threads());
        assertEquals(List.of(BenchConfig.ROW3, BenchConfig.OURS), o.configs());
        assertEquals("1500m", o.heap());
        assertEquals(List.of(), o.growth());
        assertEquals(45, o.budget());
        assertEquals(Optional.of(Path.of("out.json")), o.json());
    }

    @Test
    void asManyProcessesSideBySideAsTheLargestThreadCount() {
        assertEquals(2, BenchOptions.parse(List.of()).processesSideBySide());
        assertEquals(4, BenchOptions.parse(List.of("--threads", "1,4,2")).processesSideBySide());
        assertEquals(0, BenchOptions.parse(List.of("--threads", "1")).processesSideBySide());
        assertEquals(0, BenchOptions.parse(List.of("--side-by-side", "no")).processesSideBySide());
        assertEquals(0, BenchOptions.parse(List.of("--configs", "row1")).processesSideBySide());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--side-by-side", "2")));
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--repeat", "0")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--threads", "1,x")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--configs", "row2")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--heap", "lots")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--json")));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--fast", "1")));
    }

    @Test
    void theRowsAreTheSettingsOfIssueSix() {
        assertEquals("false", BenchConfig.ROW1.properties().getProperty("ner.useSUTime"));
        assertEquals("false", BenchConfig.ROW1.properties().getProperty("ner.applyFineGrained"));
        assertEquals("statistical", BenchConfig.ROW3.properties().getProperty("coref.algorithm"));
        assertEquals("true", BenchConfig.ROW3.properties().getProperty("quote.attributeQuotes"));
        assertEquals("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote",
                BenchConfig.ROW3.properties().getProperty("annotators"));
    }
}
