package org.newsextractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;

class NumberMatcherTest {
    private static final GoldNumber TROOPS = GoldNumber.of("94,000", "COUNT", 94000, "troops");

    @Test
    void overlapSharesAToken() {
        assertTrue(NumberMatcher.overlaps("24", "24 hours"));
        assertTrue(NumberMatcher.overlaps("94000", "94,000"));
        assertTrue(NumberMatcher.overlaps("two-hour", "two hours"));
        assertFalse(NumberMatcher.overlaps("2", "24 hours"));
        assertFalse(NumberMatcher.overlaps("this week", "this year"));
    }

    @Test
    void matchNeedsAgreeingValue() {
        NumberScore ok = NumberMatcher.match(List.of(Quantity.of("94,000 troops", Quantity.Kind.COUNT, 94000,
                "troop")), List.of(TROOPS), List.of());
        assertEquals(new Counts(1, 0, 0), ok.score().counts());
        NumberScore wrong = NumberMatcher.match(List.of(Quantity.of("94,000", Quantity.Kind.COUNT, 9400,
                "troops")), List.of(TROOPS), List.of());
        assertEquals(new Counts(0, 1, 1), wrong.score().counts());
    }

    @Test
    void datesCompareNormalizedForms() {
        GoldNumber gold = GoldNumber.date("September 1, 2021", "2021-09-01");
        assertEquals(new Counts(1, 0, 0), NumberMatcher.match(
                List.of(Quantity.date("September 1, 2021", "2021-09-01")), List.of(gold), List.of())
                .score().counts());
        assertEquals(new Counts(0, 1, 1), NumberMatcher.match(
                List.of(Quantity.date("September 1", "XXXX-09-01")), List.of(gold), List.of())
                .score().counts());
    }

    @Test
    void oneToOne() {
        NumberScore s = NumberMatcher.match(List.of(Quantity.of("three", Quantity.Kind.COUNT, 3, null)),
                List.of(GoldNumber.of("three", "COUNT", 3, "people"), GoldNumber.of("three", "COUNT", 3, "men")),
                List.of());
        assertEquals(new Counts(1, 0, 1), s.score().counts());
    }

    @Test
    void ordinalsTimesAndOptionalNumbersAreNotFalsePositives() {
        Quantity ordinal = Quantity.of("second", Quantity.Kind.ORDINAL, 2, null);
        Quantity time = Quantity.of("6am", Quantity.Kind.TIME, 6, null);
        Quantity optional = Quantity.date("Thursday", "2021-12-09");
        Quantity spurious = Quantity.of("G7", Quantity.Kind.COUNT, 7, null);
        NumberScore s = NumberMatcher.match(List.of(ordinal, time, optional, spurious), List.of(),
                List.of("Thursday afternoon"));
        assertEquals(new Counts(0, 1, 0), s.score().counts());
    }

    @Test
    void unitAccuracyTreatsPluralsAndCaseAlike() {
        GoldNumber hours = GoldNumber.of("24 hours", "DURATION", 24, "hour");
        GoldNumber noUnit = GoldNumber.of("39", "COUNT", 39, null);
        NumberScore s = NumberMatcher.match(List.of(
                Quantity.of("94,000", Quantity.Kind.COUNT, 94000, "Troop"),
                Quantity.of("24 hours", Quantity.Kind.DURATION, 24, "hours"),
                Quantity.of("39", Quantity.Kind.COUNT, 39, "dead")), List.of(TROOPS, hours, noUnit), List.of());
        assertEquals(new UnitAccuracy(2, 2), s.units());
        NumberScore wrong = NumberMatcher.match(List.of(new Quantity("24 hours", 0, 8, Quantity.Kind.DURATION,
                Optional.of(24.0), Optional.empty(), Optional.of("minute"), Optional.empty(), Optional.empty(),
                Optional.empty())), List.of(hours), List.of());
        assertEquals(new UnitAccuracy(0, 1), wrong.units());
    }

    @Test
    void unitNames() {
        assertTrue(UnitNames.same("troops", "troop"));
        assertTrue(UnitNames.same("Hours", "hour"));
        assertTrue(UnitNames.same("casualties", "casualty"));
        assertTrue(UnitNames.same("USD", "usd"));
        assertFalse(UnitNames.same("minute", "hour"));
        assertTrue(UnitNames.same("officers", "Cabinet officers"));
        assertTrue(UnitNames.same("Mexican nationals", "nationals"));
        assertFalse(UnitNames.same("Cabinet officers", "Cabinet members"));
        assertTrue(UnitNames.same("km", "kilometers"));
        assertTrue(UnitNames.same("%", "percent"));
        assertFalse(UnitNames.same("km", "mile"));
    }
}
