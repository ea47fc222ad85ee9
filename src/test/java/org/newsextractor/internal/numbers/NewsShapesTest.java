package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;

/**
 * Shapes of numbers in news beyond the plain ones: dates without a year, the end of a date range, clock-style
 * durations, tallies, "one" counting something, speeds, ages in apposition. Made-up sentences, tagged as CoreNLP
 * tags them.
 */
class NewsShapesTest {

    private final NumberExtractor extractor = new NumberExtractor();

    private List<Quantity> extract(String... sentences) {
        return Tagged.numbers(extractor, sentences);
    }

    private Quantity only(String... sentences) {
        return Tagged.onlyNumber(extractor, sentences);
    }

    private static void assertDate(Quantity q, String text, String normalized) {
        assertEquals(text, q.text());
        assertEquals(Kind.DATE, q.kind());
        assertEquals(Optional.of(normalized), q.normalized());
    }

    private static void assertValue(Quantity q, String text, Kind kind, double value, String unit) {
        assertEquals(text, q.text());
        assertEquals(kind, q.kind());
        assertEquals(value, q.value().orElseThrow(), 1e-9 * Math.max(1, Math.abs(value)));
        assertEquals(Optional.ofNullable(unit), q.unit());
    }

    @Test
    void monthAndDayWithNoYearInSightKeepTheYearUnknown() {
        assertDate(only("The/DT ferry/NN resumes/VBZ service/NN on/IN May/NNP/DATE{XXXX-05-04}"
                + " 4/CD/DATE{XXXX-05-04} ./."), "May 4", "XXXX-05-04");
    }

    @Test
    void monthAndDayTakeTheYearOfTheirPhrase() {
        List<Quantity> found = extract("The/DT 2019/CD/DATE{2019} festival/NN on/IN June/NNP/DATE{XXXX-06-23}"
                + " 23/CD/DATE{XXXX-06-23} drew/VBD crowds/NNS ./.");
        assertDate(found.get(1), "June 23", "2019-06-23");
    }

    @Test
    void aYearBeyondAVerbIsAnotherPhrase() {
        List<Quantity> found = extract("The/DT 2019/CD/DATE{2019} festival/NN returns/VBZ on/IN"
                + " June/NNP/DATE{XXXX-06-23} 23/CD/DATE{XXXX-06-23} ./.");
        assertDate(found.get(1), "June 23", "XXXX-06-23");
    }

    @Test
    void monthAndDayTakeTheArticlesYearOtherwise() {
        List<Quantity> found = extract("Oslo/NNP ,/, March/NNP/DATE{2021-03-02} 2/CD/DATE{2021-03-02}"
                + " ,/,/DATE{2021-03-02} 2021/CD/DATE{2021-03-02} ./.",
                "The/DT ferry/NN resumes/VBZ on/IN May/NNP/DATE{XXXX-05-04} 4/CD/DATE{XXXX-05-04} ./.");
        assertDate(found.get(1), "May 4", "2021-05-04");
    }

    @Test
    void theBareDayAfterADateEndsItsRange() {
        List<Quantity> found = extract("The/DT fair/NN runs/VBZ from/IN July/NNP/DATE{XXXX-07-09}"
                + " 9/CD/DATE{XXXX-07-09} to/IN 12/CD/NUMBER{12.0} ./.");
        assertEquals(2, found.size());
        assertDate(found.get(0), "July 9", "XXXX-07-09");
        assertDate(found.get(1), "12", "XXXX-07-12");
    }

    @Test
    void aGluedDashAlsoEndsADateRange() {
        List<Quantity> found = extract("The/DT fair/NN is/VBZ on/IN April/NNP/DATE{2022-04-03}"
                + " 3/CD/DATE{2022-04-03} +-/SYM +5/CD/DATE{******05} ./.");
        assertDate(found.get(1), "5", "2022-04-05");
    }

    @Test
    void aNumberAfterADateRangeWordThatCountsSomethingIsNoDay() {
        List<Quantity> found = extract("On/IN July/NNP/DATE{XXXX-07-09} 9/CD/DATE{XXXX-07-09} to/IN"
                + " 12/CD/NUMBER{12.0} ferries/NNS sailed/VBD ./.");
        assertEquals(Kind.COUNT, found.get(1).kind());
    }

