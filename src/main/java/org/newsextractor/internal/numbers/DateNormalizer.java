package org.newsextractor.internal.numbers;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns CoreNLP's normalized value of a DATE into an absolute ISO 8601 date or prefix ("2014", "2021-09",
 * "2021-09-01"), or nothing when the date is relative ("Thursday", "this year").
 *
 * <p>A month and day without a year ("December 22", normalized {@code XXXX-12-22}, possibly with an
 * {@code OFFSET P-1Y}) takes its year from a year written in the same phrase ("the 2016 referendum on June 23"),
 * else from the article's own date or a month the article states with its year shortly before (see
 * {@link YearAnchors}), else from the year a weekday stated with it pins (see {@link WeekdayYears}); without any it
 * keeps the year unknown, in the form of ISO 8601-2 (and CoreNLP's TIMEX3) for
 * unspecified digits: {@code XXXX-06-23}.
 */
final class DateNormalizer {

    private static final Pattern ABSOLUTE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR_OFFSET = Pattern.compile("OFFSET P(-?\\d+)Y");

    private DateNormalizer() {
    }

    /**
     * @param normalized    CoreNLP's normalized value
     * @param referenceYear the year the article was written, if known
     * @return the absolute date, or empty when it cannot be pinned down
     */
    static Optional<String> absolute(String normalized, Optional<Integer> referenceYear) {
        String value = normalized.strip();
        if (ABSOLUTE.matcher(value).matches()) {
            return Optional.of(value);
        }
        Matcher monthDay = MONTH_DAY.matcher(value);
        if (!monthDay.find() || referenceYear.isEmpty()) {
            return Optional.empty();
        }
        int year = referenceYear.get();
        Matcher offset = YEAR_OFFSET.matcher(value);
        if (offset.find()) {
            year += Integer.parseInt(offset.group(1));
        }
        return Optional.of(String.format("%04d-%s-%s", year, monthDay.group(1), monthDay.group(2)));
    }

    /**
     * @param normalized CoreNLP's normalized value
     * @return a month and day whose year nothing in the text states, as {@code XXXX-MM-DD}; empty for any other
     *         value
     */
    static Optional<String> unknownYear(String normalized) {
        Matcher monthDay = MONTH_DAY.matcher(normalized.strip());
        return monthDay.find() ? Optional.of(String.format("XXXX-%s-%s", monthDay.group(1), monthDay.group(2)))
                : Optional.empty();
    }

    /**
     * @param normalized a month and day without a year ("XXXX-06-23")
     * @param year       the year a phrase states beside it
     * @return the date in that year ("2016-06-23"); empty for any other value
     */
    static Optional<String> inYear(String normalized, int year) {
        Matcher monthDay = MONTH_DAY.matcher(normalized.strip());
        return monthDay.find() ? Optional.of(String.format("%04d-%s-%s", year, monthDay.group(1), monthDay.group(2)))
                : Optional.empty();
    }

    /** @return the month of a plain month and day without a year ("XXXX-06-23", with no offset) */
    static Optional<Integer> plainMonth(String normalized) {
        Matcher monthDay = MONTH_DAY.matcher(normalized.strip());
        return monthDay.matches() ? Optional.of(Integer.parseInt(monthDay.group(1))) : Optional.empty();
    }

    /** @return the month and day of a plain month and day without a year ("XXXX-02-11", with no offset) */
    static Optional<MonthDay> plainMonthDay(String normalized) {
        Matcher monthDay = MONTH_DAY.matcher(normalized.strip());
        if (!monthDay.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(monthDay.group(1)), Integer.parseInt(monthDay.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30": no day of any year
        }
    }

    /** @return whether the value is a month and day without a year ("XXXX-06-23", perhaps with an offset) */
    static boolean isMonthDay(String normalized) {
        return MONTH_DAY.matcher(normalized.strip()).find();
    }

    /** @return the year of a full ISO date such as "2019-01-07" */
    static Optional<Integer> yearOfFullDate(String normalized) {
        if (normalized.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(Integer.parseInt(normalized.substring(0, 4)));
        }
        return Optional.empty();
    }
}
