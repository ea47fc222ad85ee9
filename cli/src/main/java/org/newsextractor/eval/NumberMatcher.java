package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextractor.Quantity;

/**
 * Matches predicted numbers with gold numbers.
 *
 * <p>A prediction matches a gold number when their texts overlap ({@link #overlaps}) and the value agrees
 * ({@link #agrees}). The assignment is one-to-one: each gold number, in order, takes the first free prediction
 * whose normalized text equals its own; then each gold number still unmatched takes the first free prediction
 * that overlaps it. Predictions left over are spurious, except that those of kind ORDINAL or TIME, and those
 * that overlap an {@code optionalNumbers} entry, are not counted. Unit accuracy counts, over matched gold
 * numbers that have a unit, those whose prediction has the same unit after {@link UnitNames#normalize}.
 */
public final class NumberMatcher {
    private static final Pattern DIGIT_GROUP_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+(?:\\.\\p{N}+)?");
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "at",
            "to", "for", "by", "from", "with", "this", "that", "these", "those", "than", "about", "some");
    private static final double RELATIVE_TOLERANCE = 1e-6;

    private NumberMatcher() {
    }

    /**
     * @param predicted       the predicted numbers
     * @param gold            the gold numbers
     * @param optionalNumbers expressions that are neither rewarded nor punished
     * @return the counts, findings and unit accuracy
     */
    public static NumberScore match(List<Quantity> predicted, List<GoldNumber> gold,
                                    List<String> optionalNumbers) {
        Quantity[] assigned = new Quantity[gold.size()];
        boolean[] used = new boolean[predicted.size()];
        assign(predicted, gold, assigned, used, true);
        assign(predicted, gold, assigned, used, false);

        List<Finding> findings = new ArrayList<>();
        int tp = 0;
        int fn = 0;
        int unitsOk = 0;
        int unitsTotal = 0;
        for (int g = 0; g < gold.size(); g++) {
            GoldNumber goldNumber = gold.get(g);
            Quantity match = assigned[g];
            if (match == null) {
                fn++;
                findings.add(new Finding(Section.NUMBERS, Finding.Kind.MISSED, describe(goldNumber)));
                continue;
            }
            tp++;
            if (goldNumber.unit().isPresent()) {
                unitsTotal++;
                if (match.unit().isPresent() && UnitNames.same(match.unit().get(), goldNumber.unit().get())) {
                    unitsOk++;
                } else {
                    findings.add(new Finding(Section.NUMBERS, Finding.Kind.WRONG_UNIT, "\"" + match.text()
                            + "\" unit " + match.unit().orElse("(none)") + ", gold " + goldNumber.unit().get()));
                }
            }
        }
        int fp = 0;
        for (int p = 0; p < predicted.size(); p++) {
            Quantity q = predicted.get(p);
            if (used[p] || isUncounted(q, optionalNumbers)) {
                continue;
            }
            fp++;
            findings.add(new Finding(Section.NUMBERS, Finding.Kind.SPURIOUS, q.toString()));
        }
        return new NumberScore(new SectionScore(new Counts(tp, fp, fn), findings),
                new UnitAccuracy(unitsOk, unitsTotal));
    }

    private static void assign(List<Quantity> predicted, List<GoldNumber> gold, Quantity[] assigned,
                               boolean[] used, boolean exactText) {
        for (int g = 0; g < gold.size(); g++) {
            if (assigned[g] != null) {
                continue;
            }
            GoldNumber goldNumber = gold.get(g);
            for (int p = 0; p < predicted.size(); p++) {
                Quantity q = predicted.get(p);
                boolean textFits = exactText
                        ? normalizeText(q.text()).equals(normalizeText(goldNumber.text()))
                        : overlaps(q.text(), goldNumber.text());
                if (!used[p] && textFits && agrees(q, goldNumber)) {
                    assigned[g] = q;
                    used[p] = true;
                    break;
                }
            }
        }
    }

    private static boolean isUncounted(Quantity q, List<String> optionalNumbers) {
        if (q.kind() == Quantity.Kind.ORDINAL || q.kind() == Quantity.Kind.TIME) {
            return true;
        }
        return optionalNumbers.stream().anyMatch(optional -> overlaps(q.text(), optional));
    }

    /**
     * Whether two number expressions overlap: after lower-casing and removing the commas of digit groups
     * ("94,000" = "94000"), they are equal or they share a token (a run of letters, or of digits with an
     * optional decimal part) that is not a stop word such as "the", "of" or "this". So "24" overlaps
     * "24 hours", "two-hour" overlaps "two hours", "2" does not overlap "24 hours", and "this week" does not
     * overlap "this year".
     *
     * @param a one expression
     * @param b another expression
     * @return whether they overlap
     */
    public static boolean overlaps(String a, String b) {
        String na = normalizeText(a);
        String nb = normalizeText(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        Set<String> ta = contentTokens(na);
        ta.retainAll(contentTokens(nb));
        return !ta.isEmpty();
    }

    /**
     * Whether a prediction's value agrees with a gold number's. For a gold date with a normalized form, the
     * predicted normalized form must equal it (case-insensitively; a predicted form that adds a time of day,
     * "2019-01-04T10:00", also agrees), or, when the prediction has no normalized form, its value written as a
     * whole number must equal it (a year). Otherwise, when the gold number has a value, the prediction must have
     * a value equal to it within a relative tolerance of 1e-6. A gold number with neither is judged by its text
     * alone.
     *
     * @param predicted the predicted number
     * @param gold      the gold number
     * @return whether the values agree
     */
    public static boolean agrees(Quantity predicted, GoldNumber gold) {
        if (gold.isDate() && gold.normalized().isPresent()) {
            String expected = gold.normalized().get().trim().toLowerCase(Locale.ROOT);
            Optional<String> normalized = predicted.normalized().map(n -> n.trim().toLowerCase(Locale.ROOT));
            if (normalized.isPresent()) {
                return normalized.get().equals(expected) || normalized.get().startsWith(expected + "t");
            }
            return predicted.value().filter(v -> v == Math.rint(v))
                    .map(v -> Long.toString(v.longValue()).equals(expected)).orElse(false);
        }
        if (gold.value().isPresent()) {
            double expected = gold.value().get();
            return predicted.value()
                    .map(v -> Math.abs(v - expected) <= RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(expected)))
                    .orElse(false);
        }
        return true;
    }

    private static String normalizeText(String text) {
        String s = DIGIT_GROUP_COMMA.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return s.trim().replaceAll("\\s+", " ");
    }

    private static Set<String> contentTokens(String normalized) {
        Set<String> tokens = new HashSet<>();
        Matcher m = TOKEN.matcher(normalized);
        while (m.find()) {
            if (!STOP_WORDS.contains(m.group())) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String describe(GoldNumber gold) {
        String value = gold.normalized().orElseGet(() -> gold.value().map(NumberMatcher::format).orElse("?"));
        return gold.kind() + " \"" + gold.text() + "\" = " + value + gold.unit().map(u -> " " + u).orElse("");
    }
}
