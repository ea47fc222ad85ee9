package org.newsextractor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The plain-text tables and number formats of the report. */
class TextTableTest {
    @Test
    void firstColumnIsLeftAlignedAndTheOthersRight() {
        String text = new TextTable("config", "s").row("ours", "0.25").row("row3", "12.50").render();
        assertEquals("""
                config      s
                ours     0.25
                row3    12.50
                """, text);
    }

    @Test
    void aColumnCanBeAlignedLeft() {
        String text = new TextTable("x", "y", "z").alignLeft(1).row("a", "bbb", "c").row("a", "b", "ccc").render();
        assertEquals("""
                x  y      z
                a  bbb    c
                a  b    ccc
                """, text);
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TextTable("a", "b").row("only one"));
    }

    @Test
    void numbersDoNotDependOnTheLocale() {
        assertEquals("2", Format.number(2));
        assertEquals("0.25", Format.number(0.25));
        assertEquals("1,234", Format.whole(1234.4));
        assertEquals("1.50 GB", Format.gigabytes(1_500_000_000L));
        assertEquals("3.142", Format.fixed(Math.PI, 3));
    }
}