    @Test
    void raceTimesAreDurationsInSeconds() {
        Quantity q = only("She/PRP won/VBD the/DT race/NN in/IN 2:31:47/CD/NUMBER ./.");
        assertValue(q, "2:31:47", Kind.DURATION, 9107, "second");
        assertEquals(Optional.of("PT2H31M47S"), q.normalized());
        Quantity lap = only("His/PRP$ best/JJS lap/NN was/VBD 1:04.12/CD/DATE{2012} ./.");
        assertValue(lap, "1:04.12", Kind.DURATION, 64.12, "second");
        assertEquals(Optional.of("PT1M4.12S"), lap.normalized());
    }

    @Test
    void minutesSecondsAndHundredthsAreADurationEvenWhereTheTaggerSeesAYear() {
        Quantity won = only("She/PRP finished/VBD in/IN 2:08.09/CD/DATE{2009} ./.");
        assertValue(won, "2:08.09", Kind.DURATION, 128.09, "second");
        assertEquals(Optional.of("PT2M8.09S"), won.normalized());
        Quantity swim = only("He/PRP swam/VBD a/DT time/NN of/IN 1:04.12/CD/DATE{2012} ./.");
        assertValue(swim, "1:04.12", Kind.DURATION, 64.12, "second");
        assertEquals(Optional.of("PT1M4.12S"), swim.normalized());
    }

    @Test
    void aUnitOfTimeAndAHalfIsOneDuration() {
        Quantity minute = only("It/PRP took/VBD a/DT/DURATION{PT1M} minute/NN/DURATION{PT1M} and/CC a/DT half/NN ./.");
        assertValue(minute, "a minute and a half", Kind.DURATION, 1.5, "minute");
        assertEquals(Optional.of("PT1.5M"), minute.normalized());
        assertValue(only("The/DT talks/NNS lasted/VBD an/DT/DURATION{PT1H} hour/NN/DURATION{PT1H} and/CC a/DT"
                + " half/NN ./."), "an hour and a half", Kind.DURATION, 1.5, "hour");
        assertValue(only("The/DT trip/NN took/VBD two/CD/DURATION{PT2H} hours/NNS/DURATION{PT2H} and/CC a/DT"
                + " half/NN ./."), "two hours and a half", Kind.DURATION, 2.5, "hour");
        Quantity twoAndAHalf = only("The/DT trip/NN took/VBD two/CD/NUMBER{2.0} and/CC a/DT half/NN hours/NNS ./.");
        assertValue(twoAndAHalf, "two and a half hours", Kind.DURATION, 2.5, "hour");
        assertEquals(Optional.of("PT2.5H"), twoAndAHalf.normalized());
        assertValue(only("The/DT meeting/NN lasted/VBD half/PDT an/DT/DURATION{PT1H} hour/NN/DURATION{PT1H} ./."),
                "half an hour", Kind.DURATION, 0.5, "hour");
        assertValue(only("The/DT boy/NN ,/, a/DT/DURATION{P1Y} year/NN/DURATION{P1Y} and/CC a/DT half/NN old/JJ ,/,"
                + " survived/VBD ./."), "a year and a half old", Kind.AGE, 1.5, "years");
    }

    @Test
    void aClockReadingWithATimeZoneIsATimeOfDay() {
        assertEquals(Kind.TIME, only("The/DT launch/NN is/VBZ set/VBN for/IN 10:30:00/CD/TIME{10:30:00}"
                + " GMT/NNP/MISC ./.").kind());
    }

    @Test
    void aTallyWithToIsTwoCounts() {
        List<Quantity> found = extract("The/DT bill/NN passed/VBD 312/CD/NUMBER{312.0} +-/HYPH +to/IN +-95/NN ./.");
        assertEquals(2, found.size());
        assertValue(found.get(0), "312", Kind.COUNT, 312, "votes");
        assertValue(found.get(1), "95", Kind.COUNT, 95, "votes");
        assertTrue(found.get(0).low().isEmpty());
    }

    @Test
    void aScoreIsTwoCountsAndNoRange() {
        List<Quantity> found = extract("They/PRP lost/VBD 2/CD/NUMBER{2.0} +-/SYM +4/CD/DATE{******04} at/IN"
                + " home/NN ./.");
        assertEquals(2, found.size());
        assertValue(found.get(0), "2", Kind.COUNT, 2, null);
        assertValue(found.get(1), "4", Kind.COUNT, 4, null);
        assertTrue(found.get(0).low().isEmpty() && found.get(1).high().isEmpty());
    }

