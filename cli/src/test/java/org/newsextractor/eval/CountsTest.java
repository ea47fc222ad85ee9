package org.newsextractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {
    @Test
    void figures() {
        Counts c = new Counts(3, 1, 2);
        assertEquals(0.75, c.precision());
        assertEquals(0.6, c.recall());
        assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), 1e-12);
    }

    @Test
    void zeroCases() {
        assertEquals(1.0, Counts.ZERO.f1());
        Counts nothingPredicted = new Counts(0, 0, 4);
        assertEquals(0.0, nothingPredicted.precision());
        assertEquals(0.0, nothingPredicted.f1());
        Counts noGold = new Counts(0, 2, 0);
        assertEquals(0.0, noGold.precision());
        assertEquals(0.0, noGold.recall());
        assertEquals(1.0, UnitAccuracy.ZERO.accuracy());
    }

    @Test
    void floorsParsePropertiesAndJson() {
        assertEquals(Map.of("entities.f1", 0.85, "numberUnits.accuracy", 0.5),
                Floors.parse("# floors\nentities.f1=0.85\nnumberUnits.accuracy = 0.5\n").minimums());
        assertEquals(Map.of("entities.f1", 0.85, "quotations.p", 0.9),
                Floors.parse("{\"entities\": {\"f1\": 0.85}, \"quotations.p\": 0.9}").minimums());
        assertThrows(IllegalArgumentException.class, () -> Floors.parse("entitys.f1=0.8"));
        assertThrows(IllegalArgumentException.class, () -> Floors.parse("entities.f1=high"));
    }
}
