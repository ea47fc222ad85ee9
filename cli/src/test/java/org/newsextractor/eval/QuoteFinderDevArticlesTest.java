package org.newsextractor.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.quotes.QuoteFinder;
import org.newsextractor.internal.quotes.QuoteKind;
import org.newsextractor.internal.quotes.QuoteSpan;

/**
 * Runs the finder over the annotated dev articles ({@code shared/eval/dev}, found by walking up from the working
 * directory) and checks that every gold quotation is recovered as a span with token F1 >= 0.7, the overlap the
 * evaluation matches quotations by ({@link TokenOverlap}).
 */
class QuoteFinderDevArticlesTest {
    private static final double MIN_F1 = 0.7;

    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void recoversEveryGoldQuotationOfTheDevArticles() throws IOException {
        Path dev = locateDevDirectory();
        assumeTrue(dev != null, "shared/eval/dev not found above the working directory");
        List<Path> golds;
        try (Stream<Path> files = Files.list(dev)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        assumeTrue(!golds.isEmpty(), "no gold files");

        ObjectMapper mapper = new ObjectMapper();
        int goldCount = 0;
        int recovered = 0;
        int spanCount = 0;
        int extra = 0;
        int extraFlagged = 0;
        List<String> missed = new ArrayList<>();
        for (Path gold : golds) {
            JsonNode root = mapper.readTree(gold.toFile());
            JsonNode quotations = root.get("quotations");
            if (quotations == null) {
                continue;
            }
            String text = Files.readString(dev.resolve(root.get("article").asText()), StandardCharsets.UTF_8);
            List<QuoteSpan> spans = finder.find(text);
            List<String> goldTexts = new ArrayList<>();
            quotations.forEach(q -> goldTexts.add(q.get("text").asText()));
            for (String goldText : goldTexts) {
                goldCount++;
                boolean found = spans.stream().anyMatch(s -> TokenOverlap.f1(goldText, s.text(text)) >= MIN_F1);
                if (found) {
                    recovered++;
                } else {
                    missed.add(gold.getFileName() + ": " + goldText);
                }
            }
            for (QuoteSpan span : spans) {
                spanCount++;
                boolean matchesGold = goldTexts.stream().anyMatch(g -> TokenOverlap.f1(g, span.text(text)) >= MIN_F1);
                if (!matchesGold) {
                    extra++;
                    if (span.kind() == QuoteKind.LIKELY_TERM_OR_TITLE) {
                        extraFlagged++;
                    }
                    System.out.println("extra span in " + gold.getFileName() + " [" + span.kind() + "]: "
                            + span.text(text));
                }
            }
        }
        System.out.printf("dev quotations: recovered %d of %d gold; %d spans, %d extra (%d of them flagged %s)%n",
                recovered, goldCount, spanCount, extra, extraFlagged, QuoteKind.LIKELY_TERM_OR_TITLE);
        assertTrue(missed.isEmpty(), "missed gold quotations:\n" + String.join("\n", missed));
    }

    /** @return the first {@code shared/eval/dev} directory found walking up from the working directory, or null */
    static Path locateDevDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("eval").resolve("dev");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }
}