    @Test
    void aDashedRangeWithoutATallyWordStaysARange() {
        Quantity q = only("Tickets/NNS cost/VBP 20/CD/NUMBER +-/HYPH +30/CD/NUMBER each/DT ./.");
        assertEquals(Optional.of(20.0), q.low());
        assertEquals(Optional.of(30.0), q.high());
    }

    @Test
    void oneCountsTheNounAfterIt() {
        assertValue(only("One/CD/NUMBER{1.0} climber/NN died/VBD on/IN the/DT descent/NN ./."), "One", Kind.COUNT,
                1, "climber");
        assertValue(only("The/DT bus/NN makes/VBZ only/RB one/CD/NUMBER{1.0} stop/NN ./."), "one", Kind.COUNT, 1,
                "stop");
    }

    @Test
    void oneThatPicksOutAWayOrIsAPronounIsNoCount() {
        assertTrue(extract("There/EX is/VBZ one/CD/NUMBER{1.0} way/NN out/RB ./.").isEmpty());
        assertTrue(extract("This/DT one/CD/NUMBER{1.0} painting/NN is/VBZ fake/JJ ./.").isEmpty());
        assertTrue(extract("One/CD/NUMBER{1.0} of/IN them/PRP left/VBD ./.").isEmpty());
    }

    @Test
    void speedsWithASlashAreOneUnit() {
        assertValue(only("The/DT train/NN reached/VBD 240/CD/NUMBER{240.0} km/NN +%2F/HYPH +h/NN ./."),
                "240 km/h", Kind.MEASURE, 240, "kilometer per hour");
    }

    @Test
    void feetAndInchesInWordsAreOneHeight() {
        assertValue(only("The/DT statue/NN is/VBZ five/CD/NUMBER{5.0} feet/NNS eleven/CD/NUMBER{11.0}"
                + " inches/NNS tall/JJ ./."), "five feet eleven inches", Kind.MEASURE, 5 + 11.0 / 12, "foot");
    }

    @Test
    void aNumberInCommasAfterAPersonNounIsAnAge() {
        assertValue(only("Her/PRP$ cousin/NN ,/, 31/CD/NUMBER{31.0} ,/, was/VBD arrested/VBN ./."), "31",
                Kind.AGE, 31, "years");
        assertEquals(Kind.COUNT, only("The/DT ferry/NN ,/, 31/CD/NUMBER{31.0} ,/, sank/VBD ./.").kind());
    }

    @Test
    void whatIsCountedIsTheNounAfterTheNumberNotTheClausesObject() {
        assertValue(only("About/RB 9,000/CD/NUMBER{~9000.0} people/NNS live/VBP in/IN the/DT valley/NN town/NN ./."),
                "9,000", Kind.COUNT, 9000, "people");
        assertValue(only("There/EX were/VBD 40/CD/NUMBER{40.0} deaths/NNS from/IN cholera/NN ./."), "40",
                Kind.COUNT, 40, "deaths");
    }

    @Test
    void aBareDayBeforeARangeWordAndADayFirstDateStartsItsRange() {
        List<Quantity> found = extract("The/DT show/NN ran/VBD from/IN 3/CD/NUMBER{3.0} to/IN"
                + " 5/CD/DATE{XXXX-04-05} April/NNP/DATE{XXXX-04-05} ./.");
        assertEquals(2, found.size());
        assertDate(found.get(0), "3", "XXXX-04-03");
        assertDate(found.get(1), "5 April", "XXXX-04-05");
    }

    @Test
    void aCountBeforeAVerbOfPeopleCountsPeople() {
        assertValue(only("Some/DT 9,000/CD/NUMBER{9000.0} live/JJ in/IN the/DT valley/NN town/NN ./."), "9,000",
                Kind.COUNT, 9000, "people");
        assertValue(only("The/DT valley/NN town/NN is/VBZ home/RB to/IN 9,000/CD/NUMBER{9000.0} ./."), "9,000",
                Kind.COUNT, 9000, "people");
    }

    @Test
    void aCountAVerbOfChangeReachesCountsTheHeadOfItsSubject() {
        assertValue(only("Deaths/NNS from/IN cholera/NNS have/VBP risen/VBN to/IN 40/CD/NUMBER{40.0} ./."), "40",
                Kind.COUNT, 40, "deaths");
        assertValue(only("Cases/NNS of/IN measles/NNS in/IN the/DT county/NN reached/VBD 120/CD/NUMBER{120.0} ./."),
                "120", Kind.COUNT, 120, "cases");
    }

