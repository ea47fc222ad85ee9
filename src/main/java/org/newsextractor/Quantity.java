package org.newsextractor;

import java.util.Objects;
import java.util.Optional;

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
 */
public record Quantity(String text, int begin, int end, Kind kind, Optional<Double> value,
                       Optional<String> normalized, Optional<String> unit, Optional<String> qualifier,
                       Optional<Double> low, Optional<Double> high) {

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
    public static Quantity of(String text, Kind kind, double value, String unit) {
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
