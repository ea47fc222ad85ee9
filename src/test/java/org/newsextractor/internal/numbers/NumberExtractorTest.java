package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;

class NumberExtractorTest {

    private final NumberExtractor extractor = new NumberExtractor();

    private List<Quantity> extract(String... sentences) {
        return Tagged.numbers(extractor, sentences);
    }

    private Quantity only(String... sentences) {
        return Tagged.onlyNumber(extractor, sentences);
    }

    private static void assertQuantity(Quantity q, String text, Kind kind, double value, String unit) {
        assertEquals(text, q.text());
        assertEquals(kind, q.kind());
        assertEquals(Optional.of(value), q.value());
        assertEquals(Optional.ofNullable(unit), q.unit());
    }

    @Test
    void numberWordCountsTheFollowingNoun() {
        assertQuantity(only("Officials/NNS said/VBD three/CD/NUMBER{3.0} people/NNS died/VBD ./."),
                "three", Kind.COUNT, 3, "people");
    }

    @Test
    void digitsWithCommasSkipNationalityForTheUnit() {
        assertQuantity(only("Ukraine/NNP/LOCATION says/VBZ 94,000/CD/NUMBER{94000.0} Russian/JJ/MISC troops/NNS"
                + " are/VBP there/RB ./."), "94,000", Kind.COUNT, 94000, "troops");
    }

    @Test
    void decimalWithMultiplier() {
        assertQuantity(only("About/RB 1.5/CD/NUMBER{1500000.0} million/CD/NUMBER{1500000.0} people/NNS"
                + " marched/VBD ./."), "1.5 million", Kind.COUNT, 1500000, "people");
    }

    @Test
    void moneyWithSymbolAndMultiplier() {
        Quantity q = only("It/PRP cost/VBD $/$/MONEY{$3.5E6} +3.5/CD/MONEY{$3.5E6} million/CD/MONEY{$3.5E6} ./.");
        assertQuantity(q, "$3.5 million", Kind.MONEY, 3500000, "USD");
    }

    @Test
    void moneyWithCurrencyWord() {
        assertQuantity(only("a/DT payout/NN of/IN one/CD/NUMBER{1000000.0} million/CD/NUMBER{1000000.0}"
                + " rubles/NNS ./."), "one million rubles", Kind.MONEY, 1000000, "RUB");
        assertQuantity(only("a/DT fine/NN of/IN €/$/MONEY{€20.0} +20/CD/MONEY{€20.0} ./."),
                "€20", Kind.MONEY, 20, "EUR");
    }

    @Test
    void percentForms() {
        Quantity sign = only("About/RB 52/CD/PERCENT{~%52.0} +%/NN/PERCENT{~%52.0} voted/VBD ./.");
        assertQuantity(sign, "52%", Kind.PERCENT, 52, "%");
        assertEquals(Optional.of("about"), sign.qualifier());
        assertQuantity(only("Prices/NNS rose/VBD 4/CD/PERCENT{%4.0} per/IN/PERCENT{%4.0} cent/NN/PERCENT{%4.0} ./."),
                "4 per cent", Kind.PERCENT, 4, "%");
        Quantity fraction = only("two-thirds/NNS of/IN voters/NNS agreed/VBD ./.");
        assertEquals(Kind.PERCENT, fraction.kind());
        assertEquals(200.0 / 3, fraction.value().orElseThrow(), 1e-9);
        assertEquals(Optional.of("%"), fraction.unit());
    }

    @Test
    void hyphenatedDurations() {
        Quantity q = only("a/DT 90/CD/DURATION{PT90M} +-/HYPH/DURATION{PT90M} +minute/NN/DURATION{PT90M}"
                + " discussion/NN");
        assertQuantity(q, "90-minute", Kind.DURATION, 90, "minute");
        assertEquals(Optional.of("PT90M"), q.normalized());
    }

    @Test
    void durationWithUnitWord() {
        Quantity q = only("this/DT would/MD take/VB 24/CD/DURATION{PT24H} hours/NNS/DURATION{PT24H} ./.");
        assertQuantity(q, "24 hours", Kind.DURATION, 24, "hour");
        assertEquals(Optional.of("PT24H"), q.normalized());
    }

