package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;
import org.newsextractor.internal.nlp.AnnotatedText;

/** Each number rule on its own, on made-up hand-tagged sentences. */
class NumberRulesTest {

    /** A reader of one tagged sentence, and the reading of the number at tokens [start, end). */
    private static final class Case {
        final SentenceNumberReader reader;
        final NumberReading reading;

        Case(String tagged, int start, int end, double value, boolean onlyDurations) {
            AnnotatedText text = Tagged.text(tagged);
            reader = new SentenceNumberReader(NumberLexicon.shared(), text.text(), text.sentences().get(0),
                    Optional.empty(), new RelativeDateResolver(Optional.empty()));
            reading = reader.reading(new NumberSpan(start, end), Optional.of(value), onlyDurations).orElseThrow();
        }

        Case(String tagged, int start, double value) {
            this(tagged, start, start + 1, value, false);
        }

        boolean read(NumberRule rule) {
            return rule.read(reading);
        }

        List<Quantity> found() {
            return reader.found();
        }

        Quantity only() {
            assertEquals(1, found().size(), () -> "expected one record, got " + found());
            return found().get(0);
        }
    }

    private static void assertRecord(Quantity q, String text, Kind kind, double value, String unit) {
        assertEquals(text, q.text());
        assertEquals(kind, q.kind());
        assertEquals(value, q.value().orElseThrow(), 1e-9 * Math.max(1, Math.abs(value)));
        assertEquals(Optional.ofNullable(unit), q.unit());
    }

    @Test
    void everyRuleIsTriedOnceAndCountComesLast() {
        List<NumberRule> rules = NumberRules.ORDERED;
        Set<String> names = rules.stream().map(NumberRule::name).collect(Collectors.toSet());
        assertEquals(rules.size(), names.size());
        assertTrue(rules.get(rules.size() - 1) instanceof NumberRules.Count);
    }

    @Test
    void hyphenCompound() {
        Case c = new Case("a/DT 90/CD +-/HYPH +minute/NN delay/NN", 1, 90);
        assertTrue(c.read(new NumberRules.HyphenCompound()));
        assertRecord(c.only(), "90-minute", Kind.DURATION, 90, "minute");
        assertFalse(new Case("a/DT 90/CD minute/NN delay/NN", 1, 90).read(new NumberRules.HyphenCompound()));
    }

    @Test
    void durationOrAge() {
        Case duration = new Case("the/DT ferry/NN took/VBD 3/CD hours/NNS", 3, 3);
        assertTrue(duration.read(new NumberRules.DurationOrAge()));
        assertEquals(Optional.of("PT3H"), duration.only().normalized());
        Case age = new Case("the/DT tortoise/NN is/VBZ 95/CD years/NNS old/JJ", 3, 95);
        assertTrue(age.read(new NumberRules.DurationOrAge()));
        assertRecord(age.only(), "95 years old", Kind.AGE, 95, "years");
        assertFalse(new Case("3/CD ferries/NNS", 0, 3).read(new NumberRules.DurationOrAge()));
    }

    @Test
    void onlyDurationsDropsOtherNumbers() {
        Case c = new Case("six/CD ferries/NNS later/RB", 0, 1, 6, true);
        assertTrue(c.read(new NumberRules.OnlyDurations()));
        assertTrue(c.found().isEmpty());
        assertFalse(new Case("six/CD ferries/NNS", 0, 6).read(new NumberRules.OnlyDurations()));
    }

    @Test
    void percentOf() {
        Case c = new Case("turnout/NN rose/VBD by/IN percent/NN of/IN 12/CD", 5, 12);
        assertTrue(c.read(new NumberRules.PercentOf()));
        assertRecord(c.only(), "percent of 12", Kind.PERCENT, 12, "%");
    }

    @Test
    void weightInPounds() {
        Case c = new Case("the/DT puppy/NN weighs/VBZ 7/CD pounds/NNS", 3, 7);
        assertTrue(c.read(new NumberRules.WeightInPounds()));
        assertRecord(c.only(), "7 pounds", Kind.MEASURE, 7, "pound");
        assertFalse(new Case("the/DT ticket/NN costs/VBZ 7/CD pounds/NNS", 3, 7)
                .read(new NumberRules.WeightInPounds()));
    }

