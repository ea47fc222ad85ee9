package org.newsextractor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;

/** The batch command line's limit options and its survival of failing articles, with a mocked extractor. */
class ExtractCommandLimitsTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final NewsExtractor extractor = mock(NewsExtractor.class);
    private final AtomicInteger built = new AtomicInteger();

    private int run(String... args) {
        return new ExtractCommand(builder -> {
            built.incrementAndGet();
            return extractor;
        }, new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true)).run(List.of(args));
    }

    @Test
    void limitOptionsAreReadAndBadValuesRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "text");
        when(extractor.extract(anyString())).thenReturn(Extraction.EMPTY);
        assertEquals(0, run("--time-budget", "5", "--max-chars", "100", file.toString()));
        assertEquals(1, built.get());
        assertThrows(IllegalArgumentException.class, () -> run("--time-budget", "soon", file.toString()));
        assertThrows(IllegalArgumentException.class, () -> run("--max-chars", "-1", file.toString()));
        assertThrows(IllegalArgumentException.class, () -> run(file.toString(), "--time-budget"));
    }

    @Test
    void aFileTooBigForTheLimitIsReportedWithoutBeingRead(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("big.txt"), "x".repeat(1_000));
        Files.writeString(in.resolve("small.txt"), "ok");
        when(extractor.extract(anyString())).thenReturn(Extraction.EMPTY);
        Path outDir = dir.resolve("out");
        assertEquals(1, run("--max-chars", "100", "--out", outDir.toString(), in.toString()));
        assertTrue(Files.exists(outDir.resolve("small.json")));
        assertFalse(Files.exists(outDir.resolve("big.json")));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("big.txt: failed: file of 1000 bytes is over the limit"), errors);
    }

    @Test
    void anArticleThatExhaustsTheStackOrMemoryDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("deep.txt"), "deep");
        Files.writeString(in.resolve("huge.txt"), "huge");
        Files.writeString(in.resolve("fine.txt"), "fine");
        when(extractor.extract(anyString())).thenAnswer(inv -> switch ((String) inv.getArgument(0)) {
            case "deep" -> throw new StackOverflowError();
            case "huge" -> throw new OutOfMemoryError("Java heap space");
            default -> Extraction.EMPTY;
        });
        Path outDir = dir.resolve("out");
        assertEquals(1, run("--out", outDir.toString(), in.toString()));
        assertTrue(Files.exists(outDir.resolve("fine.json")));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("deep.txt: failed: StackOverflowError"), errors);
        assertTrue(errors.contains("huge.txt: failed: OutOfMemoryError"), errors);
        assertTrue(errors.contains("2 of 3 inputs failed"), errors);
    }
}
