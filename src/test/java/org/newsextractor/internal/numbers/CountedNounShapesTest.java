package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;

/**
 * What a number counts, read from the structure of its phrase rather than from the words themselves: a part of a
 * whole, a model number inside a name, a time after the number, more of an earlier count, a body of people, an
 * age in a relative clause or a range. Made-up sentences, tagged as CoreNLP tags them.
 */
class CountedNounShapesTest {

    private final NumberExtractor extractor = new NumberExtractor();

    private List<Quantity> extract(String... sentences) {
        return Tagged.numbers(extractor, sentences);
    }

    private static void assertCount(Quantity q, String text, Kind kind, double value, String unit) {
        assertEquals(text, q.text());
        assertEquals(kind, q.kind());
        assertEquals(value, q.value().orElseThrow(), 1e-9 * Math.max(1, Math.abs(value)));
        assertEquals(Optional.ofNullable(unit), q.unit());
    }

    @Test
    void aPartOfAWholeCountsWhatTheWholeCounts() {
        List<Quantity> found = extract("Officials/NNS said/VBD 12/CD/NUMBER{12.0} of/IN the/DT 30/CD/NUMBER{30.0}"
                + " passengers/NNS were/VBD children/NNS ./.");
        assertCount(found.get(0), "12", Kind.COUNT, 12, "passengers");
        assertCount(found.get(1), "30", Kind.COUNT, 30, "passengers");
    }

    @Test
    void howOftenSomeoneWonCountsTimes() {
        assertCount(extract("Kipchoge/NNP/PERSON has/VBZ won/VBN the/DT marathon/NN 16/CD/NUMBER{16.0} times/NNS"
                + " ./.").get(0), "16", Kind.COUNT, 16, "times");
        assertCount(extract("She/PRP has/VBZ won/VBN the/DT race/NN four/CD/NUMBER{4.0} times/NNS ./.").get(0),
                "four", Kind.COUNT, 4, "times");
    }

    @Test
    void aPartOfAWholeSkipsTheWholesAdjectives() {
        List<Quantity> found = extract("The/DT team/NN has/VBZ won/VBN 5/CD/NUMBER{5.0} of/IN its/PRP$ last/JJ"
                + " 6/CD/NUMBER{6.0} games/NNS ./.");
        assertCount(found.get(0), "5", Kind.COUNT, 5, "games");
    }

    @Test
    void aModelNumberInsideANameIsNoCountAndTheNounAfterItIsCounted() {
        List<Quantity> found = extract("The/DT airline/NN flies/VBZ 40/CD/NUMBER{40.0} Airbus/NNP/ORGANIZATION"
                + " A320/NNP aircraft/NN and/CC two/CD/NUMBER{2.0} Boeing/NNP/ORGANIZATION 737/CD/NUMBER{737.0}"
                + " jets/NNS ./.");
        assertEquals(2, found.size(), () -> found.toString());
        assertCount(found.get(0), "40", Kind.COUNT, 40, "aircraft");
        assertCount(found.get(1), "two", Kind.COUNT, 2, "jets");
    }

    @Test
    void aGradeAfterANameIsNoNumber() {
        assertTrue(extract("It/PRP hit/VBD land/NN as/IN a/DT Category/NNP 4/CD/NUMBER{4.0} storm/NN ./.")
                .isEmpty());
    }

    @Test
    void aTimeAfterTheNumberIsNotWhatItCounts() {
        List<Quantity> found = extract("The/DT chain/NN has/VBZ 14/CD/NUMBER{14.0} stores/NNS and/CC will/MD"
                + " open/VB three/CD/NUMBER{3.0} more/JJR next/JJ/DATE{THIS_P1Y_OFFSET_P1Y}"
                + " year/NN/DATE{THIS_P1Y_OFFSET_P1Y} ./.");
        assertCount(found.get(1), "three", Kind.COUNT, 3, "stores");
    }

    @Test
    void othersAfterOneAreMoreOfItInThePlural() {
        List<Quantity> found = extract("One/CD/NUMBER{1.0} person/NN was/VBD killed/VBN and/CC"
                + " three/CD/NUMBER{3.0} others/NNS were/VBD wounded/VBN ./.");
        assertCount(found.get(1), "three", Kind.COUNT, 3, "people");
    }

