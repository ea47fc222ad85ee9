package org.newsextractor.internal.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Random inputs heavy in quotation marks, spaces and line breaks: the finder never throws and keeps its invariants. */
class QuoteFinderPropertyTest {
    private static final String ALPHABET = "\"\"''“”‘’„«»‹›‟  \n\n\r\t\u00A0\u2029ab.,()-[]…é9";

    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void randomTextsKeepTheInvariants() {
        Random random = new Random(20240601L);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, random.nextInt(80));
            assertInvariants(text, finder.find(text));
        }
    }

    @Test
    void hugeInputsRunInLinearTime() {
        Random random = new Random(7L);
        String noNewlines = randomText(random, 2_000_000).replaceAll("[\n\r\u2029]", " ");
        String unbalanced = "“".repeat(200_000) + "'a ".repeat(200_000) + "” x\"".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertInvariants(noNewlines, finder.find(noNewlines));
            assertInvariants(unbalanced, finder.find(unbalanced));
        });
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void assertInvariants(String text, List<QuoteSpan> spans) {
        int previousEnd = -1;
        for (QuoteSpan span : spans) {
            Supplier<String> where = () -> "span " + span + " in " + text.length() + " chars";
            assertTrue(span.openMark() >= 0 && span.openMark() < span.begin(), where);
            assertTrue(span.begin() <= span.end() && span.end() <= text.length(), where);
            assertTrue(span.openMark() > previousEnd, () -> "overlap: " + where.get());
            assertTrue(span.closed() == (span.closeMark() >= 0), where);
            if (span.closed()) {
                assertTrue(span.closeMark() >= span.end() && span.closeMark() < text.length(), where);
                assertTrue(QuoteMark.of(text.charAt(span.closeMark())) != null, where);
            }
            assertTrue(QuoteMark.of(text.charAt(span.openMark())) != null, where);
            assertFalse(span.begin() < span.end() && Chars.isSpace(text.charAt(span.begin())), where);
            previousEnd = span.closed() ? span.closeMark() : span.end() - 1;
        }
    }
}
