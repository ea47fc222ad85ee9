package org.newsextractor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.ExtractionException;
import org.newsextractor.ExtractionInterruptedException;
import org.newsextractor.ExtractionOutcome;
import org.newsextractor.ExtractionTimeoutException;
import org.newsextractor.NewsExtractor;
import org.newsextractor.internal.DefaultNewsExtractor;
import org.newsextractor.internal.guard.Limits;

/** The documented limits and failure modes of the extractor, with a stand-in annotator (no models). */
class LimitsTest {

    private static NewsExtractor extractor(FakeAnnotator annotator, int maxChars, Duration budget) {
        return new DefaultNewsExtractor(annotator, new Limits(maxChars, 1_000, Optional.ofNullable(budget)));
    }

    @Test
    void nullIsRefusedWithAClearMessage() {
        NewsExtractor x = extractor(new FakeAnnotator(0), 1_000, null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> x.extract((String) null));
        assertTrue(e.getMessage() != null && e.getMessage().contains("null"), e.getMessage());
    }

    @Test
    void blankTextGivesAnEmptyResultWithoutAnnotating() {
        FakeAnnotator annotator = new FakeAnnotator(0);
        Extraction x = extractor(annotator, 1_000, null).extract(" \n\t\u0000\u0001 <p></p> ");
        assertEquals(0, x.recordCount());
        assertEquals(0, annotator.calls.get());
    }

    @Test
    void tooLongTextIsRefusedNamingTheLimit() {
        NewsExtractor x = extractor(new FakeAnnotator(0), 10, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.extract("x".repeat(11)));
        assertTrue(e.getMessage().contains("maxInputChars"), e.getMessage());
    }

    @Test
    void aPageWithoutAFullStopReachesTheAnnotatorInBoundedPieces() {
        FakeAnnotator annotator = new FakeAnnotator(0);
        String text = "word ".repeat(20_000);
        extractor(annotator, 1_000_000, null).extract(text);
        assertTrue(annotator.calls.get() >= 100, "cut into pieces: " + annotator.calls.get());
        assertTrue(annotator.pieces.stream().allMatch(p -> p.length() <= 1_000));
        assertEquals(text, String.join("", annotator.pieces));
    }

    @Test
    void aSlowArticleStopsWithATimeoutSoonAfterItsBudget() {
        NewsExtractor x = extractor(new FakeAnnotator(10_000), 1_000_000, Duration.ofMillis(300));
        long start = System.nanoTime();
        ExtractionTimeoutException e = assertThrows(ExtractionTimeoutException.class,
                () -> x.extract("A sentence. ".repeat(2_000)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Duration.ofMillis(300), e.budget());
        assertTrue(millis < 5_000, "stopped after " + millis + " ms");
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt is cleared");
    }

    @Test
    void aBudgetThatIsNotReachedLeavesTheResultAndTheThreadAlone() {
        Extraction x = extractor(new FakeAnnotator(0), 1_000, Duration.ofSeconds(30)).extract("Fine text.");
        assertEquals("Fine text.", x.article().text());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void anInterruptedThreadStopsPromptlyAndKeepsItsInterruptStatus() throws Exception {
        NewsExtractor x = extractor(new FakeAnnotator(200), 1_000_000, null);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
            Future<?> running = pool.submit(() -> {
                try {
                    x.extract("Sentence one.\n\n".repeat(5_000));
                    stillInterrupted.completeExceptionally(new AssertionError("finished despite the interrupt"));
                } catch (ExtractionInterruptedException e) {
                    stillInterrupted.complete(Thread.currentThread().isInterrupted());
                }
            });
            Thread.sleep(300);
            long start = System.nanoTime();
            running.cancel(true);
            assertTrue(stillInterrupted.get(10, TimeUnit.SECONDS));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void extractEachReportsEveryFailureAndKeepsTheOtherResults() {
        NewsExtractor x = extractor(new FakeAnnotator(0), 50, null);
        List<ExtractionOutcome> outcomes = x.extractEach(List.of(Article.of("Good one."),
                Article.of("x".repeat(51)), Article.of("Good two."), Article.of("y".repeat(60))));
        assertEquals(4, outcomes.size());
        assertTrue(outcomes.get(0).succeeded());
        assertEquals("Good two.", outcomes.get(2).extraction().orElseThrow().article().text());
        assertTrue(outcomes.get(1).failure().orElseThrow() instanceof IllegalArgumentException);
        assertEquals(3, outcomes.get(3).index());
        assertFalse(outcomes.get(3).succeeded());
    }

    @Test
    void extractAllNamesEveryFailedArticle() {
        NewsExtractor x = extractor(new FakeAnnotator(0), 50, null);
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> x.extractAll(List.of("ok.", "x".repeat(51), "ok.", "y".repeat(51))));
        assertTrue(e.getMessage().contains("2 of 4 articles failed"), e.getMessage());
        assertTrue(e.getMessage().contains("article 1") && e.getMessage().contains("article 3"), e.getMessage());
        assertEquals(1, e.getSuppressed().length);
    }

    @Test
    void builderRefusesNonsenseLimits() {
        assertThrows(IllegalArgumentException.class, () -> NewsExtractor.builder().maxInputChars(0));
        assertThrows(IllegalArgumentException.class, () -> NewsExtractor.builder().maxSentenceChars(10));
        assertThrows(IllegalArgumentException.class, () -> NewsExtractor.builder().timeBudget(Duration.ZERO));
    }
}
