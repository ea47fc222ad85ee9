package org.newsextractor.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsextractor.Extraction;
import org.newsextractor.ExtractionTimeoutException;
import org.newsextractor.NewsExtractor;
import org.newsextractor.SharedExtractor;

/** The contract for hostile input, with real models: markup, broken characters, a time budget that runs out. */
class HostileContractIT {

    @Test
    void markupNeverBecomesRecordsAndOffsetsPointIntoTheOriginalPage() throws IOException {
        String page = Files.readString(HostileInputs.files("/fuzz/text").stream()
                .filter(f -> f.getFileName().toString().equals("html-page.html")).findFirst().orElseThrow());
        Extraction x = SharedExtractor.get().extract(page);
        Invariants.check(x, page);
        assertTrue(x.people().stream().anyMatch(p -> p.name().contains("Biden")), x.toTable());
        assertTrue(x.quotations().stream().anyMatch(q -> q.text().contains("good day")), x.toTable());
        String all = x.toTable();
        for (String leak : new String[] {"<", ">", "href", "Hidden quote", "Buy now", "dataLayer", "Helvetica"}) {
            assertFalse(all.contains(leak), leak + " leaked into the records:\n" + all);
        }
    }

    @Test
    void brokenCharactersGiveAValidResult() {
        String text = "\uFEFFJoe Biden\u0000 said \"we \uD800are with\uDC00 you\" in Kyiv.\u0007\r\n\r\n"
                + "Ο Μπάιντεν είπε. 拜登说。 قال بايدن.";
        Extraction x = SharedExtractor.get().extract(text);
        Invariants.check(x, text);
        assertTrue(x.people().stream().anyMatch(p -> p.name().contains("Biden")), x.toTable());
    }

    @Test
    void aPageWithoutAFullStopStopsAtItsBudget() {
        SharedExtractor.get().warmUp();
        NewsExtractor budgeted = NewsExtractor.builder().timeBudget(Duration.ofMillis(500)).build();
        String page = HostileInputs.words(new Random(3), 900_000, false);
        long start = System.nanoTime();
        assertThrows(ExtractionTimeoutException.class, () -> budgeted.extract(page));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Far under what the whole page takes; the slack is for a machine shared with other builds.
        assertTrue(millis < 15_000, "stopped after " + millis + " ms");
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void savedCorpusHoldsTheKindsOfInputTheIssueNames() {
        long files = HostileInputs.files("/fuzz/text").stream().map(Path::getFileName).count();
        assertTrue(files >= 15, "corpus files: " + files);
        assertTrue(HostileInputs.corpus().size() >= 30);
    }
}