    @Test
    void theSizeOfABodyOfPeopleCountsPeople() {
        assertCount(Tagged.onlyNumber(extractor, "The/DT population/NN of/IN the/DT city/NN is/VBZ"
                + " 2.5/CD/NUMBER{2500000.0} million/CD/NUMBER{2500000.0} ./."), "2.5 million", Kind.COUNT, 2500000,
                "people");
    }

    @Test
    void aBareNumberAfterACopulaOfAnotherNounCountsNothingNamed() {
        assertCount(Tagged.onlyNumber(extractor, "The/DT score/NN was/VBD 12/CD/NUMBER{12.0} ./."), "12",
                Kind.COUNT, 12, null);
    }

    @Test
    void aNumberAfterWhoIsIsAnAge() {
        assertCount(Tagged.onlyNumber(extractor, "Smith/NNP/PERSON ,/, who/WP is/VBZ 34/CD/NUMBER{34.0} ,/,"
                + " said/VBD she/PRP would/MD run/VB ./."), "34", Kind.AGE, 34, "years");
    }

    @Test
    void aNumberAfterTurnsIsAnAge() {
        assertCount(Tagged.onlyNumber(extractor, "The/DT president/NN ,/, who/WP turns/VBZ 70/CD/NUMBER{70.0}"
                + " next/JJ/DATE{THIS_P1M_OFFSET_P1M} month/NN/DATE{THIS_P1M_OFFSET_P1M} ,/, will/MD run/VB ./."),
                "70", Kind.AGE, 70, "years");
    }

    @Test
    void turnedBeforeACountedNounIsNoAge() {
        assertCount(Tagged.onlyNumber(extractor, "They/PRP turned/VBD 5/CD/NUMBER{5.0} buildings/NNS into/IN"
                + " shelters/NNS ./."), "5", Kind.COUNT, 5, "buildings");
    }

    @Test
    void bothBoundsOfARangeOfAgesAreAges() {
        List<Quantity> found = extract("The/DT victims/NNS were/VBD aged/VBN between/IN 18/CD/NUMBER{18.0}"
                + " and/CC 25/CD/NUMBER{25.0} ./.");
        assertCount(found.get(0), "18", Kind.AGE, 18, "years");
        assertCount(found.get(1), "25", Kind.AGE, 25, "years");
    }

    @Test
    void aYearJoinedToACodeIsPartOfAName() {
        assertTrue(extract("The/DT virus/NN was/VBD first/RB called/VBN 2019/CD/DATE{2019} +-/HYPH +nCoV/NNP ./.")
                .isEmpty());
    }

    @Test
    void aMagnitudeIsWrittenBeforeItsNumber() {
        List<Quantity> found = extract("The/DT magnitude/NN 6.1/CD/NUMBER{6.1} quake/NN struck/VBD and/CC"
                + " a/DT second/JJ/ORDINAL{2.0} had/VBD a/DT magnitude/NN of/IN 5.2/CD/NUMBER{5.2} ./.");
        List<Quantity> measures = found.stream().filter(q -> q.kind() == Kind.MEASURE).toList();
        assertEquals(2, measures.size(), () -> found.toString());
        assertCount(measures.get(0), "6.1", Kind.MEASURE, 6.1, "magnitude");
        assertCount(measures.get(1), "5.2", Kind.MEASURE, 5.2, "magnitude");
    }

    @Test
    void aCopulaWithNoSubjectBeforeIt() {
        assertCount(Tagged.onlyNumber(extractor, "has/VBZ been/VBN 5/CD/NUMBER{5.0}"), "5", Kind.COUNT, 5, null);
    }

    @Test
    void anAgeInBracketsAfterAName() {
        List<Quantity> found = extract("John/NNP/PERSON Smith/NNP/PERSON (/-LRB- 45/CD/NUMBER{45.0} )/-RRB- and/CC"
                + " Mary/NNP/PERSON (/-LRB- 43/CD/NUMBER{43.0} )/-RRB- were/VBD charged/VBN ./.");
        assertCount(found.get(0), "45", Kind.AGE, 45, "years");
        assertCount(found.get(1), "43", Kind.AGE, 43, "years");
    }