    @Test
    void durationInsideRelativeDate() {
        assertQuantity(only("police/NNS arrived/VBD six/CD/DATE{OFFSET_PT6M} minutes/NNS/DATE{OFFSET_PT6M}"
                + " later/RB/DATE{OFFSET_PT6M} ./."), "six minutes", Kind.DURATION, 6, "minute");
    }

    @Test
    void hyphenatedAgesAndAgeCues() {
        assertQuantity(only("an/DT eleven/CD/DURATION{P11M} +-/HYPH/DURATION{P11M} +month/NN/DURATION{P11M}"
                + " +-/HYPH/DURATION{P11M} +old/JJ/DURATION{P11M} boy/NN"), "eleven-month-old", Kind.AGE, 11,
                "months");
        assertQuantity(only("a/DT man/NN aged/VBN 64/CD/NUMBER{64.0} ./."), "64", Kind.AGE, 64, "years");
        assertQuantity(only("Adamowicz/NNP/PERSON ,/, 53/CD/NUMBER{53.0} ,/, supported/VBD it/PRP ./."),
                "53", Kind.AGE, 53, "years");
    }

    @Test
    void hyphenatedNounIsPluralUnit() {
        assertQuantity(only("the/DT ten/CD/NUMBER{10.0} +-/HYPH +storey/NN building/NN fell/VBD ./."),
                "ten-storey", Kind.COUNT, 10, "storeys");
    }

    @Test
    void measureTakesSingularUnit() {
        assertQuantity(only("within/IN two/CD/NUMBER{<=2.0} miles/NNS of/IN each/DT other/JJ"),
                "two miles", Kind.MEASURE, 2, "mile");
    }

    @Test
    void unitAcrossOfAndFromPredicate() {
        assertQuantity(only("A/DT total/NN of/IN 39/CD/NUMBER{39.0} are/VBP confirmed/VBN dead/JJ ./."),
                "39", Kind.COUNT, 39, "dead");
        assertQuantity(only("Police/NNS said/VBD 12/CD/NUMBER{12.0} of/IN the/DT victims/NNS were/VBD"
                + " children/NNS ./."), "12", Kind.COUNT, 12, "victims");
        assertQuantity(only("seven/CD/NUMBER{7.0} more/JJR were/VBD injured/VBN ./."),
                "seven", Kind.COUNT, 7, "injured");
        assertQuantity(only("an/DT attack/NN killing/VBG three/CD/NUMBER{3.0} ,/, police/NNS said/VBD"),
                "three", Kind.COUNT, 3, "people");
    }

    @Test
    void qualifiersBeforeAndAfter() {
        assertEquals(Optional.of("more than"),
                only("More/JJR than/IN 1000/CD/NUMBER{>1000.0} people/NNS were/VBD held/VBN")
                        .qualifier());
        assertEquals(Optional.of("at least"),
                only("at/IN least/JJS ten/CD/NUMBER{>=10.0} survivors/NNS").qualifier());
        Quantity orMore = only("events/NNS where/WRB four/CD/NUMBER{>=4.0} or/CC more/JJR people/NNS"
                + " are/VBP shot/VBN");
        assertEquals(Optional.of("at least"), orMore.qualifier());
        assertEquals(Optional.of("people"), orMore.unit());
    }

    @Test
    void rangeGivesOneRecordPerBound() {
        List<Quantity> found = extract("between/IN 36/CD/NUMBER{36.0-40.0} and/CC/NUMBER{36.0-40.0}"
                + " 40/CD/NUMBER{36.0-40.0} people/NNS under/IN the/DT rubble/NN");
        assertEquals(2, found.size());
        assertQuantity(found.get(0), "36", Kind.COUNT, 36, "people");
        assertQuantity(found.get(1), "40", Kind.COUNT, 40, "people");
        assertEquals(Optional.of(36.0), found.get(1).low());
        assertEquals(Optional.of(40.0), found.get(0).high());
    }

