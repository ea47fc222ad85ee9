package org.newsextractor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.Extraction;
import org.newsextractor.internal.Json;

/**
 * Fuzzes JSON fixture loading ({@link Extraction#fromJson(String)}, {@link Extraction#read(Path)}): the saved
 * corpus under {@code fuzz/json}, then random damage to a valid document for a bounded time
 * ({@code -Dfuzz.json.seconds=N}, default 5). Every input must give an extraction or an IllegalArgumentException,
 * nothing else, quickly; a document that reads must write and read back to the same value.
 */
class JsonFuzzTest {
    private static final long SECONDS = Long.getLong("fuzz.json.seconds", 5);
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final String[] INSERTS = {"{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1", "1e999999",
        "\"\\ud800\"", "\\", "\u0000", "NaN", "{\"text\":", "\"begin\":", "-9223372036854775809", "[[[[[[[[", "\"x\""};

    @TestFactory
    Stream<DynamicTest> everySavedDocumentReadsOrIsRefusedClearly() {
        return HostileInputs.files("/fuzz/json").stream().map(file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    readOrRefuse(Files.readString(file, StandardCharsets.UTF_8));
                    readFileOrRefuse(file);
                }));
    }

    @Test
    void randomlyDamagedDocumentsReadOrAreRefusedClearly() throws IOException {
        String valid = Files.readString(HostileInputs.files("/fuzz/json").stream()
                .filter(f -> f.getFileName().toString().startsWith("valid")).findFirst().orElseThrow());
        Random seeds = new Random(SEED);
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        int runs = 0;
        int read = 0;
        List<String> failures = new ArrayList<>();
        while (System.nanoTime() < end) {
            long seed = seeds.nextLong();
            String json = damage(new Random(seed), valid);
            try {
                read += readOrRefuse(json) ? 1 : 0;
            } catch (RuntimeException | AssertionError e) {
                failures.add("seed " + seed + ": " + e);
            }
            runs++;
        }
        System.out.printf("fuzz json: %d damaged documents in %d s (seed %d), %d still read, %d failures%n", runs,
                SECONDS, SEED, read, failures.size());
        assertTrue(runs > 100, "ran " + runs);
        assertEquals(List.of(), failures.stream().limit(5).toList());
    }

    @Test
    void hostileDocumentsAreRefusedBeforeTheyExhaustMemory() {
        long start = System.nanoTime();
        assertThrows(IllegalArgumentException.class, () -> Extraction.fromJson("[".repeat(1_000_000)));
        assertThrows(IllegalArgumentException.class,
                () -> Extraction.fromJson("{\"people\":[" + "0,".repeat(5_000_000) + "0]}"));
        assertThrows(IllegalArgumentException.class,
                () -> Extraction.fromJson("{\"x\":" + "9".repeat(10_000) + "}"));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 20_000);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            out.write('{');
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i <= Json.MAX_DOCUMENT_CHARS >> 20; i++) {
                out.write(block);
            }
            out.write('}');
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Extraction.read(big));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    /** @return whether it read; throws if anything but an IllegalArgumentException came out */
    private static boolean readOrRefuse(String json) {
        Extraction x;
        try {
            x = Extraction.fromJson(json);
        } catch (IllegalArgumentException refused) {
            assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal says why");
            return false;
        }
        assertEquals(x, Extraction.fromJson(x.toJson()), "what reads, writes and reads back the same");
        return true;
    }

    private static void readFileOrRefuse(Path file) {
        try {
            Extraction.read(file);
        } catch (IllegalArgumentException refused) {
            assertTrue(refused.getMessage() != null, "a refusal says why");
        }
    }

    private static String damage(Random random, String json) {
        StringBuilder s = new StringBuilder(json);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                case 2 -> s.setCharAt(at, (char) random.nextInt(128));
                case 3 -> s.setLength(at);
                default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(300))));
            }
        }
        return s.toString();
    }
}
