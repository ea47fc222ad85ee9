package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;
import org.newsextractor.internal.nlp.AnnotatedText;

/** Each token rule on its own, on made-up hand-tagged sentences. */
class TokenRulesTest {

    private static SentenceNumberReader reader(String tagged) {
        AnnotatedText text = Tagged.text(tagged);
        return new SentenceNumberReader(NumberLexicon.shared(), text.text(), text.sentences().get(0),
                Optional.empty(), new RelativeDateResolver(Optional.empty()));
    }

    private static Quantity only(SentenceNumberReader r) {
        assertEquals(1, r.found().size(), () -> "expected one record, got " + r.found());
        return r.found().get(0);
    }

    @Test
    void everyRuleIsTriedOnce() {
        Set<String> names = TokenRules.ORDERED.stream().map(TokenRule::name).collect(Collectors.toSet());
        assertEquals(TokenRules.ORDERED.size(), names.size());
    }

    @Test
    void yearRange() {
        SentenceNumberReader r = reader("the/DT 2020/CD/DATE{2020} +-/HYPH/DATE{2020} +21/CD/DATE{2021} season/NN");
        assertEquals(4, new TokenRules.YearRange().read(r, 1));
        assertEquals(Optional.of(2021.0), only(r).high());
        assertEquals(1, new TokenRules.YearRange().read(reader("in/IN 2020/CD/DATE{2020} ./."), 1));
    }

    @Test
    void dayBeforeMonth() {
        SentenceNumberReader r = reader("on/IN 08/CD October/NNP/DATE{2019-10} 2019/CD/DATE{2019-10}");
        assertEquals(4, new TokenRules.DayBeforeMonth().read(r, 1));
        assertEquals(Optional.of("2019-10-08"), only(r).normalized());
    }

    @Test
    void clockDuration() {
        SentenceNumberReader r = reader("he/PRP finished/VBD in/IN 2:08:13/CD/NUMBER");
        assertEquals(4, new TokenRules.ClockDuration().read(r, 3));
        assertEquals(Optional.of(7693.0), only(r).value());
        assertEquals(Optional.of("PT2H8M13S"), only(r).normalized());
        assertEquals(1, new TokenRules.ClockDuration().read(reader("at/IN 09:15:00/CD/TIME{09:15:00}"), 1));
    }

    @Test
    void unitAndAFraction() {
        SentenceNumberReader r = reader("it/PRP took/VBD a/DT/DURATION{PT1M} minute/NN/DURATION{PT1M} and/CC a/DT"
                + " half/NN");
        assertEquals(7, new TokenRules.UnitAndAFraction().read(r, 2));
        assertEquals(Optional.of(1.5), only(r).value());
        assertEquals(Optional.of("PT1.5M"), only(r).normalized());
        assertEquals(Optional.of("minute"), only(r).unit());
        SentenceNumberReader quarter = reader("two/CD/DURATION{PT2H} hours/NNS/DURATION{PT2H} and/CC a/DT"
                + " quarter/NN");
        assertEquals(5, new TokenRules.UnitAndAFraction().read(quarter, 0));
        assertEquals(Optional.of(2.25), only(quarter).value());
        assertEquals(0, new TokenRules.UnitAndAFraction().read(reader("a/DT mile/NN and/CC a/DT half/NN"), 0));
        assertEquals(0, new TokenRules.UnitAndAFraction().read(reader("a/DT day/NN and/CC a/DT night/NN"), 0));
    }

    @Test
    void fractionOfAUnit() {
        SentenceNumberReader r = reader("half/PDT an/DT/DURATION{PT1H} hour/NN/DURATION{PT1H} later/RB");
        assertEquals(3, new TokenRules.FractionOfAUnit().read(r, 0));
        assertEquals(Optional.of(0.5), only(r).value());
        assertEquals(Optional.of("PT0.5H"), only(r).normalized());
        assertEquals(0, new TokenRules.FractionOfAUnit().read(reader("half/PDT a/DT million/CD people/NNS"), 0));
    }

    @Test
    void tally() {
        SentenceNumberReader r = reader("the/DT motion/NN passed/VBD 61/CD +-/HYPH +to/IN +-12/NN");
        assertEquals(7, new TokenRules.Tally().read(r, 3));
        assertEquals(List.of(61.0, 12.0), r.found().stream().map(q -> q.value().orElseThrow()).toList());
        assertEquals(2, r.tallies().size());
        assertEquals(2, new TokenRules.Tally().read(reader("sizes/NNS run/VBP 61/CD +-/HYPH +12/CD"), 2));
    }

