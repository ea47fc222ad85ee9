package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;

/** Ranges, currency, measure and number forms from the Recognizers-Text cases, on hand-tagged text. */
class NumberFormsTest {

    private final NumberExtractor extractor = new NumberExtractor();

    private List<Quantity> extract(String sentence) {
        return Tagged.numbers(extractor, sentence);
    }

    private Quantity only(String sentence) {
        return Tagged.onlyNumber(extractor, sentence);
    }

    private static void assertValue(Quantity q, String text, Kind kind, double value, String unit) {
        assertEquals(text, q.text());
        assertEquals(kind, q.kind());
        assertEquals(value, q.value().orElseThrow(), 1e-9 * Math.max(1, Math.abs(value)));
        assertEquals(Optional.ofNullable(unit), q.unit());
    }

    @Test
    void gluedDashRangeIsOneRecordWithBounds() {
        Quantity q = only("The/DT range/NN is/VBZ 36/CD/NUMBER +-/HYPH +40/CD/NUMBER ./.");
        assertEquals("36-40", q.text());
        assertEquals(Optional.of(36.0), q.low());
        assertEquals(Optional.of(40.0), q.high());
    }

    @Test
    void betweenKeepsTwoRecordsEachWithBounds() {
        List<Quantity> found = extract("between/IN 36/CD/NUMBER and/CC 40/CD/NUMBER people/NNS");
        assertEquals(2, found.size());
        found.forEach(q -> assertEquals(Optional.of(36.0), q.low()));
        found.forEach(q -> assertEquals(Optional.of(40.0), q.high()));
    }

    @Test
    void lowerAndUpperBoundMakeOneRange() {
        List<Quantity> found = extract("more/JJR than/IN 10/CD/NUMBER and/CC less/JJR than/IN 40/CD/NUMBER");
        assertEquals(2, found.size());
        assertEquals(Optional.of(10.0), found.get(1).low());
        assertEquals(Optional.of(40.0), found.get(0).high());
    }

    @Test
    void orLessBeforeThanBoundsTheNextNumber() {
        List<Quantity> found = extract("equal/JJ to/TO 5000/CD/NUMBER or/CC less/JJR than/IN 6000/CD/NUMBER");
        assertEquals(Optional.empty(), found.get(0).qualifier());
        assertEquals(Optional.of("less than"), found.get(1).qualifier());
    }

    @Test
    void canadianDollarPrefix() {
        assertValue(only("about/RB c/NN $/$ 1.34/CD a/DT share/NN"), "c $ 1.34", Kind.MONEY, 1.34, "CAD");
    }

    @Test
    void dollarsAndCentsAreOneAmount() {
        assertValue(only("it/PRP cost/VBD 3/CD dollars/NNS 50/CD cents/NNS ./."), "3 dollars 50 cents",
                Kind.MONEY, 3.5, "USD");
    }

    @Test
    void millionsCodeScalesTheAmount() {
        assertValue(only("an/DT increase/NN to/TO 120/CD MEUR/NN"), "120 MEUR", Kind.MONEY, 120_000_000, "EUR");
    }

    @Test
    void codeGluedToDigits() {
        assertValue(only("USD115/NNP"), "USD115", Kind.MONEY, 115, "USD");
    }

    @Test
    void feetAndInchesAreOneHeight() {
        assertValue(only("he/PRP is/VBZ 5/CD feet/NNS and/CC 2/CD inches/NNS"), "5 feet and 2 inches",
                Kind.MEASURE, 5 + 2.0 / 12, "foot");
    }

    @Test
    void poundsAreWeightInASentenceAboutWeight() {
        assertValue(only("the/DT baby/NN is/VBZ over/IN two/CD pounds/NNS"), "two pounds", Kind.MEASURE, 2,
                "pound");
        assertEquals(Kind.MONEY, only("she/PRP paid/VBD 25/CD pounds/NNS").kind());
    }

