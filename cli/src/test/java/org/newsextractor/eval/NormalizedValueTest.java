package org.newsextractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NormalizedValueTest {
    @Test
    void numbersWithHedges() {
        assertEquals(Optional.of(94000.0), NormalizedValue.parseNumber("94000.0").value());
        NormalizedValue about = NormalizedValue.parseNumber("~500.0");
        assertEquals(Optional.of(500.0), about.value());
        assertEquals(Optional.of("about"), about.qualifier());
        assertEquals(Optional.of("more than"), NormalizedValue.parseNumber(">100.0").qualifier());
        assertEquals(Optional.of("at least"), NormalizedValue.parseNumber(">=100.0").qualifier());
    }

    @Test
    void moneyAndPercent() {
        NormalizedValue money = NormalizedValue.parseNumber("$3.5E7");
        assertEquals(Optional.of(3.5e7), money.value());
        assertEquals(Optional.of("USD"), money.unit());
        NormalizedValue percent = NormalizedValue.parseNumber("%52.0");
        assertEquals(Optional.of(52.0), percent.value());
        assertEquals(Optional.of("%"), percent.unit());
        assertEquals(NormalizedValue.NONE, NormalizedValue.parseNumber("XXXX-12-22T"));
    }

    @Test
    void durations() {
        NormalizedValue hours = NormalizedValue.parseDuration("PT2H");
        assertEquals(Optional.of(2.0), hours.value());
        assertEquals(Optional.of("hour"), hours.unit());
        assertEquals(Optional.of("minute"), NormalizedValue.parseDuration("PT90M").unit());
        assertEquals(Optional.of("month"), NormalizedValue.parseDuration("P2M").unit());
        assertEquals(NormalizedValue.NONE, NormalizedValue.parseDuration("PXY"));
    }
}