    @Test
    void absoluteDatesAreTrimmedToTheirDigitsAndMonth() {
        Quantity q = only("Friday/NNP/DATE{2019-01-04} ,/,/DATE{2019-01-04} January/NNP/DATE{2019-01-04}"
                + " 4/CD/DATE{2019-01-04} +,/,/DATE{2019-01-04} 2019/CD/DATE{2019-01-04}");
        assertEquals("January 4, 2019", q.text());
        assertEquals(Kind.DATE, q.kind());
        assertEquals(Optional.of("2019-01-04"), q.normalized());
        assertEquals(Optional.of("2014"), only("In/IN 2014/CD/DATE{2014} ,/, Moscow/NNP/LOCATION acted/VBD").normalized());
    }

    @Test
    void monthAndDayTakeTheArticleYear() {
        List<Quantity> found = extract("Monday/NNP/DATE{2019-01-07} ,/,/DATE{2019-01-07}"
                        + " January/NNP/DATE{2019-01-07} 7/CD/DATE{2019-01-07}",
                "It/PRP started/VBD on/IN December/NNP/DATE{THIS_P1Y_OFFSET_P-1Y_INTERSECT_XXXX-12-22}"
                        + " 22/CD/DATE{THIS_P1Y_OFFSET_P-1Y_INTERSECT_XXXX-12-22}"
                        + " last/JJ/DATE{THIS_P1Y_OFFSET_P-1Y_INTERSECT_XXXX-12-22}"
                        + " year/NN/DATE{THIS_P1Y_OFFSET_P-1Y_INTERSECT_XXXX-12-22} ./.");
        assertEquals(2, found.size());
        assertEquals("December 22", found.get(1).text());
        assertEquals(Optional.of("2018-12-22"), found.get(1).normalized());
    }

    @Test
    void relativeDatesAndHolidaysAreLeftOut() {
        assertTrue(extract("He/PRP spoke/VBD on/IN Thursday/NNP/DATE{XXXX-WXX-4} and/CC this/DT/DATE{THIS_P1Y}"
                + " year/NN/DATE{THIS_P1Y} at/IN Christmas/NNP/DATE{XXXX-12-25} ./.").isEmpty());
    }

    @Test
    void bogusCoreNlpTagsAreDropped() {
        assertTrue(extract("[/-LRB- ad_1/NN/NUMBER{1.0} ]/-RRB-").isEmpty(), "ad_1");
        assertTrue(extract("for/IN a/DT/DURATION{PT1S} second/JJ/DURATION{PT1S} such/JJ strike/NN").isEmpty(),
                "a second such strike");
        assertTrue(extract("just/RB days/NNS/DURATION{PXD} after/IN").isEmpty(), "days");
        assertTrue(extract("the/DT disease/NN COVID/NNP +-19/CD/NUMBER{-19.0} spread/VBD").isEmpty(), "COVID-19");
        assertTrue(extract("to/TO revoke/VB Article/NNP 50/CD/NUMBER{50.0} ./.").isEmpty(), "Article 50");
        assertTrue(extract("call/VB 020/CD/NUMBER{20.0} 7946/CD/NUMBER{7946.0} 0958/CD/NUMBER{958.0} now/RB")
                .isEmpty(), "phone number");
        assertTrue(extract("which/WDT was/VBD one/CD/NUMBER{1.0} of/IN his/PRP$ promises/NNS").isEmpty(), "one of");
        assertTrue(extract("known/VBN as/IN Bucharest/NNP/LOCATION Nine/NNP/LOCATION ./.").isEmpty(), "name");
    }

    @Test
    void ordinalsAreKeptAsOrdinals() {
        Quantity q = only("a/DT fourth/JJ/ORDINAL{4.0} offender/NN escaped/VBD");
        assertEquals(Kind.ORDINAL, q.kind());
        assertEquals(Optional.of(4.0), q.value());
    }

    @Test
    void recordsComeInTextOrder() {
        List<Quantity> found = extract("Over/IN 1,000/CD/NUMBER{>1000.0} rescuers/NNS and/CC"
                + " 48/CD/NUMBER{48.0} apartments/NNS ./.", "In/IN 1973/CD/DATE{1973} it/PRP was/VBD built/VBN ./.");
        assertEquals(3, found.size());
        assertTrue(found.get(0).begin() < found.get(1).begin() && found.get(1).begin() < found.get(2).begin());
        assertEquals(Optional.of("rescuers"), found.get(0).unit());
        assertEquals(Optional.of("apartments"), found.get(1).unit());
    }
}