    @Test
    void unitInBrackets() {
        assertValue(only("The/DT weight/NN is/VBZ 20/CD (/-LRB- kg/NN )/-RRB-"), "20 ( kg )", Kind.MEASURE, 20,
                "kilogram");
    }

    @Test
    void millionAndAHalf() {
        assertValue(only("The/DT population/NN is/VBZ 3/CD million/CD and/CC a/DT half/NN"),
                "3 million and a half", Kind.COUNT, 3_500_000, "people");
    }

    @Test
    void digitsWithScaleWordsAndAnd() {
        assertValue(only("4/CD thousand/CD 3/CD hundred/CD and/CC 21/CD"), "4 thousand 3 hundred and 21",
                Kind.COUNT, 4321, null);
    }

    @Test
    void tensWordBelongsToTheDenominator() {
        assertValue(only("three/CD twenty/CD +-/HYPH +firsts/NNS"), "three twenty-firsts", Kind.COUNT, 3.0 / 21,
                null);
    }

    @Test
    void percentOfANumber() {
        assertValue(only("per/IN cent/NN of/IN 210/CD"), "per cent of 210", Kind.PERCENT, 210, "%");
    }

    @Test
    void upperCaseMIsMillionsNotMeters() {
        assertValue(only("I/PRP can/MD give/VB you/PRP 10M/CD ./."), "10M", Kind.COUNT, 10_000_000, null);
    }

    @Test
    void currencyInAHyphenCompound() {
        assertValue(only("its/PRP$ one/CD +-/HYPH +yen/NN bid/NN"), "one-yen", Kind.MONEY, 1, "JPY");
    }

    @Test
    void gluedComparisonSignsAreNoBound() {
        assertEquals(Optional.empty(), only("=/SYM +>/SYM +30/CD").qualifier());
        assertEquals(Optional.of("at least"), only(">/SYM =/SYM 30/CD").qualifier());
    }

    @Test
    void loneMAfterDigitsIsMeters() {
        List<Quantity> found = extract("1/CD m/NN x/SYM 1/CD m/NN");
        assertEquals(2, found.size());
        found.forEach(q -> assertValue(q, "1 m", Kind.MEASURE, 1, "meter"));
        assertValue(only("$/$ 3/CD m/NN"), "$ 3 m", Kind.MONEY, 3_000_000, "USD");
    }

    @Test
    void digitGroupsOfOneNumberJoinOnlyWhenCoreNlpJoinsThem() {
        assertValue(only("1/CD/NUMBER{1234567.0} 234/CD/NUMBER{1234567.0} 567/CD/NUMBER{1234567.0} people/NNS"),
                "1 234 567", Kind.COUNT, 1234567, "people");
        assertTrue(extract("on/IN day/NN 5/CD/NUMBER{5.0} 200/CD/NUMBER{200.0} people/NNS came/VBD").stream()
                .noneMatch(q -> q.value().equals(Optional.of(5200.0))));
    }

    @Test
    void yearsJoinedByADashAreOneDateWithBounds() {
        Quantity season = only("the/DT 2020/CD/DATE{2020} +-/HYPH +21/CD/DATE{******21} fiscal/JJ year/NN");
        assertEquals("2020-21", season.text());
        assertEquals(Kind.DATE, season.kind());
        assertEquals(Optional.of("2020"), season.normalized());
        assertEquals(Optional.of(2020.0), season.low());
        assertEquals(Optional.of(2021.0), season.high());
        assertEquals(Optional.of(2000.0), only("the/DT 1999/CD/DATE{1999} +-/HYPH +00/CD/DATE{******00}")
                .high());
        assertEquals(Optional.of(2022.0), only("the/DT 2021–22/CD/DATE{2021} season/NN").high());
        assertEquals(Optional.of(1918.0), only("in/IN 1914/CD/DATE{1914} +–/: +1918/CD/DATE{1918}")
                .high());
    }

