package org.newsextractor.internal.nlp.depparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelTextTest {
    private static float fast(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return ModelText.fast(bytes, bytes.length);
    }

    @Test
    void everyDecimalTheFastPathTakesIsTheFloatParseFloatGives() {
        for (long units = 0; units < ModelText.FAST_LIMIT; units++) {
            String text = units / 10_000 + "." + String.format("%04d", units % 10_000);
            float expected = Float.parseFloat(text);
            assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(fast(text)), text);
            assertEquals(Float.floatToIntBits(-expected), Float.floatToIntBits(fast("-" + text)), "-" + text);
        }
    }

    @Test
    void shorterDecimalsAndIntegersTooOthersAreLeftToParseFloat() {
        assertEquals(0.5f, fast("0.5"));
        assertEquals(-12.25f, fast("-12.25"));
        assertEquals(7f, fast("7"));
        assertTrue(Float.isNaN(fast("1.23456")), "five decimals");
        assertTrue(Float.isNaN(fast("1e-3")), "exponent");
        assertTrue(Float.isNaN(fast("100.0")), "too large");
        assertTrue(Float.isNaN(fast("-")), "no digits");
    }

    @Test
    void readsWordsNumbersAndLines() throws IOException {
        ModelText text = new ModelText(new ByteArrayInputStream(
                "dict=2\nword 0.5 -1e-3\r\n\u00e9t\u00e9 2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, text.headerValue());
        assertEquals("word", text.word());
        assertEquals(0.5f, text.nextFloat());
        assertEquals(-0.001f, text.nextFloat());
        assertTrue(text.atLineEnd());
        assertTrue(text.endLine());
        assertEquals("\u00e9t\u00e9", text.word());
        assertEquals(2, text.nextInt());
        assertTrue(text.endLine());
        assertFalse(text.endLine(), "end of file");
    }
}
