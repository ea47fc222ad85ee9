package org.newsextractor.internal.numbers;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