    @Test
    void aNumberInBracketsAfterAThingIsNoAge() {
        assertCount(Tagged.onlyNumber(extractor, "The/DT bill/NN (/-LRB- 45/CD/NUMBER{45.0} )/-RRB- passed/VBD ./."),
                "45", Kind.COUNT, 45, null);
    }

    @Test
    void theSizeOfACrowdCountsPeople() {
        assertCount(Tagged.onlyNumber(extractor, "Police/NNS estimated/VBD the/DT crowd/NN at/IN"
                + " 80,000/CD/NUMBER{80000.0} ./."), "80,000", Kind.COUNT, 80000, "people");
    }

    @Test
    void aDecadeIsTheIsoPrefixItsYearsShare() {
        Quantity q = Tagged.onlyNumber(extractor, "In/IN the/DT 1990s/CD/DATE{1990} ,/, the/DT town/NN grew/VBD ./.");
        assertEquals("1990s", q.text());
        assertEquals(Kind.DATE, q.kind());
        assertEquals(Optional.of("199"), q.normalized());
    }

    @Test
    void aPersonsCopulaWithABareNumberGivesTheirAge() {
        assertCount(Tagged.onlyNumber(extractor, "The/DT veteran/NN was/VBD 96/CD/NUMBER{96.0} ./."), "96",
                Kind.AGE, 96, "years");
    }

    @Test
    void athingsCopulaWithABareNumberIsNoAge() {
        assertEquals(Kind.COUNT, Tagged.onlyNumber(extractor, "The/DT score/NN was/VBD 96/CD/NUMBER{96.0} ./.")
                .kind());
    }

    @Test
    void theNumberOfAnAddressIsNoCount() {
        assertTrue(extract("He/PRP returned/VBD to/TO 10/CD/NUMBER{10.0} Downing/NNP/LOCATION Street/NNP/LOCATION"
                + " ./.").isEmpty());
    }

    @Test
    void aNumberBeforePluralNamesCountsThem() {
        assertCount(Tagged.onlyNumber(extractor, "12/CD/NUMBER{12.0} Democrats/NNPS voted/VBD no/DT ./."), "12",
                Kind.COUNT, 12, "Democrats");
    }

    @Test
    void aNumberBeforeANameAndItsNounCountsTheNoun() {
        assertCount(Tagged.onlyNumber(extractor, "Floods/NNS hit/VBD 5/CD/NUMBER{5.0} Texas/NNP/STATE_OR_PROVINCE"
                + " towns/NNS ./."), "5", Kind.COUNT, 5, "towns");
    }

    @Test
    void aChapterNumberBeforeANounIsPartOfTheName() {
        assertTrue(extract("The/DT firm/NN filed/VBD for/IN Chapter/NN 11/CD/NUMBER{11.0} bankruptcy/NN"
                + " protection/NN ./.").isEmpty());
    }

    @Test
    void digitsOverSmallerDigitsAreNoFraction() {
        List<Quantity> found = extract("The/DT 24%2F7/CD/NUMBER{3.4285714285714284} hotline/NN received/VBD"
                + " 3,000/CD/NUMBER{3000.0} calls/NNS ./.");
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals("3,000", found.get(0).text());
    }

    @Test
    void inATitleCasedHeadlineACapitalSaysNothingOfAName() {
        assertCount(Tagged.onlyNumber(extractor, "Floods/NNP Kill/NNP 20/CD/NUMBER{20.0} People/NNS In/IN"
                + " Kerala/NNP/STATE_OR_PROVINCE"), "20", Kind.COUNT, 20, "people");
    }

    @Test
    void anAdjectiveBetweenANumberAndItsUnitOfTime() {
        Quantity q = Tagged.onlyNumber(extractor, "Rain/NN fell/VBD for/IN 36/CD/NUMBER{36.0} straight/JJ"
                + " hours/NNS ./.");
        assertCount(q, "36 straight hours", Kind.DURATION, 36, "hour");
        assertEquals(Optional.of("PT36H"), q.normalized());
    }

    @Test
    void aHyphenedAdjectiveCountsTheNounAfterIt() {
        assertCount(Tagged.onlyNumber(extractor, "A/DT 5,000/CD/NUMBER{5000.0} +-/HYPH +strong/JJ force/NN"
                + " arrived/VBD ./."), "5,000-strong", Kind.COUNT, 5000, "force");
    }

