package org.newsextractor.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One gold numeric expression.
 *
 * @param text       the expression as written ("94,000", "September 1, 2021")
 * @param kind       COUNT, MONEY, PERCENT, MEASURE, DURATION or DATE, as the gold file spells it
 * @param value      the number, for everything but dates
 * @param normalized the ISO 8601 date or its prefix, for dates
 * @param unit       what is counted, the currency, or the unit of measure or duration
 */
public record GoldNumber(String text, String kind, Optional<Double> value, Optional<String> normalized,
                         Optional<String> unit) {
    /**
     * Checks the text; null optionals become empty and a missing kind becomes COUNT.
     *
     * @param text       the expression as written ("94,000", "September 1, 2021")
     * @param kind       COUNT, MONEY, PERCENT, MEASURE, DURATION or DATE, as the gold file spells it
     * @param value      the number, for everything but dates
     * @param normalized the ISO 8601 date or its prefix, for dates
     * @param unit       what is counted, the currency, or the unit of measure or duration
     */
    public GoldNumber {
        Objects.requireNonNull(text, "text");
        kind = kind == null ? "COUNT" : kind;
        value = value == null ? Optional.empty() : value;
        normalized = normalized == null ? Optional.empty() : normalized;
        unit = unit == null ? Optional.empty() : unit;
    }

    /**
     * A gold number with a value, for tests built by hand.
     *
     * @param text  the expression as written
     * @param kind  its kind
     * @param value its value
     * @param unit  its unit, or null
     * @return the gold number
     */
    public static GoldNumber of(String text, String kind, double value, String unit) {
        return new GoldNumber(text, kind, Optional.of(value), Optional.empty(), Optional.ofNullable(unit));
    }

    /**
     * A gold date, for tests built by hand.
     *
     * @param text       the expression as written
     * @param normalized its ISO 8601 form or prefix
     * @return the gold number of kind DATE
     */
    public static GoldNumber date(String text, String normalized) {
        return new GoldNumber(text, "DATE", Optional.empty(), Optional.of(normalized), Optional.empty());
    }

    /** @return whether this is a date, judged by its normalized form rather than its value */
    public boolean isDate() {
        return "DATE".equalsIgnoreCase(kind);
    }
}
