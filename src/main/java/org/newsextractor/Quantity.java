package org.newsextractor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A numeric expression the article states: a count, an amount of money, a percentage, a measure, a duration,
 * a date or an ordinal. JSON calls the list of these {@code numbers}.
 *
 * @param text       the expression as written ("94,000", "September 1, 2021", "90-minute")
 * @param begin      offset of the first character in the caller's original text
 * @param end        offset one past the last character
 * @param kind       what sort of number it is
 * @param value      the number (94000; 0.035 is never used for "3.5%": percentages keep 3.5)
 * @param normalized ISO 8601 form for dates ("2021-09-01", "2014") and durations ("PT90M")
 * @param unit       what is counted ("troops"), the ISO 4217 currency ("USD") or the unit ("minute")
 * @param qualifier  a hedge on the value such as "about", "more than", "at least", "up to"
 * @param low        the lower bound of a range ("between 36 and 40" gives 36)
 * @param high       the upper bound of a range
 * @param modifiers  the words that qualify what is counted ("94,000 Russian troops" gives ["Russian"])
 */
public record Quantity(String text, int begin, int end, Kind kind, Optional<Double> value,
                       Optional<String> normalized, Optional<String> unit, Optional<String> qualifier,
                       Optional<Double> low, Optional<Double> high, List<String> modifiers) {

    /** What sort of number a {@link Quantity} is. */
    public enum Kind {
        /** A count of things: "94,000 troops". */
        COUNT,
        /** An amount of money; the unit is an ISO 4217 code. */
        MONEY,
        /** A percentage; the value is in percent (3.5 for "3.5%"). */
        PERCENT,
        /** A measure with a unit: "500 km". */
        MEASURE,
        /** A length of time: "90-minute", "24 hours". */
        DURATION,
        /** An absolute date or year. */
        DATE,
        /** An age: "aged 64". */
        AGE,
        /** A rank: "second", "3rd". */
        ORDINAL,
        /** A time of day: "6am". */
        TIME
    }

    /**
     * Checks the span; null optionals become empty.
     *
     * @param text       the expression as written ("94,000", "September 1, 2021", "90-minute")
     * @param begin      offset of the first character in the caller's original text
     * @param end        offset one past the last character
     * @param kind       what sort of number it is
     * @param value      the number (94000; 0.035 is never used for "3.5%": percentages keep 3.5)
     * @param normalized ISO 8601 form for dates ("2021-09-01", "2014") and durations ("PT90M")
     * @param unit       what is counted ("troops"), the ISO 4217 currency ("USD") or the unit ("minute")
     * @param qualifier  a hedge on the value such as "about", "more than", "at least", "up to"
     * @param low        the lower bound of a range ("between 36 and 40" gives 36)
     * @param high       the upper bound of a range
     * @param modifiers  the words that qualify what is counted
     */
    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        value = value == null ? Optional.empty() : value;
        normalized = normalized == null ? Optional.empty() : normalized;
        unit = unit == null ? Optional.empty() : unit;
        qualifier = qualifier == null ? Optional.empty() : qualifier;
        low = low == null ? Optional.empty() : low;
        high = high == null ? Optional.empty() : high;
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    /**
     * A number with nothing known about the modifiers of what it counts.
     *
     * @param text       the expression as written
     * @param begin      offset of the first character
     * @param end        offset one past the last character
     * @param kind       what sort of number it is
     * @param value      the number
     * @param normalized ISO 8601 form for dates and durations
     * @param unit       what is counted, the currency or the unit
     * @param qualifier  a hedge on the value
     * @param low        the lower bound of a range
     * @param high       the upper bound of a range
     */
    public Quantity(String text, int begin, int end, Kind kind, Optional<Double> value, Optional<String> normalized,
                    Optional<String> unit, Optional<String> qualifier, Optional<Double> low, Optional<Double> high) {
        this(text, begin, end, kind, value, normalized, unit, qualifier, low, high, List.of());
    }

    /**
     * @param words the words that qualify what is counted
     * @return a copy with those modifiers
     */
    public Quantity withModifiers(List<String> words) {
        return new Quantity(text, begin, end, kind, value, normalized, unit, qualifier, low, high, words);
    }

    /**
     * A number with a value and an optional unit, for tests and fixtures built by hand.
     *
     * @param text  the expression as written
     * @param kind  its kind
     * @param value its value
     * @param unit  what it counts or measures, or null
     * @return the quantity at offset 0
     */
    public static Quantity of(String text, Kind kind, double value, @Nullable String unit) {
        return new Quantity(text, 0, text.length(), kind, Optional.of(value), Optional.empty(),
                Optional.ofNullable(unit), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A date, for tests and fixtures built by hand.
     *
     * @param text       the expression as written
     * @param normalized its ISO 8601 form or prefix
     * @return the quantity at offset 0
     */
    public static Quantity date(String text, String normalized) {
        return new Quantity(text, 0, text.length(), Kind.DATE, Optional.empty(), Optional.of(normalized),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind.name()).append(" \"").append(text).append('"');
        value.ifPresent(v -> s.append(" = ").append(Numbers.format(v)));
        normalized.ifPresent(n -> s.append(" = ").append(n));
        unit.ifPresent(u -> s.append(' ').append(u));
        return s.toString();
    }
}