    @Test
    void rupeesWrittenRs() {
        assertCount(Tagged.onlyNumber(extractor, "It/PRP lost/VBD Rs/NNP 500/CD/NUMBER{500.0} ./."), "Rs 500",
                Kind.MONEY, 500, "INR");
    }

    @Test
    void nauticalMiles() {
        assertCount(Tagged.onlyNumber(extractor, "It/PRP sank/VBD 200/CD/NUMBER{200.0} nautical/JJ miles/NNS"
                + " off/IN the/DT coast/NN ./."), "200 nautical miles", Kind.MEASURE, 200, "nautical mile");
    }

    @Test
    void aParticipleBeforeTheNounDescribesWhatIsCounted() {
        assertCount(Tagged.onlyNumber(extractor, "Rescuers/NNS searched/VBD for/IN two/CD/NUMBER{2.0}"
                + " missing/VBG fishermen/NNS +./."), "two", Kind.COUNT, 2, "fishermen");
        assertCount(Tagged.onlyNumber(extractor, "There/EX were/VBD 45,171/CD/NUMBER{45171.0} confirmed/VBN"
                + " cases/NNS +./."), "45,171", Kind.COUNT, 45171, "cases");
    }

    @Test
    void aPartOfAWholeOwnedBySomethingCountsTheWholesNoun() {
        List<Quantity> found = extract("Water/NNP covered/VBD 28/CD/NUMBER{28.0} of/IN the/DT state/NN +'s/POS"
                + " 33/CD/NUMBER{33.0} districts/NNS +./.");
        assertCount(found.get(0), "28", Kind.COUNT, 28, "districts");
        assertCount(Tagged.onlyNumber(extractor, "Five/CD/NUMBER{5.0} of/IN the/DT company/NN +'s/POS"
                + " employees/NNS left/VBD +./."), "Five", Kind.COUNT, 5, "employees");
    }

    @Test
    void theNumberOfAnAdjectiveCountsWhatItDescribes() {
        assertCount(Tagged.onlyNumber(extractor, "The/DT number/NN of/IN dead/JJ climbed/VBD to/IN"
                + " 71/CD/NUMBER{71.0} +./."), "71", Kind.COUNT, 71, "dead");
    }

    @Test
    void aTollWithNoNounOfItsOwnCountsDeaths() {
        assertCount(Tagged.onlyNumber(extractor, "The/DT toll/NN reached/VBD 40/CD/NUMBER{40.0} +./."), "40",
                Kind.COUNT, 40, "deaths");
    }

    @Test
    void theAmountOfAChangeBeforeItsNewLevelIsSkipped() {
        List<Quantity> found = extract("The/DT city/NN +'s/POS population/NN grew/VBD by/IN"
                + " 3.2/CD/PERCENT{%3.2} +%/NN/PERCENT{%3.2} to/IN 8.9/CD/NUMBER{8900000.0}"
                + " million/CD/NUMBER{8900000.0} +./.");
        assertCount(found.get(1), "8.9 million", Kind.COUNT, 8.9e6, "people");
        List<Quantity> rose = extract("The/DT city/NN +'s/POS homeless/JJ population/NN rose/VBD"
                + " 12/CD/PERCENT{%12.0} percent/NN/PERCENT{%12.0} to/IN 4,300/CD/NUMBER{4300.0} +./.");
        assertCount(rose.get(1), "4,300", Kind.COUNT, 4300, "people");
    }

    @Test
    void aYearAfterInBesideACountStaysAYearAndTheLevelsCountTheSubject() {
        List<Quantity> found = extract("Teachers/NNS fell/VBD from/IN 31,000/CD/NUMBER{31000.0} in/IN"
                + " 2015/CD/DATE{2015} to/IN 27,500/CD/NUMBER{27500.0} +./.");
        assertEquals(3, found.size(), () -> found.toString());
        assertCount(found.get(0), "31,000", Kind.COUNT, 31000, "teachers");
        assertEquals(Kind.DATE, found.get(1).kind());
        assertEquals(Optional.of("2015"), found.get(1).normalized());
        assertCount(found.get(2), "27,500", Kind.COUNT, 27500, "teachers");
    }