    @Test
    void aSpacedTallyIsTwoCountsOfVotes() {
        List<Quantity> found = extract("Senators/NNS voted/VBD 52/CD/NUMBER{52.0} to/TO 48/CD/NUMBER{48.0} ./.");
        assertEquals(2, found.size());
        assertValue(found.get(0), "52", Kind.COUNT, 52, "votes");
        assertValue(found.get(1), "48", Kind.COUNT, 48, "votes");
    }

    @Test
    void aSpacedRangeOrAPercentageInAVoteIsNoTally() {
        List<Quantity> rising = extract("Turnout/NN for/IN the/DT vote/NN rose/VBD from/IN 40/CD/NUMBER{40.0} to/TO"
                + " 52/CD/NUMBER{52.0} ./.");
        assertTrue(rising.stream().noneMatch(q -> q.unit().equals(Optional.of("votes"))));
        List<Quantity> shares = extract("They/PRP voted/VBD 52/CD/NUMBER{52.0} to/TO 48/CD/NUMBER{48.0}"
                + " percent/NN ./.");
        assertTrue(shares.stream().noneMatch(q -> q.unit().equals(Optional.of("votes"))));
    }

    @Test
    void anAgeAfterANameTheArticleTagsAsAPersonElsewhere() {
        List<Quantity> found = extract("Professor/NNP Helen/NNP/PERSON Park/NNP/PERSON led/VBD the/DT team/NN +./.",
                "Park/NNP ,/, 52/CD/NUMBER{52.0} +,/, said/VBD it/PRP was/VBD late/JJ +./.");
        assertValue(found.get(0), "52", Kind.AGE, 52, "years");
    }

    @Test
    void anUntaggedNameTheArticleNeverTagsAsAPersonGivesNoAge() {
        assertEquals(Kind.COUNT, only("Park/NNP +,/, 52/CD/NUMBER{52.0} +,/, said/VBD it/PRP was/VBD late/JJ +./.")
                .kind());
    }

    @Test
    void anAgeInARelativeClauseAtTheTime() {
        assertValue(only("It/PRP was/VBD found/VBN by/IN a/DT farmer/NN +,/, who/WP was/VBD 71/CD/NUMBER{71.0}"
                + " at/IN the/DT time/NN +./."), "71", Kind.AGE, 71, "years");
    }

    @Test
    void aScaleWordHyphenedToTheNumber() {
        assertValue(only("It/PRP booked/VBD a/DT $/$/MONEY{$300.0} +300/CD/MONEY{$300.0} +-/HYPH"
                + " +million/CD/NUMBER{1000000.0} charge/NN +./."), "$300-million", Kind.MONEY, 3e8, "USD");
        assertValue(only("A/DT 2/CD/NUMBER{2.0} +-/HYPH +billion/CD/NUMBER{1.0E9} +-/HYPH +euro/NN fund/NN"
                + " opened/VBD +./."), "2-billion-euro", Kind.MONEY, 2e9, "EUR");
    }

    @Test
    void currenciesOfTheWorldByNameCodeAndLetters() {
        assertValue(only("Kenya/NNP/LOCATION repaid/VBD 12/CD/MONEY{$1.2E10} billion/CD/MONEY{$1.2E10}"
                + " shillings/NNS/MONEY{$1.2E10} +./."), "12 billion shillings", Kind.MONEY, 12e9, "KES");
        assertValue(only("The/DT fund/NN lost/VBD NOK/NNP 300/CD/MONEY{$3.0E11} billion/CD/MONEY{$3.0E11} +./."),
                "NOK 300 billion", Kind.MONEY, 3e11, "NOK");
        assertValue(only("Bangladesh/NNP/LOCATION paid/VBD 3,000/CD/NUMBER{3000.0} taka/NNS to/IN each/DT"
                + " family/NN +./."), "3,000 taka", Kind.MONEY, 3000, "BDT");
        assertValue(only("Brazil/NNP/LOCATION paid/VBD R$/NN 2/CD/MONEY{$2.0E9} billion/CD/MONEY{$2.0E9} +./."),
                "R$ 2 billion", Kind.MONEY, 2e9, "BRL");
    }

