package org.newsextractor.numbersbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;

class RecognizersModelTest {

    private static RecognizersCase.Expected expected(String value, String unit, String currency) {
        return new RecognizersCase.Expected("x", 0, 10, Optional.ofNullable(value), Optional.ofNullable(unit),
                Optional.ofNullable(currency));
    }

    private static Quantity q(Kind kind, double value, String unit) {
        return new Quantity("x", 0, 10, kind, Optional.of(value), Optional.empty(), Optional.ofNullable(unit),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Quantity qualified(double value, String qualifier) {
        return new Quantity("x", 0, 10, Kind.COUNT, Optional.of(value), Optional.empty(), Optional.empty(),
                Optional.of(qualifier), Optional.empty(), Optional.empty());
    }

    @Test
    void aShareWrittenAsAFractionCountsAsTheFraction() {
        Quantity share = new Quantity("1/2", 0, 3, Kind.PERCENT, Optional.of(50.0), Optional.empty(),
                Optional.of("%"), Optional.of("more than"), Optional.empty(), Optional.empty());
        assertTrue(RecognizersModel.NUMBER_RANGE.agrees(expected("(0.5,)", null, null), share));
        assertTrue(RecognizersModel.NUMBER.agrees(expected("0.5", null, null), share));
        Quantity percent = new Quantity("50%", 0, 3, Kind.PERCENT, Optional.of(50.0), Optional.empty(),
                Optional.of("%"), Optional.empty(), Optional.empty(), Optional.empty());
        assertFalse(RecognizersModel.NUMBER.agrees(expected("0.5", null, null), percent));
    }

    @Test
    void currencyNeedsValueAndCode() {
        assertTrue(RecognizersModel.CURRENCY.agrees(expected("48200000", "Dollar", null), q(Kind.MONEY, 48.2e6, "USD")));
        assertTrue(RecognizersModel.CURRENCY.agrees(expected("10", "Euro", "EUR"), q(Kind.MONEY, 10, "EUR")));
        assertFalse(RecognizersModel.CURRENCY.agrees(expected("10", "Euro", "EUR"), q(Kind.MONEY, 10, "USD")));
        assertTrue(RecognizersModel.CURRENCY.agrees(expected("1.2", "Cent", null), q(Kind.MONEY, 0.012, "USD")));
    }

    @Test
    void dimensionUnitsCompareInSingularAmericanSpelling() {
        assertTrue(RecognizersModel.DIMENSION.agrees(expected("10", "Kilometer per hour", null),
                q(Kind.MEASURE, 10, "kilometer per hour")));
        assertFalse(RecognizersModel.DIMENSION.agrees(expected("10", "Mile", null), q(Kind.MEASURE, 10, "kilometer")));
        assertTrue(RecognizersModel.unitName("square metres").equals("square meter"));
    }

    @Test
    void rangesCompareBoundsFromQualifiers() {
        assertTrue(RecognizersModel.NUMBER_RANGE.agrees(expected("(5000,)", null, null), qualified(5000, "more than")));
        assertTrue(RecognizersModel.NUMBER_RANGE.agrees(expected("(,700]", null, null), qualified(700, "up to")));
        assertFalse(RecognizersModel.NUMBER_RANGE.agrees(expected("(,700]", null, null), qualified(700, "about")));
    }

    @Test
    void caseWithoutResultsFailsOnARecordOfTheModelsKind() {
        RecognizersCase none = new RecognizersCase("Yo dude!", List.of());
        assertTrue(RecognizersBenchmark.passes(RecognizersModel.AGE, none, List.of(q(Kind.COUNT, 1, null))));
        assertFalse(RecognizersBenchmark.passes(RecognizersModel.AGE, none, List.of(q(Kind.AGE, 1, "years"))));
    }
}