    @Test
    void currencyBefore() {
        Case c = new Case("a/DT lamp/NN for/IN $/$ +40/CD", 4, 40);
        assertTrue(c.read(new NumberRules.CurrencyBefore()));
        assertRecord(c.only(), "$40", Kind.MONEY, 40, "USD");
    }

    @Test
    void twoWordCurrency() {
        Case c = new Case("a/DT fee/NN of/IN 10/CD us/NNP dollars/NNS", 3, 10);
        assertTrue(c.read(new NumberRules.TwoWordCurrency()));
        assertRecord(c.only(), "10 us dollars", Kind.MONEY, 10, "USD");
    }

    @Test
    void currencyAfter() {
        Case c = new Case("a/DT fee/NN of/IN 40/CD euros/NNS", 3, 40);
        assertTrue(c.read(new NumberRules.CurrencyAfter()));
        assertRecord(c.only(), "40 euros", Kind.MONEY, 40, "EUR");
    }

    @Test
    void percentAfter() {
        Case c = new Case("prices/NNS rose/VBD 45/CD percent/NN", 2, 45);
        assertTrue(c.read(new NumberRules.PercentAfter()));
        assertRecord(c.only(), "45 percent", Kind.PERCENT, 45, "%");
    }

    @Test
    void feetAndInches() {
        Case c = new Case("the/DT statue/NN is/VBZ 5/CD feet/NNS 6/CD inches/NNS tall/JJ", 3, 5);
        assertTrue(c.read(new NumberRules.FeetAndInches()));
        assertRecord(c.only(), "5 feet 6 inches", Kind.MEASURE, 5.5, "foot");
    }

    @Test
    void measure() {
        Case c = new Case("a/DT road/NN of/IN 240/CD km/NN", 3, 240);
        assertTrue(c.read(new NumberRules.Measure()));
        assertRecord(c.only(), "240 km", Kind.MEASURE, 240, "kilometer");
    }

    @Test
    void age() {
        Case c = new Case("Mara/NNP/PERSON Lind/NNP/PERSON ,/, 53/CD ,/, paints/VBZ", 3, 53);
        assertTrue(c.read(new NumberRules.Age()));
        assertRecord(c.only(), "53", Kind.AGE, 53, "years");
    }

    @Test
    void oneCounts() {
        Case c = new Case("one/CD injured/JJ hiker/NN waited/VBD", 0, 1);
        assertTrue(c.read(new NumberRules.OneCounts()));
        assertRecord(c.only(), "one", Kind.COUNT, 1, "hiker");
        assertFalse(new Case("one/CD way/NN out/RB", 0, 1).read(new NumberRules.OneCounts()));
        assertFalse(new Case("no/DT one/CD person/NN", 1, 1).read(new NumberRules.OneCounts()));
        assertFalse(new Case("one/CD of/IN them/PRP", 0, 1).read(new NumberRules.OneCounts()));
    }

    @Test
    void pronounOneIsDropped() {
        Case c = new Case("one/CD of/IN the/DT painters/NNS", 0, 1);
        assertTrue(c.read(new NumberRules.PronounOne()));
        assertTrue(c.found().isEmpty());
    }

    @Test
    void labelIsDropped() {
        Case c = new Case("under/IN Article/NN 50/CD ,/, they/PRP", 2, 50);
        assertTrue(c.read(new NumberRules.Label()));
        assertTrue(c.found().isEmpty());
    }

    @Test
    void hyphenAfterIsDropped() {
        Case c = new Case("a/DT 10/CD -/HYPH", 1, 10);
        assertTrue(c.read(new NumberRules.HyphenAfter()));
        assertTrue(c.found().isEmpty());
    }

    @Test
    void shareOfWhole() {
        Case c = new Case("a/DT third/JJ of/IN voters/NNS", 0, 2, 1.0 / 3, false);
        assertTrue(c.read(new NumberRules.ShareOfWhole()));
        assertRecord(c.only(), "a third", Kind.PERCENT, 100.0 / 3, "%");
    }

    @Test
    void count() {
        Case c = new Case("9,000/CD people/NNS live/VBP here/RB", 0, 9000);
        assertTrue(c.read(new NumberRules.Count()));
        assertRecord(c.only(), "9,000", Kind.COUNT, 9000, "people");
    }
}