    @Test
    void currencyLettersGluedToTheAmount() {
        assertValue(only("Malaysia/NNP/LOCATION fined/VBD the/DT firm/NN RM/NNP +1.2/CD/NUMBER{1200000.0}"
                + " million/CD/NUMBER{1200000.0} +./."), "RM1.2 million", Kind.MONEY, 1.2e6, "MYR");
        assertValue(only("Eskom/NNP/ORGANIZATION needs/VBZ R59/CD/NUMBER{5.9E10} billion/CD/NUMBER{5.9E10} +./."),
                "R59 billion", Kind.MONEY, 5.9e10, "ZAR");
        assertTrue(extract("The/DT A320/NN/MISC and/CC R2/NN robots/NNS passed/VBD +./.").isEmpty());
    }

    private static final String DATELINE = "Monday/NNP/DATE{2019-01-07} +,/,/DATE{2019-01-07}"
            + " January/NNP/DATE{2019-01-07} 7/CD/DATE{2019-01-07} +,/,/DATE{2019-01-07} 2019/CD/DATE{2019-01-07}";

    @Test
    void aMonthAndDayInThePastIsTheLastOneBeforeTheArticle() {
        List<Quantity> found = extract(DATELINE, "The/DT shutdown/NN began/VBD on/IN December/NNP/DATE{XXXX-12-22}"
                + " 22/CD/DATE{XXXX-12-22} +./.");
        assertDate(found.get(1), "December 22", "2018-12-22");
    }

    @Test
    void aMonthAndDayInTheFutureIsTheNextOneAfterTheArticle() {
        List<Quantity> found = extract(DATELINE, "The/DT law/NN will/MD take/VB effect/NN on/IN"
                + " March/NNP/DATE{XXXX-03-03} 3/CD/DATE{XXXX-03-03} +./.");
        assertDate(found.get(1), "March 3", "2019-03-03");
    }

    @Test
    void aMonthAndDayInThePresentIsTheNearest() {
        List<Quantity> found = extract(DATELINE, "The/DT ferry/NN resumes/VBZ service/NN on/IN"
                + " December/NNP/DATE{XXXX-12-30} 30/CD/DATE{XXXX-12-30} +./.");
        assertDate(found.get(1), "December 30", "2018-12-30");
    }

    @Test
    void anAgeAfterTheAgeOf() {
        assertValue(only("He/PRP died/VBD at/IN the/DT age/NN of/IN 87/CD/NUMBER{87.0} +./."), "87", Kind.AGE, 87,
                "years");
    }

    @Test
    void anAgeInAppositionToAnAccomplice() {
        assertValue(only("His/PRP$ accomplice/NN +,/, 45/CD/NUMBER{45.0} +,/, was/VBD jailed/VBN +./."), "45",
                Kind.AGE, 45, "years");
        assertEquals(Kind.COUNT, only("In/IN the/DT match/NN +,/, 45/CD/NUMBER{45.0} +,/, players/NNS ran/VBD +./.")
                .kind());
    }

    @Test
    void lightYears() {
        assertValue(only("It/PRP can/MD see/VB 13/CD/NUMBER{1.3E10} billion/CD/NUMBER{1.3E10} light/NN +-/HYPH"
                + " +years/NNS away/RB +./."), "13 billion light-years", Kind.MEASURE, 1.3e10, "light-year");
    }

    @Test
    void anAgeAfterAgedAndAQualifier() {
        assertValue(only("It/PRP is/VBZ a/DT record/NN for/IN a/DT player/NN aged/VBN under/IN 21/CD/NUMBER{<21.0}"
                + " +./."), "21", Kind.AGE, 21, "years");
        assertValue(only("Those/DT aged/VBN at/IN least/RBS 18/CD/NUMBER{>=18.0} can/MD vote/VB +./."), "18",
                Kind.AGE, 18, "years");
    }

