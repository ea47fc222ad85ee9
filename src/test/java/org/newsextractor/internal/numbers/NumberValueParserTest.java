package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberValueParserTest {

    private final NumberValueParser parser = new NumberValueParser(NumberLexicon.shared());

    private double value(String... words) {
        return parser.parse(List.of(words)).orElseThrow();
    }

    @Test
    void readsDigitsWithCommasAndDecimals() {
        assertEquals(94000, value("94,000"));
        assertEquals(3.5, value("3.5"));
    }

    @Test
    void readsNumberWordsAndCompounds() {
        assertEquals(5, value("five"));
        assertEquals(14, value("fourteen"));
        assertEquals(25, value("twenty-five"));
        assertEquals(200000, value("two", "hundred", "thousand"));
    }

    @Test
    void scalesByMultipliers() {
        assertEquals(1500000, value("1.5", "million"));
        assertEquals(1000000, value("one", "million"));
        assertEquals(3.5e9, value("3.5bn"));
    }

    @Test
    void readsFractions() {
        assertEquals(2.0 / 3, value("two-thirds"), 1e-9);
    }

    @Test
    void rejectsWordsThatAreNotNumbers() {
        assertTrue(parser.parse(List.of("troops")).isEmpty());
        assertTrue(parser.parse(List.of("555-1234")).isEmpty());
        assertFalse(parser.isNumberWord("a"));
    }
}