    @Test
    void aCasualtyVerbBeforeTheQualifierCountsPeople() {
        assertCount(Tagged.onlyNumber(extractor, "The/DT storm/NN killed/VBN at/IN least/RBS 16/CD/NUMBER{>=16.0}"
                + " +./."), "16", Kind.COUNT, 16, "people");
    }

    @Test
    void aHyphenedNumberBeforeTheNounDescribesIt() {
        List<Quantity> found = extract("He/PRP served/VBD two/CD/NUMBER{0.0} five/CD/DURATION{P5Y}"
                + " +-/HYPH/DURATION{P5Y} +year/NN/DURATION{P5Y} terms/NNS +./.");
        assertCount(found.get(0), "two", Kind.COUNT, 2, "terms");
    }

    @Test
    void aMonthOverADayPastTenNamesADayNotAFraction() {
        assertTrue(extract("The/DT 9%2F11/CD/NUMBER{0.8181818181818182} attacks/NNS changed/VBD it/PRP +./.")
                .isEmpty());
        assertCount(Tagged.onlyNumber(extractor, "Add/VB 3%2F4/CD/NUMBER{0.75} of/IN a/DT cup/NN +./."), "3/4",
                Kind.COUNT, 0.75, "cup");
    }

    @Test
    void aPerfectVerbOfCasualtyOrFlightCountsPeople() {
        assertCount(Tagged.onlyNumber(extractor, "Over/IN 8,000/CD/NUMBER{>8000.0} have/VBP died/VBN +./."), "8,000",
                Kind.COUNT, 8000, "people");
        assertCount(Tagged.onlyNumber(extractor, "Some/DT 9,000/CD/NUMBER{9000.0} have/VBP fled/VBN +./."), "9,000",
                Kind.COUNT, 9000, "people");
    }

    @Test
    void aNumberAfterAnOpeningOfPhraseCountsItsWhole() {
        assertCount(Tagged.onlyNumber(extractor, "Of/IN those/DT infected/VBN +,/, 312/CD/NUMBER{312.0} are/VBP"
                + " in/IN intensive/JJ care/NN +./."), "312", Kind.COUNT, 312, "infected");
        List<Quantity> found = extract("Of/IN the/DT cases/NNS outside/IN China/NNP/LOCATION +,/,"
                + " 441/CD/NUMBER{441.0} were/VBD reported/VBN in/IN 24/CD/NUMBER{24.0} countries/NNS +./.");
        assertCount(found.get(0), "441", Kind.COUNT, 441, "cases");
        assertCount(Tagged.onlyNumber(extractor, "In/IN the/DT end/NN +,/, 40/CD/NUMBER{40.0} were/VBD"
                + " reported/VBN +./."), "40", Kind.COUNT, 40, "reported");
    }

    @Test
    void theYearOfAnEventBetweenItsNamesIsPartOfTheName() {
        assertTrue(extract("The/DT Tokyo/NNP/LOCATION 2020/CD/NUMBER{2020.0} Olympics/NNPS/MISC were/VBD"
                + " delayed/VBN +./.").isEmpty());
        assertCount(Tagged.onlyNumber(extractor, "He/PRP met/VBD 12/CD/NUMBER{12.0} Democrats/NNPS +./."), "12",
                Kind.COUNT, 12, "Democrats");
    }

    @Test
    void aListOfNumbersCountsTheNounAfterItsLast() {
        List<Quantity> found = extract("They/PRP won/VBD 45/CD/NUMBER{45.0} +,/, 30/CD/NUMBER{30.0} and/CC"
                + " 12/CD/NUMBER{12.0} seats/NNS respectively/RB +./.");
        assertCount(found.get(0), "45", Kind.COUNT, 45, "seats");
        assertCount(found.get(1), "30", Kind.COUNT, 30, "seats");
        List<Quantity> others = extract("The/DT blast/NN killed/VBD 12/CD/NUMBER{12.0} +,/, and/CC"
                + " 30/CD/NUMBER{30.0} others/NNS were/VBD hurt/VBN +./.");
        assertCount(others.get(0), "12", Kind.COUNT, 12, "people");
    }
}
