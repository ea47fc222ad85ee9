package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.newsextractor.Quantity;
import org.newsextractor.internal.TestTexts;
import org.newsextractor.internal.nlp.AnnotatedText;

/**
 * Number fixtures in the tests' one hand-tagged language ({@link TestTexts}), and the checks number tests share.
 */
final class Tagged {

    private Tagged() {
    }

    static AnnotatedText text(String... sentences) {
        return TestTexts.parse(sentences);
    }

    /** @return the numbers the extractor finds in the tagged sentences, each checked to quote its own span */
    static List<Quantity> numbers(NumberExtractor extractor, String... sentences) {
        AnnotatedText text = text(sentences);
        List<Quantity> found = extractor.extract(text, Optional.empty());
        for (Quantity q : found) {
            assertEquals(text.text().substring(q.begin(), q.end()), q.text(), "text must be the original span");
        }
        return found;
    }

    /** @return the one number the extractor finds; fails when it finds none or several */
    static Quantity onlyNumber(NumberExtractor extractor, String... sentences) {
        List<Quantity> found = numbers(extractor, sentences);
        assertEquals(1, found.size(), () -> "expected one number, got " + found);
        return found.get(0);
    }

    /** @return the number written {@code text} among those the extractor finds; fails when there is none */
    static Quantity numberAt(NumberExtractor extractor, String text, String... sentences) {
        List<Quantity> found = numbers(extractor, sentences);
        return found.stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not among " + found));
    }

    /** Checks that the number is a date with this ISO form. */
    static void assertDate(Quantity q, String normalized) {
        assertEquals(Quantity.Kind.DATE, q.kind());
        assertEquals(Optional.of(normalized), q.normalized());
    }
}