    @Test
    void yearAndMonthIsNoRangeOfYears() {
        assertTrue(extract("in/IN 1995-01/CD/DATE{1995-01}").stream().noneMatch(q -> q.high().isPresent()));
    }

    @Test
    void countsThatLookLikeYearsStayCounts() {
        Quantity q = only("some/DT 2000/CD/DATE{2000} +-/HYPH +3000/CD/DATE{3000} troops/NNS arrived/VBD");
        assertValue(q, "2000-3000", Kind.COUNT, 2000, "troops");
        assertEquals(Optional.of(3000.0), q.high());
    }

    @Test
    void yearsBetweenAreTwoDatesWithTheSameBounds() {
        List<Quantity> found = extract("between/IN 2019/CD/DATE{2019/2021} and/CC/DATE{2019/2021}"
                + " 2021/CD/DATE{2019/2021} ./.");
        assertEquals(List.of("2019", "2021"), found.stream().map(q -> q.normalized().orElseThrow()).toList());
        found.forEach(q -> assertEquals(Optional.of(2019.0), q.low()));
        found.forEach(q -> assertEquals(Optional.of(2021.0), q.high()));
    }

    @Test
    void aFractionOfAWholeIsAPercent() {
        assertValue(only("Two/CD/NUMBER +-/HYPH +thirds/NNS of/IN voters/NNS backed/VBD it/PRP"), "Two-thirds",
                Kind.PERCENT, 200.0 / 3, "%");
        assertValue(only("a/DT third/NN of/IN the/DT staff/NN quit/VBD"), "a third", Kind.PERCENT, 100.0 / 3, "%");
        assertValue(only("a/DT two/CD +-/HYPH +thirds/NNS majority/NN"), "two-thirds", Kind.PERCENT, 200.0 / 3, "%");
    }

    @Test
    void aFractionOfAUnitIsNoPercent() {
        assertEquals(Kind.COUNT, only("a/DT third/NN of/IN a/DT mile/NN").kind());
        assertTrue(extract("a/DT quarter/NN of/IN an/DT hour/NN").stream().noneMatch(q -> q.kind() == Kind.PERCENT));
        assertEquals(Kind.COUNT, only("two/CD thirds/NNS").kind());
    }

    @Test
    void oneInFiveIsAShare() {
        assertValue(only("About/RB one/CD/NUMBER in/IN five/CD/NUMBER adults/NNS smoke/VBP ./."), "one in five",
                Kind.PERCENT, 20, "%");
        assertEquals(2, extract("5/CD/NUMBER in/IN 2019/CD/DATE{2019} and/CC 7/CD/NUMBER in/IN 2020/CD/DATE{2020}")
                .stream().filter(q -> q.kind() == Kind.DATE).count());
    }

    @Test
    void theVerbWonIsNoCurrency() {
        Quantity q = only("Ortega/NNP/PERSON won/VBD 62.4/CD/PERCENT +%/NN/PERCENT of/IN the/DT vote/NN");
        assertValue(q, "62.4%", Kind.PERCENT, 62.4, "%");
        assertValue(only("a/DT loan/NN of/IN won/NN 500/CD/MONEY"), "won 500", Kind.MONEY, 500, "KRW");
    }

    @Test
    void aHyphenatedCompoundBeforeTheNounIsAModifier() {
        assertValue(only("two/CD/NUMBER landslide/NN +-/HYPH +hit/VBN villages/NNS"), "two", Kind.COUNT, 2,
                "villages");
    }

    @Test
    void oneAndANounCountsInASentenceAboutCasualties() {
        assertValue(only("One/CD/NUMBER tourist/NN killed/VBN/O/kill"), "One", Kind.COUNT, 1, "tourist");
        assertTrue(extract("One/CD/NUMBER reason/NN is/VBZ cost/NN").isEmpty());
    }