    @Test
    void aScoreCountsWhatItsSportScores() {
        List<Quantity> found = extract("The/DT home/NN side/NN won/VBD 3/CD/NUMBER{3.0} +-/SYM"
                + " +1/CD/DATE{******01} in/IN the/DT football/NN final/JJ +./.");
        assertValue(found.get(0), "3", Kind.COUNT, 3, "goals");
        assertValue(found.get(1), "1", Kind.COUNT, 1, "goals");
        List<Quantity> later = extract("The/DT basketball/NN season/NN opened/VBD +./.",
                "They/PRP won/VBD 98/CD/NUMBER{98.0} +-/HYPH +95/CD/NUMBER{95.0} on/IN Saturday/NNP +./.");
        assertValue(later.get(0), "98", Kind.COUNT, 98, "points");
        assertValue(extract("They/PRP won/VBD 4/CD/NUMBER{4.0} +-/HYPH +2/CD/NUMBER{2.0} +./.").get(0), "4",
                Kind.COUNT, 4, null); // no sport in sight
    }

    @Test
    void aSidesBareNumberAfterAPercentageIsAnotherPercentage() {
        List<Quantity> found = extract("The/DT Brexit/NNP/ORGANIZATION Party/NNP/ORGANIZATION led/VBD with/IN"
                + " 34/CD/NUMBER{34.0} per/NN cent/NN +,/, ahead/RB of/IN Labour/NN on/IN 17/CD/NUMBER{17.0} and/CC"
                + " the/DT Conservatives/NNS/MISC on/IN 11/CD/NUMBER{11.0} +./.");
        assertValue(found.get(1), "17", Kind.PERCENT, 17, "%");
        assertValue(found.get(2), "11", Kind.PERCENT, 11, "%");
        List<Quantity> counts = extract("It/PRP rose/VBD 5/CD/NUMBER{5.0} +%/NN with/IN 3/CD/NUMBER{3.0} left/VBN"
                + " +./.");
        assertEquals(Kind.COUNT, counts.get(1).kind());
    }

    @Test
    void twoAgesInAppositionToPeople() {
        List<Quantity> found = extract("The/DT victims/NNS +,/, 23/CD/NUMBER{23.0} and/CC 25/CD/NUMBER{25.0} +,/,"
                + " died/VBD at/IN the/DT scene/NN +./.");
        assertValue(found.get(0), "23", Kind.AGE, 23, "years");
        assertValue(found.get(1), "25", Kind.AGE, 25, "years");
    }

    @Test
    void anAgeAfterAnAdverbOrBeforeWhen() {
        assertValue(only("The/DT woman/NN +,/, now/RB 82/CD/NUMBER{82.0} +,/, lives/VBZ alone/RB +./."), "82",
                Kind.AGE, 82, "years");
        assertValue(only("Jones/NNP/PERSON was/VBD 19/CD/NUMBER{19.0} when/WRB she/PRP joined/VBD +./."), "19",
                Kind.AGE, 19, "years");
        assertValue(only("Both/DT teenagers/NNS +,/, who/WP are/VBP 16/CD/NUMBER{16.0} +,/, were/VBD"
                + " released/VBN +./."), "16", Kind.AGE, 16, "years");
        assertEquals(Kind.COUNT, only("The/DT company/NN +,/, now/RB 82/CD/NUMBER{82.0} +,/, grew/VBD +./.").kind());
    }

    @Test
    void anAgeAfterDiedAtOrAnAdverbAfterTheCopula() {
        assertValue(only("He/PRP died/VBD at/IN 87/CD/NUMBER{87.0} in/IN his/PRP$ home/NN +./."), "87", Kind.AGE, 87,
                "years");
        assertValue(extract("The/DT singer/NN +,/, who/WP was/VBD only/RB 27/CD/NUMBER{27.0} +,/, died/VBD in/IN"
                + " 2011/CD/DATE{2011} +./.").get(0), "27", Kind.AGE, 27, "years");
        assertEquals(Kind.COUNT, only("It/PRP arrived/VBD at/IN 87/CD/NUMBER{87.0} +./.").kind());
    }

    @Test
    void aScaleWordAfterAVagueAmountStatesNoNumber() {
        assertTrue(extract("Several/JJ hundred/CD/NUMBER{100.0} people/NNS fled/VBD +./.").isEmpty());
        assertValue(only("A/DT hundred/CD/NUMBER{100.0} people/NNS fled/VBD +./."), "A hundred", Kind.COUNT, 100,
                "people");
    }

    @Test
    void trillionsWrittenTn() {
        assertValue(only("The/DT budget/NN is/VBZ £/$/MONEY{£1.2} +1.2/CD/MONEY{£1.2} +tn/NN +./."), "£1.2tn",
                Kind.MONEY, 1.2e12, "GBP");
    }

