package org.newsextractor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.newsextractor.Extraction;
import org.newsextractor.ExtractionTimeoutException;
import org.newsextractor.NewsExtractor;
import org.newsextractor.SharedExtractor;

/**
 * Fuzzes the extractor with real models: every input of the saved corpus, then random hostile inputs and damaged
 * dev articles from a seed, for a bounded time ({@code -Dfuzz.seconds=N}, default 20; {@code -Dfuzz.seed=S} to
 * replay). Each article runs under a time budget ({@code -Dfuzz.budget.seconds=N}, default 5), so the whole test
 * stays bounded on a busy machine. The only exception allowed is the documented {@link ExtractionTimeoutException},
 * and it must come soon after the budget; every result must satisfy {@link Invariants}. A failing random input is
 * saved under {@code target/fuzz-failures/} so it can be added to the corpus.
 */
class ExtractorFuzzIT {
    private static final long SECONDS = Long.getLong("fuzz.seconds", 20);
    /** Fixed by default so that CI is repeatable; {@code -Dfuzz.seed=random} explores new inputs. */
    private static final long SEED = "random".equals(System.getProperty("fuzz.seed")) ? System.nanoTime()
            : Long.getLong("fuzz.seed", 20261127L);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.budget.seconds", 5));
    /** How late a timeout may come: one tagger step on a loaded machine, plus our own steps after annotation. */
    private static final Duration SLACK = BUDGET.plusSeconds(10);

    private final NewsExtractor extractor = NewsExtractor.builder().timeBudget(BUDGET).build();

    @TestFactory
    Stream<DynamicTest> everyCorpusInputGivesAValidResult() {
        SharedExtractor.get().warmUp();
        return HostileInputs.corpus().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            long start = System.nanoTime();
            String outcome = run(e.getValue());
            System.out.printf("fuzz corpus: %-45s %8d chars %6d ms  %s%n", e.getKey(), e.getValue().length(),
                    (System.nanoTime() - start) / 1_000_000, outcome);
        }));
    }

    /** @return what happened, for the log; throws if an invariant or the time bound is violated */
    private String run(String text) {
        long start = System.nanoTime();
        try {
            Extraction x = extractor.extract(text);
            Invariants.check(x, text);
            return x.recordCount() + " records";
        } catch (ExtractionTimeoutException timeout) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(BUDGET.plus(SLACK)) < 0, "timeout came late: " + took);
            return "timed out (documented)";
        }
    }

    @Test
    void randomHostileInputsGiveValidResults() throws IOException {
        SharedExtractor.get().warmUp();
        List<String> dev = new ArrayList<>(DevArticles.texts().values());
        Random seeds = new Random(SEED);
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        int runs = 0;
        int timeouts = 0;
        long chars = 0;
        List<String> failures = new ArrayList<>();
        while (System.nanoTime() < end) {
            long seed = seeds.nextLong();
            Random random = new Random(seed);
            String text = dev.isEmpty() || random.nextBoolean() ? HostileInputs.random(random)
                    : HostileInputs.mutate(random, dev.get(random.nextInt(dev.size())));
            try {
                if (run(text).startsWith("timed out")) {
                    timeouts++;
                }
            } catch (RuntimeException | AssertionError e) {
                failures.add(HostileInputs.describe(seed, text) + ": " + e);
                save(seed, text);
            }
            runs++;
            chars += text.length();
        }
        System.out.printf("fuzz: %d random inputs (%d chars) in %d s, seed %d, %d timeouts, %d failures%n", runs,
                chars, SECONDS, SEED, timeouts, failures.size());
        assertTrue(runs > 0, "at least one input ran");
        assertEquals(List.of(), failures, "replay with -Dfuzz.seed=" + SEED);
    }

    private static void save(long seed, String text) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
        // getBytes replaces lone surrogates; the seed in the failure message replays the exact input.
        Files.write(dir.resolve("seed-" + seed + ".txt"), text.getBytes(StandardCharsets.UTF_8));
    }
}
