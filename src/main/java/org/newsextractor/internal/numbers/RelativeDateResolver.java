package org.newsextractor.internal.numbers;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves CoreNLP's relative date values ("XXXX-WXX-4" for "Thursday", "THIS P1W OFFSET P-1W" for "last
 * week", "XXXX-06" for "in June", "OFFSET P-1D" for "yesterday") against the article's own date. A bare
 * weekday or month is taken as the latest one on or before the article's date, since news reports what
 * happened; when the sentence speaks of the future it is the next one instead. Without an article date
 * nothing is resolved.
 */
final class RelativeDateResolver {

    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)(?: OFFSET P(-?\\d+)W)?");
    private static final Pattern MONTH = Pattern.compile("XXXX-(\\d{2})");
    private static final Pattern THIS = Pattern.compile("THIS P1([YMWD])(?: OFFSET P(-?\\d+)\\1)?");
    private static final Pattern OFFSET = Pattern.compile("OFFSET P(-?\\d+)([YMWD])");

    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

    /** The tense of the verb a date belongs to. */
    enum Tense { PAST, PRESENT, FUTURE }

    private final Optional<LocalDate> reference;

    /** @param reference the article's date, if known */
    RelativeDateResolver(Optional<LocalDate> reference) {
        this.reference = reference;
    }

    /**
     * @param normalized CoreNLP's normalized value of a DATE
     * @param future     whether the sentence speaks of the future ("will meet on Monday")
     * @return the ISO 8601 date, month, week ("2019-W01") or year it names, or empty
     */
    Optional<String> resolve(String normalized, boolean future) {
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        LocalDate ref = reference.get();
        String value = normalized.strip();
        Matcher m = WEEKDAY.matcher(value);
        if (m.matches()) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(m.group(1)));
            if (m.group(2) != null) {
                LocalDate week = ref.plusWeeks(Integer.parseInt(m.group(2)));
                return Optional.of(week.with(day).toString());
            }
            return Optional.of(ref.with(future ? TemporalAdjusters.nextOrSame(day)
                    : TemporalAdjusters.previousOrSame(day)).toString());
        }
        m = MONTH.matcher(value);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            int year = ref.getYear();
            if (!future && month > ref.getMonthValue()) {
                year--;
            } else if (future && month < ref.getMonthValue()) {
                year++;
            }
            return Optional.of(String.format("%04d-%02d", year, month));
        }
        m = THIS.matcher(value);
        if (m.matches()) {
            int offset = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return Optional.of(period(ref, m.group(1), offset));
        }
        m = OFFSET.matcher(value);
        if (m.matches() && m.group(2).equals("D")) {
            return Optional.of(ref.plusDays(Integer.parseInt(m.group(1))).toString());
        }
        return Optional.empty();
    }

    /**
     * "began on December 22" in an article of January 7, 2019 is 2018-12-22; "takes effect on January 3" in one of
     * December 20, 2019 is 2020-01-03. A month and day is taken in the year before, of or after the article's
     * date: the next one when its verb speaks of the future, the last one on or before the article's date when
     * it speaks of the past, else the nearest.
     *
     * @param normalized a month and day without a year ("XXXX-12-22")
     * @param tense      the tense of its verb
     * @return the full date, or empty without an article date or for any other value
     */
    Optional<String> monthDay(String normalized, Tense tense) {
        Matcher m = MONTH_DAY.matcher(normalized.strip());
        if (reference.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        LocalDate ref = reference.get();
        LocalDate nearest = null;
        LocalDate past = null;
        LocalDate next = null;
        for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
            LocalDate d;
            try {
                d = LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                continue; // "February 29" outside a leap year
            }
            if (nearest == null || Math.abs(ChronoUnit.DAYS.between(ref, d)) < Math.abs(ChronoUnit.DAYS.between(ref,
                    nearest))) {
                nearest = d;
            }
            if (!d.isAfter(ref.plusDays(1))) {
                past = d;
            }
            if (next == null && !d.isBefore(ref)) {
                next = d;
            }
        }
        LocalDate chosen = switch (tense) {
            case FUTURE -> next;
            case PAST -> past;
            case PRESENT -> nearest;
        };
        return Optional.ofNullable(chosen == null ? nearest : chosen).map(LocalDate::toString);
    }

    /** The year, month, ISO week or day containing the reference moved by the offset. */
    private static String period(LocalDate ref, String unit, int offset) {
        return switch (unit) {
            case "Y" -> Integer.toString(ref.getYear() + offset);
            case "M" -> ref.plusMonths(offset).toString().substring(0, 7);
            case "W" -> {
                LocalDate d = ref.plusWeeks(offset);
                yield String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            default -> ref.plusDays(offset).toString();
        };
    }
}
