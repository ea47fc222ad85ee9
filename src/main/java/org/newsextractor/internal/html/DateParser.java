package org.newsextractor.internal.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as pages write it: ISO 8601 in metadata ({@code 2024-03-05T09:30:00-05:00}; the date
 * is the publisher's local date, as written), or English text ("March 5, 2024", "5 March 2024", "Tue 5 Mar 2024").
 */
final class DateParser {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    private DateParser() {
    }

    /**
     * @param text metadata or visible text holding a date
     * @return the first date found in it
     */
    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        boolean hasMdy = mdy.find();
        boolean hasDmy = dmy.find();
        if (hasMdy && (!hasDmy || mdy.start() <= dmy.start())) {
            return date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
        }
        if (hasDmy) {
            return date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
        }
        return Optional.empty();
    }

    private static String month(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(p)) {
                return Integer.toString(m.getValue());
            }
        }
        throw new IllegalStateException("not a month: " + prefix);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