    @Test
    void fourDigitsAfterABoundAndBeforeAPluralNounAreACount() {
        assertValue(only("Officials/NNS closed/VBD more/JJR than/IN 2000/CD/DATE{2000} schools/NNS ./."), "2000",
                Kind.COUNT, 2000, "schools");
        assertValue(only("Nearly/RB 1500/CD/DATE{1500} homes/NNS burned/VBD ./."), "1500", Kind.COUNT, 1500, "homes");
        assertDate(only("Sales/NNS rose/VBD above/IN 2019/CD/DATE{2019} levels/NNS ./."), "2019", "2019");
        assertDate(only("Those/DT hit/VBN by/IN the/DT 2011/CD/DATE{2011} floods/NNS moved/VBD ./."), "2011", "2011");
    }

    @Test
    void aTallysVotesAreNotWhatALaterNumberOfItsSentenceCounts() {
        List<Quantity> found = extract("The/DT plan/NN passed/VBD 6/CD/NUMBER{6.0} +-/HYPH +2/CD/NUMBER{2.0} ,/,"
                + " lifting/VBG the/DT rate/NN from/IN 8.06/CD/NUMBER{8.06} to/IN 9.67/CD/NUMBER{9.67} ./.");
        assertEquals(Optional.of("votes"), found.get(0).unit());
        assertEquals("8.06", found.get(2).text());
        assertEquals(Optional.empty(), found.get(2).unit());
    }

    @Test
    void fourDigitsBelowNineteenHundredAfterAVerbAreACount() {
        assertValue(only("He/PRP played/VBD 1320/CD/DATE{1320} games/NNS ./."), "1320", Kind.COUNT, 1320, "games");
        assertValue(only("He/PRP picked/VBD up/RP 1213/CD/DATE{1213} points/NNS ./."), "1213", Kind.COUNT, 1213,
                "points");
        assertDate(only("The/DT firm/NN reported/VBD 2019/CD/DATE{2019} profits/NNS ./."), "2019", "2019");
    }

    @Test
    void aPluralTaggedAsAVerbAfterACountsSingularNounHeadsWhatIsCounted() {
        assertValue(only("Crews/NNS made/VBD 18/CD/NUMBER{18.0} water/NN rescues/VBZ overnight/RB ./."), "18",
                Kind.COUNT, 18, "water rescues");
        assertValue(only("One/CD/NUMBER{1.0} regulation/NN wins/VBZ the/DT day/NN ./."), "One", Kind.COUNT, 1,
                "regulation");
        assertValue(only("Two/CD/NUMBER{2.0} regulation/NN covers/VBZ the/DT issue/NN ./."), "Two", Kind.COUNT, 2,
                "regulation");
    }

    @Test
    void aCapitalizedWordUnitInsideASentenceIsAName() {
        assertValue(only("He/PRP won/VBD 4/CD/NUMBER{4.0} Cups/NNPS with/IN Chicago/NNP/LOCATION ./."), "4",
                Kind.COUNT, 4, "Cups");
        assertValue(only("She/PRP added/VBD 2/CD/NUMBER{2.0} cups/NNS of/IN flour/NN ./."), "2 cups", Kind.MEASURE, 2,
                "cup");
        assertValue(only("Runner/NNP Covers/VBZ 100/CD/NUMBER{100.0} Miles/NNPS In/IN One/CD/NUMBER{1.0}"
                + " Day/NNP"), "100 Miles", Kind.MEASURE, 100, "mile");
    }

    @Test
    void theNumberOfACompoundCountsItsHead() {
        assertValue(only("The/DT total/JJ number/NN of/IN covid19/NN deaths/NNS is/VBZ 3,119/CD/NUMBER{3119.0} ./."),
                "3,119", Kind.COUNT, 3119, "deaths");
        assertValue(only("It/PRP brings/VBZ the/DT number/NN of/IN confirmed/VBN Ebola/NNP cases/NNS to/IN"
                + " 591/CD/NUMBER{591.0} ./."), "591", Kind.COUNT, 591, "cases");
    }

    @Test
    void aBareNumberBeforeRecoveredOrSurvivedCountsPeople() {
        assertValue(only("Of/IN those/DT ,/, 78,103/CD/NUMBER{78103.0} recovered/VBD ./."), "78,103", Kind.COUNT,
                78103, "people");
    }

