package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsextractor.internal.numbers.Tagged.assertDate;
import static org.newsextractor.internal.numbers.Tagged.numberAt;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;

/**
 * A weekday stated with a month and day in an article without a date of its own pins the year: February 11 was a
 * Tuesday in 2014, 2020 and 2025, March 3 a Tuesday in 2020. Made-up texts, tagged as CoreNLP tags them.
 */
class WeekdayYearsTest {

    private static final String HEADLINE = "Council/NNP approves/VBZ budget/NN";
    private static final String STATES_2018 = "\nThe/DT 2018/CD/DATE{2018} budget/NN was/VBD smaller/JJR ./.";
    /** "The vote was held on Tuesday, February 11." as CoreNLP tags it: the weekday inside the date. */
    private static final String VOTE_ON_TUESDAY_FEBRUARY_11 = "\nThe/DT vote/NN was/VBD held/VBN on/IN"
            + " Tuesday/NNP/DATE{XXXX-02-11} ,/,/DATE{XXXX-02-11} February/NNP/DATE{XXXX-02-11}"
            + " 11/CD/DATE{XXXX-02-11} ./.";
    private static final String OPENED_MARCH_3 = "\nThe/DT library/NN opened/VBD on/IN March/NNP/DATE{XXXX-03-03}"
            + " 3/CD/DATE{XXXX-03-03} ./.";

    private final NumberExtractor extractor = new NumberExtractor();

    @Test
    void theWeekdayPinsTheFirstYearFromTheLatestStatedOneInWhichTheDayFallsOnIt() {
        assertEquals(Optional.of(2020), WeekdayYears.yearOf(MonthDay.of(2, 11), DayOfWeek.TUESDAY, 2017));
        assertEquals(Optional.of(2020), WeekdayYears.yearOf(MonthDay.of(2, 11), DayOfWeek.TUESDAY, 2020));
        assertEquals(Optional.of(2025), WeekdayYears.yearOf(MonthDay.of(2, 11), DayOfWeek.TUESDAY, 2021));
        assertEquals(Optional.empty(), WeekdayYears.yearOf(MonthDay.of(2, 29), DayOfWeek.TUESDAY, 2001),
                "the next Tuesday, February 29 is in 2028: too far after 2001");
    }

    @Test
    void aWeekdayWithAMonthAndDayGivesTheirYear() {
        assertDate(numberAt(extractor, "February 11", HEADLINE, STATES_2018, VOTE_ON_TUESDAY_FEBRUARY_11), "2020-02-11");
    }

    @Test
    void theWeekdayMayStandInBracketsBeforeOrAfterTheDay() {
        assertDate(numberAt(extractor, "February 11", HEADLINE, STATES_2018, "\nResults/NNS came/VBD on/IN"
                + " Tuesday/NNP/DATE{XXXX-WXX-2} (/-LRB- February/NNP/DATE{XXXX-02-11} 11/CD/DATE{XXXX-02-11}"
                + " )/-RRB- ./."), "2020-02-11");
        assertDate(numberAt(extractor, "February 11", HEADLINE, STATES_2018, "\nThe/DT polls/NNS opened/VBD on/IN"
                + " February/NNP/DATE{XXXX-02-11} 11/CD/DATE{XXXX-02-11} (/-LRB- Tuesday/NNP/DATE{XXXX-WXX-2}"
                + " )/-RRB- ./."), "2020-02-11");
        assertDate(numberAt(extractor, "Feb. 11", HEADLINE, STATES_2018, "\nOn/IN Tuesday/NNP/DATE{XXXX-02-11}"
                + " ,/,/DATE{XXXX-02-11} Feb./NNP/DATE{XXXX-02-11} 11/CD/DATE{XXXX-02-11} the/DT council/NN"
                + " met/VBD ./."), "2020-02-11");
    }

    @Test
    void thePinnedYearIsTheArticlesForItsOtherMonthsAndDays() {
        assertDate(numberAt(extractor, "March 3", HEADLINE, STATES_2018, VOTE_ON_TUESDAY_FEBRUARY_11, OPENED_MARCH_3),
                "2020-03-03");
        assertDate(numberAt(extractor, "March 3", HEADLINE, STATES_2018, OPENED_MARCH_3, VOTE_ON_TUESDAY_FEBRUARY_11),
                "2020-03-03"); // also before the weekday
    }

    @Test
    void withNoYearStatedAnywhereTheYearStaysUnknown() {
        assertDate(numberAt(extractor, "February 11", HEADLINE, VOTE_ON_TUESDAY_FEBRUARY_11), "XXXX-02-11");
        assertDate(numberAt(extractor, "March 3", HEADLINE, VOTE_ON_TUESDAY_FEBRUARY_11, OPENED_MARCH_3), "XXXX-03-03");
        assertDate(numberAt(extractor, "February 11", HEADLINE, "\nShe/PRP finished/VBD in/IN 2:08.09/CD/DATE{2009} ./.",
                VOTE_ON_TUESDAY_FEBRUARY_11), "XXXX-02-11"); // a race time the tagger reads as 2009 states no year
    }

    @Test
    void aYearInASentenceAboutTheFutureIsNoStartingPoint() {
        assertDate(numberAt(extractor, "February 11", HEADLINE, STATES_2018, "\nThe/DT line/NN will/MD open/VB in/IN"
                + " 2030/CD/DATE{2030} ./.", VOTE_ON_TUESDAY_FEBRUARY_11), "2020-02-11");
    }

    @Test
    void aWeekdayThatContradictsTheArticlesDateChangesNothing() {
        String dateline = "\nMonday/NNP/DATE{2019-03-04} ,/,/DATE{2019-03-04} March/NNP/DATE{2019-03-04}"
                + " 4/CD/DATE{2019-03-04} ,/,/DATE{2019-03-04} 2019/CD/DATE{2019-03-04}";
        assertDate(numberAt(extractor, "February 11", HEADLINE, dateline, VOTE_ON_TUESDAY_FEBRUARY_11), "2019-02-11");
        assertDate(numberAt(extractor, "March 3", HEADLINE, dateline, VOTE_ON_TUESDAY_FEBRUARY_11, OPENED_MARCH_3),
                "2019-03-03");
    }

    @Test
    void aMonthStatedWithItsYearShortlyBeforeStillGivesTheYear() {
        String inMarch2019 = "\nThe/DT council/NN voted/VBD in/IN March/NNP/DATE{2019-03} 2019/CD/DATE{2019-03} ./.";
        String october3 = "\nThe/DT next/JJ vote/NN is/VBZ on/IN October/NNP/DATE{XXXX-10-03}"
                + " 3/CD/DATE{XXXX-10-03} ./.";
        assertDate(numberAt(extractor, "February 11", HEADLINE, inMarch2019, VOTE_ON_TUESDAY_FEBRUARY_11), "2019-02-11");
        assertDate(numberAt(extractor, "October 3", HEADLINE, inMarch2019, VOTE_ON_TUESDAY_FEBRUARY_11, october3),
                "2020-10-03"); // no month near it: the weekday's year
    }

    @Test
    void aWeekdayNotBesideTheDayPinsNothing() {
        assertDate(numberAt(extractor, "February 11", HEADLINE, STATES_2018, "\nOn/IN Tuesday/NNP/DATE{XXXX-WXX-2}"
                + " officials/NNS said/VBD the/DT vote/NN was/VBD on/IN February/NNP/DATE{XXXX-02-11}"
                + " 11/CD/DATE{XXXX-02-11} ./."), "XXXX-02-11");
    }
}