    @Test
    void aNumberWithNothingOfItsOwnCountsWhatTheEarlierOneCounted() {
        List<Quantity> found = extract("they/PRP built/VBD 100/CD/NUMBER homes/NNS ,/, and/CC 20/CD/NUMBER "
                + "in/IN town/NN");
        assertEquals(Optional.of("homes"), found.get(1).unit());
    }

    @Test
    void oneSecondIsADurationThoughNerCallsSecondAnOrdinal() {
        assertValue(only("timed/VBN him/PRP one/CD/NUMBER second/JJ/ORDINAL{2.0} slower/JJR"), "one second",
                Kind.DURATION, 1, "second");
    }

    @Test
    void zeroPaddedDayJoinsTheMonthAndYearAfterIt() {
        Quantity q = only("Date/NN :/: 08/CD/NUMBER October/NNP/DATE{2019-10} 2019/CD/DATE{2019-10}");
        assertEquals("08 October 2019", q.text());
        assertEquals(Optional.of("2019-10-08"), q.normalized());
    }

    @Test
    void gigatonnesAreAMeasure() {
        assertValue(only("2.9/CD/NUMBER gigatonnes/NNS of/IN carbon/NN"), "2.9 gigatonnes", Kind.MEASURE, 2.9,
                "gigatonne");
    }

    @Test
    void aMonthNameWithNoTimeWordBeforeItIsNoDate() {
        assertTrue(extract("Mrs/NNP May/NNP/DATE{XXXX-05} said/VBD so/RB").isEmpty());
    }

    @Test
    void whatIsCountedCanComeAfterTheNumberOf() {
        assertValue(only("the/DT number/NN of/IN displaced/VBN people/NNS is/VBZ 7.7/CD/NUMBER million/CD/NUMBER"),
                "7.7 million", Kind.COUNT, 7.7e6, "people");
    }

    @Test
    void anArticleBeforeTheDollarSignIsNoCurrencyPrefix() {
        assertValue(only("a/DT $/$ 1/CD billion/CD drug/NN"), "$ 1 billion", Kind.MONEY, 1e9, "USD");
    }

    @Test
    void digitsGluedToAnIdentifierArePartOfIt() {
        assertTrue(extract("planets/NNS K2/NN +-293/NN +b/NN/NUMBER and/CC K2/NN +-294/NN +b/NN/NUMBER").isEmpty());
    }

    @Test
    void capitalNBeforeAnAmountIsTheNaira() {
        assertValue(only("paid/VBD N/NN +64,050/CD/NUMBER for/IN fees/NNS"), "N64,050", Kind.MONEY, 64050, "NGN");
        assertValue(only("a/DT N5/NN million/CD/NUMBER award/NN"), "N5 million", Kind.MONEY, 5e6, "NGN");
        assertTrue(extract("a/DT N95/NN mask/NN").isEmpty());
    }

    @Test
    void earthquakeMagnitudeIsAMeasure() {
        assertValue(only("A/DT 7.2/CD/NUMBER magnitude/NN earthquake/NN"), "7.2 magnitude", Kind.MEASURE, 7.2,
                "magnitude");
    }

    @Test
    void twoAmountsJoinedByAndAreNoRangeWithoutBetween() {
        List<Quantity> found = extract("paid/VBD 50/CD/NUMBER dollars/NNS and/CC 80/CD/NUMBER dollars/NNS");
        assertTrue(found.stream().allMatch(q -> q.low().isEmpty()));
    }

    @Test
    void aCapitalNumberWordStartingANameIsNoCount() {
        assertTrue(extract("post/VB the/DT Ten/CD/NUMBER Commandments/NNS/MISC in/IN schools/NNS").isEmpty());
        assertEquals(1, extract("Two/CD/NUMBER Americans/NNPS/MISC died/VBD").size());
    }

    @Test
    void cediSign() {
        assertValue(only("rose/VBD to/TO GH₵/NN +515/CD/NUMBER"), "GH₵515", Kind.MONEY, 515, "GHS");
    }
}
