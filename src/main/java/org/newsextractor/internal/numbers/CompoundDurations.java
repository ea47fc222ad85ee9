package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;

/**
 * "2 hours, 1 minute and 27 seconds", "two hours 18 minutes": durations in falling units of the clock (days,
 * hours, minutes, seconds) written one after the other are one duration, as "five feet eleven inches" is one
 * height: its value in the smallest unit (7287 seconds), its ISO 8601 form all the parts ({@code PT2H1M27S}).
 */
final class CompoundDurations {

    /** What may stand between two parts: a space, a comma, "and", ", and". */
    private static final Pattern JOIN = Pattern.compile("\\s*,?\\s*(and\\s+)?|\\s+");

    private CompoundDurations() {
    }

    /**
     * @param text       the article's text
     * @param quantities its numbers in text order
     * @return the same numbers, with each run of parts of one duration made one record
     */
    static List<Quantity> merge(String text, List<Quantity> quantities, NumberLexicon lexicon) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < quantities.size()) {
            Quantity first = quantities.get(i);
            int j = i + 1;
            while (j < quantities.size() && follows(text, quantities.get(j - 1), quantities.get(j), lexicon)) {
                j++;
            }
            out.add(j > i + 1 ? joined(text, quantities.subList(i, j), lexicon) : first);
            i = j;
        }
        return out;
    }

    /** Whether the second is the next smaller part of the duration the first is a part of. */
    private static boolean follows(String text, Quantity a, Quantity b, NumberLexicon lexicon) {
        Optional<Integer> seconds = secondsIn(a, lexicon);
        Optional<Integer> next = secondsIn(b, lexicon);
        return seconds.isPresent() && next.isPresent() && next.get() < seconds.get() && a.end() <= b.begin()
                && b.qualifier().isEmpty() && a.value().filter(v -> v == Math.rint(v)).isPresent()
                && JOIN.matcher(text.substring(a.end(), b.begin())).matches();
    }

    /** Seconds in one unit of a DURATION in days, hours, minutes or seconds; empty for any other record. */
    private static Optional<Integer> secondsIn(Quantity q, NumberLexicon lexicon) {
        if (q.kind() != Kind.DURATION || q.value().isEmpty() || q.low().isPresent()) {
            return Optional.empty();
        }
        return q.unit().flatMap(lexicon::durationUnit).flatMap(u -> switch (u.designator()) {
            case "D" -> u.timePart() ? Optional.empty() : Optional.of(86_400 * u.factor());
            case "H" -> Optional.of(3_600 * u.factor());
            case "M" -> u.timePart() ? Optional.of(60 * u.factor()) : Optional.empty();
            case "S" -> Optional.of(u.factor());
            default -> Optional.empty();
        });
    }

    private static Quantity joined(String text, List<Quantity> parts, NumberLexicon lexicon) {
        Quantity first = parts.get(0);
        Quantity last = parts.get(parts.size() - 1);
        int smallest = secondsIn(last, lexicon).orElseThrow();
        double total = 0;
        StringBuilder date = new StringBuilder("P");
        StringBuilder time = new StringBuilder();
        for (Quantity part : parts) {
            double value = part.value().orElseThrow();
            int seconds = secondsIn(part, lexicon).orElseThrow();
            total += value * seconds / smallest;
            String amount = SentenceNumberReader.formatNumber(value);
            if (seconds >= 86_400) {
                date.append(amount).append('D');
            } else {
                time.append(amount).append(seconds >= 3_600 ? 'H' : seconds >= 60 ? 'M' : 'S');
            }
        }
        String iso = date + (time.length() > 0 ? "T" + time : "");
        return new Quantity(text.substring(first.begin(), last.end()), first.begin(), last.end(), Kind.DURATION,
                Optional.of(total), Optional.of(iso), last.unit(), first.qualifier(), Optional.empty(),
                Optional.empty());
    }
}