    @Test
    void durationsInFallingUnitsOfTheClockAreOneDuration() {
        Quantity q = only("She/PRP won/VBD in/IN 2/CD/DURATION{PT2H} hours/NNS/DURATION{PT2H} +,/, 1/CD/DURATION{PT1M}"
                + " minute/NN/DURATION{PT1M} +,/, and/CC 27/CD/DURATION{PT27S} seconds/NNS/DURATION{PT27S} ./.");
        assertValue(q, "2 hours, 1 minute, and 27 seconds", Kind.DURATION, 7287, "second");
        assertEquals(Optional.of("PT2H1M27S"), q.normalized());
        List<Quantity> apart = extract("It/PRP runs/VBZ 24/CD/DURATION{PT24H} hours/NNS/DURATION{PT24H} +,/,"
                + " 7/CD/DURATION{P7D} days/NNS/DURATION{P7D} a/DT week/NN ./.");
        assertEquals("24 hours", apart.get(0).text());
        assertEquals("7 days", apart.get(1).text());
    }

    @Test
    void oneUnitOfTimeUnderAQualifierIsADuration() {
        assertValue(only("Prices/NNS rose/VBD in/IN less/JJR than/IN a/DT/DURATION{P1M} month/NN/DURATION{P1M} ./."),
                "a month", Kind.DURATION, 1, "month");
        assertValue(only("It/PRP struck/VBD about/IN an/DT/DURATION{PT1H} hour/NN/DURATION{PT1H} later/RB ./."),
                "an hour", Kind.DURATION, 1, "hour");
        assertEquals(List.of(), extract("They/PRP meet/VBP once/RB a/DT/SET{P1M} month/NN/SET{P1M} ./."));
    }

    @Test
    void aNumberWithDecimalsBeforeAnEarthquakeIsItsMagnitude() {
        assertValue(only("The/DT major/JJ 8.8/CD/NUMBER{8.8} earthquake/NN struck/VBD ./."), "8.8", Kind.MEASURE, 8.8,
                "magnitude");
        assertValue(only("The/DT magnitude/NN was/VBD 5.7/CD/NUMBER{5.7} ./."), "5.7", Kind.MEASURE, 5.7,
                "magnitude");
        assertValue(only("Two/CD/NUMBER{2.0} earthquakes/NNS struck/VBD ./."), "Two", Kind.COUNT, 2, "earthquakes");
    }

    @Test
    void aCountAfterACommaIsNoPartOfTheDateBefore() {
        List<Quantity> q = extract("In/IN September/NNP/DATE{1999-09} of/IN/DATE{1999-09} 1999/CD/DATE{1999-09}"
                + " ,/,/DATE{1999-09} 2300/CD/DATE{1999-09} people/NNS died/VBD ./.");
        assertEquals(2, q.size(), q.toString());
        assertDate(q.get(0), "September of 1999", "1999-09");
        assertValue(q.get(1), "2300", Kind.COUNT, 2300, "people");
    }

    @Test
    void aUnitNamedAfterAPersonIsAUnitAndADottedDateADay() {
        assertValue(only("It/PRP reached/VBD 116/CD/NUMBER{116.0} Fahrenheit/NNP in/IN Phoenix/NNP/LOCATION ./."),
                "116 Fahrenheit", Kind.MEASURE, 116, "degree Fahrenheit");
        assertValue(only("It/PRP hit/VBD 43/CD/NUMBER{43.0} degrees/NNS Celsius/NNP ./."), "43 degrees Celsius",
                Kind.MEASURE, 43, "degree Celsius");
        assertDate(only("Results/NNS came/VBD on/IN 12.11.2015/CD/NUMBER{12.11} ./."), "12.11.2015", "2015-11-12");
        assertValue(only("Debris/NN flew/VBD more/JJR than/IN half/PDT a/DT mile/NN ./."), "half a mile",
                Kind.MEASURE, 0.5, "mile");
    }

    @Test
    void aHyphenatedNumberAndAHalfIsOneDuration() {
        Quantity q = only("He/PRP got/VBD six/CD/NUMBER{6.0} -/HYPH/NUMBER{6.0} and/CC/NUMBER{6.0} -/HYPH/NUMBER{6.0}"
                + " a-half/NN/NUMBER{6.0} years/NNS/DURATION{PXY} in/IN prison/NN ./.");
        assertValue(q, "six - and - a-half years", Kind.DURATION, 6.5, "year"); // the test text spaces its tokens
    }
}
