package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;

/**
 * Marks the bounds of written ranges. "between 36 and 40", "from 14 to 31", "20 through 100": both records keep
 * their own value and get the range's low and high. "36-40" written without spaces: one record with low and
 * high ("2020-21", a span of years, is read as one DATE before this). "more than 10 and less than 40": both
 * bounds get low 10 and high 40.
 */
final class RangeLinker {

    /** What may join two one-sided bounds: "more than 10 and less than 40", "at most 100, at least 20". */
    private static final Pattern BOUND_JOINER = Pattern.compile("(and|but|,|, and|, but)\\b?.{0,30}");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)between\\s+(\\S{1,4}\\s*)?$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

    private static final NumberLexicon LEXICON = NumberLexicon.shared();

    private RangeLinker() {
    }

    private static boolean isBound(String qualifier, String side) {
        return LEXICON.boundSide(qualifier).filter(side::equals).isPresent();
    }

    /**
     * @param text       the article text
     * @param quantities records in text order
     * @return the records, bounds of ranges with low and high set
     */
    static List<Quantity> link(String text, List<Quantity> quantities) {
        return link(text, quantities, List.of());
    }

    /**
     * @param text       the article text
     * @param quantities records in text order
     * @param tallies    records that are the two counts of a tally or score ("won 4-2"), never a range
     * @return the records, bounds of ranges with low and high set
     */
    static List<Quantity> link(String text, List<Quantity> quantities, List<Quantity> tallies) {
        List<Quantity> out = new ArrayList<>(quantities);
        for (int i = 0; i + 1 < out.size(); i++) {
            Quantity a = out.get(i);
            Quantity b = out.get(i + 1);
            if (a.end() > b.begin() || tallies.contains(a) && tallies.contains(b)) {
                continue;
            }
            String between = text.substring(a.end(), b.begin()).strip().toLowerCase(Locale.ROOT);
            if (linkBounds(out, i, between)) {
                continue;
            }
            Optional<Double> low = valueOf(a);
            Optional<Double> high = valueOf(b);
            boolean glued = LEXICON.isJoiner(NumberLexicon.Joiner.RANGE_GLUED, between) && b.begin() - a.end() == between.length();
            if (low.isEmpty() || high.isEmpty() || !LEXICON.isJoiner(NumberLexicon.Joiner.RANGE, between) || low.get() >= high.get()
                    || !compatible(text, a, b) || between.equals("and") && !BETWEEN_BEFORE.matcher(
                    text.substring(Math.max(0, a.begin() - 16), a.begin())).find()) {
                continue; // "N64,050 and N111,000" are two amounts; "between 36 and 40" is a range
            }
            Optional<String> unit = a.unit().isPresent() ? a.unit() : b.unit();
            if (glued) {
                out.set(i, merged(text, a, b, low, high, unit));
                out.remove(i + 1);
                continue;
            }
            out.set(i, withRange(asValued(a, b), low, high, unit));
            out.set(i + 1, withRange(asValued(b, a), low, high, b.unit().isPresent() ? b.unit() : unit));
        }
        return out;
    }

    /** "more than 10 and less than 40": a lower and an upper bound in a row make one range. */
    private static boolean linkBounds(List<Quantity> out, int i, String between) {
        Quantity a = out.get(i);
        Quantity b = out.get(i + 1);
        String qa = a.qualifier().orElse("");
        String qb = b.qualifier().orElse("");
        Quantity lower = isBound(qa, "lower") && isBound(qb, "upper") ? a
                : isBound(qb, "lower") && isBound(qa, "upper") ? b : null;
        if (lower == null || a.kind() != b.kind() || a.value().isEmpty() || b.value().isEmpty()
                || !BOUND_JOINER.matcher(between).matches()) {
            return false;
        }
        Quantity upper = lower == a ? b : a;
        if (lower.value().get() >= upper.value().get()) {
            return false;
        }
        out.set(i, withRange(a, lower.value(), upper.value(), a.unit()));
        out.set(i + 1, withRange(b, lower.value(), upper.value(), b.unit()));
        return true;
    }

    /**
     * Same kind, or a bare number CoreNLP took for a year beside a count ("1000 - 5000"), unless a preposition
     * makes it a year ("from 31,000 in 2015 to 27,500").
     */
    private static boolean compatible(String text, Quantity a, Quantity b) {
        return a.kind() == b.kind() || isBareYear(a) && !afterYearCue(text, a) && b.kind() == Kind.COUNT
                || isBareYear(b) && !afterYearCue(text, b) && a.kind() == Kind.COUNT;
    }

    private static boolean afterYearCue(String text, Quantity q) {
        Matcher word = WORD_BEFORE.matcher(text.substring(Math.max(0, q.begin() - 16), q.begin()));
        return word.find() && LEXICON.isJoiner(NumberLexicon.Joiner.YEAR_CUE, word.group(1));
    }

    private static Optional<Double> valueOf(Quantity q) {
        return isBareYear(q) ? Optional.of(Double.parseDouble(q.normalized().orElseThrow())) : q.value();
    }

    private static boolean isBareYear(Quantity q) {
        return q.kind() == Kind.DATE && q.normalized().map(n -> BARE_NUMBER.matcher(n).matches()).orElse(false)
                && q.text().strip().equals(q.normalized().get());
    }

    /** A bare year beside a count is a count: "1000 - 5000". */
    private static Quantity asValued(Quantity q, Quantity other) {
        if (q.kind() != Kind.DATE || other.kind() == Kind.DATE) {
            return q;
        }
        return new Quantity(q.text(), q.begin(), q.end(), other.kind(), valueOf(q), Optional.empty(), q.unit(),
                q.qualifier(), q.low(), q.high());
    }

    private static Quantity merged(String text, Quantity a, Quantity b, Optional<Double> low, Optional<Double> high,
                                   Optional<String> unit) {
        Kind kind = a.kind() == Kind.DATE ? b.kind() : a.kind();
        Optional<Double> value = kind == Kind.DATE ? Optional.empty() : low;
        Optional<String> normalized = kind == Kind.DATE ? a.normalized() : Optional.empty(); // the first year
        return new Quantity(text.substring(a.begin(), b.end()), a.begin(), b.end(), kind, value, normalized, unit,
                a.qualifier(), low, high);
    }

    private static Quantity withRange(Quantity q, Optional<Double> low, Optional<Double> high, Optional<String> unit) {
        return new Quantity(q.text(), q.begin(), q.end(), q.kind(), q.value(), q.normalized(), unit, q.qualifier(),
                low, high);
    }
}
