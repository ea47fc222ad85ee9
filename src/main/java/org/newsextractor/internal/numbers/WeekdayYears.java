package org.newsextractor.internal.numbers;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * The year a weekday pins when the article states it with a month and day ("on Tuesday, February 11", "Tuesday
 * (February 11)", "February 11, Tuesday"), in an article whose own date is unknown: the first year, from the latest
 * year the article states elsewhere up to {@link #LATER_YEARS} after it, in which that day falls on that weekday.
 * The article states the years of its background; its own year is rarely before the latest of them and rarely long
 * after. A year in a sentence that speaks of the future ("will be finished by 2030") is a target, not background,
 * and does not count. With no year stated anywhere, nothing is pinned and a month and day keeps its year unknown.
 *
 * <p>Once pinned, the year is that day's, and the article's year for any other month and day written without one
 * (the nearest pinned day before it gives its year, else the first in the article), unless a year the month and day's
 * phrase or sentence states, or a month the article states with its year shortly before (see {@link YearAnchors}),
 * gives another. An article date (a dateline, a publication line, the caller's) wins over all of it: with one, no
 * weekday pins anything.
 */
final class WeekdayYears {

    /** An article with no weekday stated with a month and day, or no year to start from. */
    static final WeekdayYears NONE = new WeekdayYears(List.of());

    /** How many years after the latest year the article states its own year may lie. */
    static final int LATER_YEARS = 6;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** The earliest and latest year a four-digit DATE is taken for one the article states. */
    private static final int EARLIEST_YEAR = 1000;
    private static final int LATEST_YEAR = 2999;
    /** How many marks or words ("," "(" "the") may stand between a weekday and its month and day. */
    private static final int WEEKDAY_GAP = 2;

    /** A month and day at character {@code begin} (where its DATE group starts), in the year its weekday pins. */
    private record Pin(int begin, int year) {
    }

    private final List<Pin> pins;

    private WeekdayYears(List<Pin> pins) {
        this.pins = List.copyOf(pins);
    }

    /** @return the years the text's weekdays pin, in text order */
    static WeekdayYears of(AnnotatedText text, NumberLexicon lexicon) {
        OptionalInt latest = latestStatedYear(text, lexicon);
        if (latest.isEmpty()) {
            return NONE;
        }
        List<Pin> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            for (int[] group : sentence.nerGroups()) {
                Token first = sentence.token(group[0]);
                if (first.isNer("DATE")) {
                    DateNormalizer.plainMonthDay(first.normalized())
                            .flatMap(day -> weekdayOf(sentence, group[0], group[1], lexicon)
                                    .flatMap(weekday -> yearOf(day, weekday, latest.getAsInt())))
                            .ifPresent(year -> found.add(new Pin(first.begin(), year)));
                }
            }
        }
        return new WeekdayYears(found);
    }

    /**
     * @param begin where a month and day written without a year starts in the text (its DATE group's first
     *              character)
     * @return the year the nearest weekday-pinned day at or before it gives, else the first in the article; empty
     *         when the article pins none
     */
    Optional<Integer> yearAt(int begin) {
        if (pins.isEmpty()) {
            return Optional.empty();
        }
        Pin chosen = pins.get(0);
        for (Pin pin : pins) {
            if (pin.begin() <= begin) {
                chosen = pin;
            }
        }
        return Optional.of(chosen.year());
    }

    /**
     * The latest year written as four digits in a DATE ("in 2018", "March 9, 2011") outside a sentence that speaks
     * of the future.
     */
    private static OptionalInt latestStatedYear(AnnotatedText text, NumberLexicon lexicon) {
        OptionalInt latest = OptionalInt.empty();
        for (Sentence sentence : text.sentences()) {
            if (sentence.tokens().stream().anyMatch(t -> t.pos().equals("MD") && lexicon.isFutureModal(t.lower()))) {
                continue;
            }
            for (Token t : sentence.tokens()) {
                if (!t.isNer("DATE") || !YEAR.matcher(t.text()).matches() || !t.normalized().startsWith(t.text())) {
                    continue;
                }
                int year = Integer.parseInt(t.text());
                if (year >= EARLIEST_YEAR && year <= LATEST_YEAR
                        && (latest.isEmpty() || year > latest.getAsInt())) {
                    latest = OptionalInt.of(year);
                }
            }
        }
        return latest;
    }

    /**
     * The weekday stated with the month and day in tokens [from, to): inside the DATE group ("Tuesday, February
     * 11"), or a weekday right before it ("Tuesday (February 11)", "Tuesday, the 11th of February") or right after
     * it ("February 11 (Tuesday)"), apart from it by marks or "the" only.
     */
    private static Optional<DayOfWeek> weekdayOf(Sentence sentence, int from, int to, NumberLexicon lexicon) {
        for (int k = from; k < to; k++) {
            Optional<DayOfWeek> day = weekday(sentence.token(k), lexicon);
            if (day.isPresent()) {
                return day;
            }
        }
        int k = from - 1;
        while (k >= 0 && from - 1 - k < WEEKDAY_GAP && isGapWord(sentence.token(k))) {
            k--;
        }
        Optional<DayOfWeek> before = k >= 0 ? weekday(sentence.token(k), lexicon) : Optional.empty();
        if (before.isPresent()) {
            return before;
        }
        k = to;
        while (k < sentence.size() && k - to < WEEKDAY_GAP && isGapWord(sentence.token(k))
                && !sentence.token(k).lower().equals("the")) {
            k++;
        }
        return k < sentence.size() ? weekday(sentence.token(k), lexicon) : Optional.empty();
    }

    /** A comma, an opening bracket or "the" between a weekday and its month and day. */
    private static boolean isGapWord(Token t) {
        return t.text().equals(",") || t.text().equals("(") || t.text().equals("-LRB-") || t.lower().equals("the");
    }

    /** @return the day a capitalized weekday name names ("Tuesday") */
    private static Optional<DayOfWeek> weekday(Token t, NumberLexicon lexicon) {
        if (!t.isCapitalized() || !lexicon.isWeekday(t.lower())) {
            return Optional.empty();
        }
        try {
            return Optional.of(DayOfWeek.valueOf(t.text().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a weekday word of the list that is no English day name
        }
    }

    /** @return the first year from {@code latest} to {@link #LATER_YEARS} after it in which the day is that weekday */
    static Optional<Integer> yearOf(MonthDay day, DayOfWeek weekday, int latest) {
        for (int year = latest; year <= latest + LATER_YEARS; year++) {
            if (day.isValidYear(year) && day.atYear(year).getDayOfWeek() == weekday) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }
}
