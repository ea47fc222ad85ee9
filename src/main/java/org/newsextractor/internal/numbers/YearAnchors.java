package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * The months an article states with their year ("in February 2019", "on March 3, 2019"). In an article whose own
 * date is unknown, they give a month and day written without a year ("the library opened on March 12") the year
 * that puts it in the same or a nearby month as the nearest such statement before it. A stated month of another
 * season ("June 4, 2015" for "March 12"), or one only after it, gives nothing, and the month and day keeps its
 * year unknown.
 */
final class YearAnchors {

    /** An article with no month stated with its year. */
    static final YearAnchors NONE = new YearAnchors(List.of());

    /** How many months apart a stated month and a month and day may lie for the one to give the other its year. */
    private static final int NEARBY_MONTHS = 3;
    private static final Pattern MONTH_OF_YEAR = Pattern.compile("(\\d{4})-(\\d{2})(?:-\\d{2})?(?:T.*)?");

    /** A month stated with its year, at character {@code begin} of the text. */
    private record Anchor(int begin, int year, int month) {
    }

    private final List<Anchor> anchors;

    private YearAnchors(List<Anchor> anchors) {
        this.anchors = List.copyOf(anchors);
    }

    /** @return the months the text states with a year written in it, in text order */
    static YearAnchors of(AnnotatedText text) {
        List<Anchor> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            for (int[] group : sentence.nerGroups()) {
                anchor(text.text(), sentence.token(group[0]), sentence.token(group[1] - 1)).ifPresent(found::add);
            }
        }
        return new YearAnchors(found);
    }

    /** A DATE group naming a month of a year written in it ("February 2019"), or an ISO date ("2019-02-11"). */
    private static Optional<Anchor> anchor(String text, Token first, Token last) {
        Optional<java.time.LocalDate> stamp = ArticleDates.fullDate(first);
        if (stamp.isPresent() && !first.isNer("DATE")) {
            return Optional.of(new Anchor(first.begin(), stamp.get().getYear(), stamp.get().getMonthValue()));
        }
        Matcher m = MONTH_OF_YEAR.matcher(first.normalized());
        if (!first.isNer("DATE") || !m.matches() || !text.substring(first.begin(), last.end()).contains(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new Anchor(first.begin(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /**
     * @param month the month of a month and day written without a year (1 to 12)
     * @param begin where it stands in the text
     * @return its year, from the nearest stated month before it in the same or a nearby month; empty when no
     *         stated month before it is near enough (a full date after it is mostly the background of the story:
     *         "the last storm of this size struck on March 9, 2011")
     */
    Optional<Integer> yearOf(int month, int begin) {
        int next = 0;
        while (next < anchors.size() && anchors.get(next).begin() < begin) {
            next++;
        }
        for (int k = next - 1; k >= 0; k--) {
            Optional<Integer> year = yearNear(anchors.get(k), month);
            if (year.isPresent()) {
                return year;
            }
        }
        return Optional.empty();
    }

    /**
     * The stated month's year when the month lies at most {@link #NEARBY_MONTHS} from it either way ("in March 2019
     * ... on February 28"), or the next year when the month lies that near after it ("in December 2018 ... on
     * January 5"); never the year before, since a story runs on from the dates it states ("since March 2020 ... to
     * December 22" is no December of 2019).
     */
    private static Optional<Integer> yearNear(Anchor anchor, int month) {
        for (int year = anchor.year(); year <= anchor.year() + 1; year++) {
            if (Math.abs(year * 12 + month - (anchor.year() * 12 + anchor.month())) <= NEARBY_MONTHS) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }
}
