package org.newsextractor.internal.numbers;

import static org.newsextractor.internal.numbers.Tagged.assertDate;
import static org.newsextractor.internal.numbers.Tagged.numberAt;

import java.time.Month;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;

/**
 * Where a month and day written without a year takes its year from when the article has no dateline at its top: a
 * publication line, a line holding only a date, a month stated with its year shortly before, a year opening its
 * sentence. Made-up texts, tagged as CoreNLP tags them.
 */
class ArticleDatesTest {

    private static final String HEADLINE = "Council/NNP approves/VBZ budget/NN";
    private static final String OPENS_APRIL_12 = "\nThe/DT library/NN opens/VBZ on/IN April/NNP/DATE{XXXX-04-12}"
            + " 12/CD/DATE{XXXX-04-12} ./.";

    private final NumberExtractor extractor = new NumberExtractor();

    @Test
    void aPublicationLineAtTheEndGivesTheArticlesDate() {
        String[] text = {HEADLINE, "\nThe/DT council/NN voted/VBD on/IN Monday/NNP/DATE{XXXX-WXX-1} ./.", OPENS_APRIL_12,
            "\nPublished/VBN 10:32/CD/TIME{T10:32} AM/NN/TIME{T10:32} ,/, March/NNP/DATE{2019-03-05}"
                + " 5/CD/DATE{2019-03-05} ,/,/DATE{2019-03-05} 2019/CD/DATE{2019-03-05}"};
        assertDate(numberAt(extractor, "Monday", text), "2019-03-04");
        assertDate(numberAt(extractor, "April 12", text), "2019-04-12");
    }

    @Test
    void aBylineBeforeThePublicationWordIsAllowed() {
        assertDate(numberAt(extractor, "April 12", HEADLINE, "\nBy/IN Jane/NNP/PERSON Doe/NNP/PERSON |/NFP Updated/VBN :/:"
                + " 2019-03-05T10:32:00Z/NNP", OPENS_APRIL_12), "2019-04-12");
    }

    @Test
    void aDateAfterPublishedInASentenceOfTheStoryIsNotTheArticles() {
        assertDate(numberAt(extractor, "April 12", HEADLINE, OPENS_APRIL_12,
                "\nThe/DT report/NN was/VBD published/VBN on/IN March/NNP/DATE{2018-03-03} 3/CD/DATE{2018-03-03}"
                        + " ,/,/DATE{2018-03-03} 2018/CD/DATE{2018-03-03} ./."), "XXXX-04-12");
    }

    @Test
    void anIsoTimestampIsADateOfItsDay() {
        assertDate(numberAt(extractor, "2019-03-05T10:32:00Z", HEADLINE, "\nUpdated/VBN 2019-03-05T10:32:00Z/NNP"),
                "2019-03-05");
    }

    @Test
    void aLineHoldingOnlyADateIsTheArticlesDateBelowALongTop() {
        String caption = "\nA/DT photo/NN of/IN the/DT mayor/NN beside/IN the/DT new/JJ library/NN building/NN in/IN"
                + " the/DT old/JJ town/NN centre/NN on/IN a/DT sunny/JJ and/CC windy/JJ afternoon/NN with/IN"
                + " crowds/NNS of/IN people/NNS watching/VBG the/DT opening/NN ceremony/NN from/IN across/IN"
                + " the/DT street/NN and/CC the/DT square/NN ./.";
        String dateLine = "\nTuesday/NNP/DATE{2019-03-05} ,/,/DATE{2019-03-05} March/NNP/DATE{2019-03-05}"
                + " 5/CD/DATE{2019-03-05} ,/,/DATE{2019-03-05} 2019/CD/DATE{2019-03-05}";
        assertDate(numberAt(extractor, "April 12", HEADLINE, caption, dateLine, OPENS_APRIL_12), "2019-04-12");
        assertDate(numberAt(extractor, "April 12", HEADLINE, caption, "\nIt/PRP rained/VBD on/IN March/NNP/DATE{2019-03-05}"
                + " 5/CD/DATE{2019-03-05} ,/,/DATE{2019-03-05} 2019/CD/DATE{2019-03-05} ./.", OPENS_APRIL_12),
                "2019-04-12"); // no dateline, but March 2019 comes shortly before
    }

    /** "\nWORDS on MONTH DAY ." with DATE tags: the day without a year when year is null. */
    private static String onDate(String words, String month, int day, Integer year) {
        String value = String.format("%s-%02d-%02d", year == null ? "XXXX" : year.toString(),
                Month.valueOf(month.toUpperCase(Locale.ROOT)).getValue(), day);
        String date = month + "/NNP/DATE{" + value + "} " + day + "/CD/DATE{" + value + "}";
        return "\n" + words + " on/IN " + date + (year == null ? "" : " ,/,/DATE{" + value + "} " + year
                + "/CD/DATE{" + value + "}") + " ./.";
    }

    /** "\nWORDS in MONTH YEAR ." with DATE tags. */
    private static String inMonth(String words, String month, int year, int monthNumber) {
        String value = String.format("%d-%02d", year, monthNumber);
        return "\n" + words + " in/IN " + month + "/NNP/DATE{" + value + "} " + year + "/CD/DATE{" + value + "} ./.";
    }

    @Test
    void aMonthStatedWithItsYearShortlyBeforeGivesTheYear() {
        assertDate(numberAt(extractor, "March 12", HEADLINE, inMonth("The/DT council/NN voted/VBD", "February", 2019, 2),
                onDate("The/DT library/NN opened/VBD", "March", 12, null)), "2019-03-12");
        assertDate(numberAt(extractor, "January 5", HEADLINE, inMonth("Talks/NNS began/VBD", "December", 2018, 12),
                onDate("They/PRP ended/VBD", "January", 5, null)), "2019-01-05");
    }

    @Test
    void aMonthOfAnotherSeasonOrOneStatedAfterGivesNoYear() {
        assertDate(numberAt(extractor, "October 3", HEADLINE, inMonth("The/DT council/NN voted/VBD", "February", 2019, 2),
                onDate("The/DT next/JJ vote/NN is/VBZ", "October", 3, null)), "XXXX-10-03");
        assertDate(numberAt(extractor, "December 22", HEADLINE, inMonth("Cases/NNS rose/VBD", "March", 2020, 3),
                onDate("They/PRP fell/VBD", "December", 22, null)), "XXXX-12-22");
        assertDate(numberAt(extractor, "March 3", HEADLINE, onDate("The/DT storm/NN hit/VBD", "March", 3, null),
                onDate("The/DT last/JJ one/NN struck/VBD", "March", 9, 2011)), "XXXX-03-03");
    }

    @Test
    void aYearOpeningTheSentenceGivesItsDatesTheirYear() {
        assertDate(numberAt(extractor, "June 23", HEADLINE, "\nIn/IN 2016/CD/DATE{2016} ,/, voters/NNS went/VBD to/TO"
                + " the/DT polls/NNS on/IN June/NNP/DATE{XXXX-06-23} 23/CD/DATE{XXXX-06-23} ./."), "2016-06-23");
        assertDate(numberAt(extractor, "June 23", HEADLINE, "\nSince/IN 2016/CD/DATE{2016} ,/, the/DT fair/NN has/VBZ"
                + " opened/VBN on/IN June/NNP/DATE{XXXX-06-23} 23/CD/DATE{XXXX-06-23} ./."), "XXXX-06-23");
    }
}