    @Test
    void dayBeforeDateRange() {
        SentenceNumberReader r = reader("from/IN 3/CD to/IN 5/CD/DATE{XXXX-04-05} April/NNP/DATE{XXXX-04-05}");
        assertEquals(2, new TokenRules.DayBeforeDateRange().read(r, 1));
        assertEquals(Optional.of("XXXX-04-03"), only(r).normalized());
        assertEquals(1, new TokenRules.DayBeforeDateRange().read(reader("from/IN 3/CD to/IN 5/CD people/NNS"), 1));
    }

    @Test
    void temporal() {
        SentenceNumberReader r = reader("in/IN March/NNP/DATE{1999-03} 1999/CD/DATE{1999-03} ./.");
        assertEquals(3, new TokenRules.Temporal().read(r, 1));
        assertEquals(Optional.of("1999-03"), only(r).normalized());
    }

    @Test
    void ordinal() {
        SentenceNumberReader r = reader("the/DT third/JJ/ORDINAL{3.0} lap/NN");
        assertEquals(2, new TokenRules.Ordinal().read(r, 1));
        assertEquals(Kind.ORDINAL, only(r).kind());
    }

    @Test
    void spacedThousands() {
        SentenceNumberReader r = reader("some/DT 1/CD/NUMBER{1414021.0} 414/CD/NUMBER{1414021.0}"
                + " 021/CD/NUMBER{1414021.0} residents/NNS");
        assertEquals(4, new TokenRules.SpacedThousands().read(r, 1));
        assertEquals(Optional.of(1414021.0), only(r).value());
    }

    @Test
    void digitGroups() {
        SentenceNumberReader r = reader("call/VB 020/CD 7946/CD 0958/CD");
        assertEquals(4, new TokenRules.DigitGroups().read(r, 1));
        assertTrue(r.found().isEmpty());
    }

    @Test
    void gluedMoney() {
        SentenceNumberReader r = reader("a/DT USD115/NN fee/NN");
        assertEquals(2, new TokenRules.GluedMoney().read(r, 1));
        assertEquals(Optional.of("USD"), only(r).unit());
    }

    @Test
    void gluedMeasure() {
        SentenceNumberReader r = reader("a/DT 7.62mm/NN round/NN");
        assertEquals(2, new TokenRules.GluedMeasure().read(r, 1));
        assertEquals(Optional.of("millimeter"), only(r).unit());
    }

    @Test
    void phrase() {
        SentenceNumberReader r = reader("one/CD hundred/CD and/CC six/CD sheep/NNS");
        assertEquals(4, new TokenRules.Phrase().read(r, 0));
        assertEquals(Optional.of(106.0), only(r).value());
    }

    @Test
    void numberWords() {
        SentenceNumberReader r = reader("exactly/RB 12/CD sheep/NNS");
        assertEquals(2, new TokenRules.NumberWords().read(r, 1));
        assertEquals(Optional.of("sheep"), only(r).unit());
    }

    @Test
    void partOfYear() {
        SentenceNumberReader r = reader("It/PRP listed/VBD in/IN mid-2015/NN +./.");
        assertEquals(4, new TokenRules.PartOfYear().read(r, 3));
        assertEquals(Kind.DATE, only(r).kind());
        assertEquals(Optional.of("2015"), only(r).normalized());
        SentenceNumberReader decade = reader("in/IN the/DT late-1990s/NN");
        new TokenRules.PartOfYear().read(decade, 2);
        assertEquals(Optional.of("199"), only(decade).normalized());
        assertEquals(1, new TokenRules.PartOfYear().read(reader("a/DT mid-size/JJ car/NN"), 1));
        assertEquals(1, new TokenRules.PartOfYear().read(reader("a/DT Boeing-2015/NN jet/NN"), 1));
    }

    @Test
    void gluedDegreesAreATemperatureUnlessALabelComesBefore() {
        SentenceNumberReader r = reader("Temperatures/NNS hit/VBD 40C/NN in/IN Madrid/NNP/LOCATION");
        assertEquals(3, new TokenRules.GluedMeasure().read(r, 2));
        assertEquals(Optional.of("degree Celsius"), only(r).unit());
        assertEquals(4, new TokenRules.GluedMeasure().read(reader("He/PRP sat/VBD in/IN seat/NN 12F/NN"), 4));
        assertEquals(1, new TokenRules.GluedMeasure().read(reader("Flat/JJ 4C/NN was/VBD empty/JJ"), 1));
    }
}
