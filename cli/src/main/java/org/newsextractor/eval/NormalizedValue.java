package org.newsextractor.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number read from CoreNLP's normalized NER tag, as {@link CoreNlpBaseline} reports it.
 *
 * <p>Numbers come as "94000.0", with a hedge prefix "~" (about), "&gt;" (more than), "&lt;" (less than),
 * "&gt;=" (at least) or "&lt;=" (at most); money as a currency symbol or code and a number ("$3.5E7",
 * "\u20ac100.0"); percentages with a "%" ("%52.0"); durations in ISO 8601 ("PT2H", "P27Y"). Ranges
 * ("36.0-40.0") give their first number.
 *
 * @param value     the number
 * @param unit      the ISO currency, "%" or the unit of a duration ("hour"), when the tag says
 * @param qualifier the hedge ("about", "more than", ...), when the tag has one
 */
public record NormalizedValue(Optional<Double> value, Optional<String> unit, Optional<String> qualifier) {
    /** Nothing could be read. */
    public static final NormalizedValue NONE = new NormalizedValue(Optional.empty(), Optional.empty(),
            Optional.empty());

    private static final Pattern NUMBER = Pattern.compile(
            "([^\\d\\s-]{1,3})?\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)(%|-\\d.*)?");
    private static final Pattern DURATION = Pattern.compile("P(T?)(\\d+(?:\\.\\d+)?)([YMWDHS])");
    private static final Map<String, String> QUALIFIERS = Map.of(
            "~", "about", ">=", "at least", "<=", "at most", ">", "more than", "<", "less than");
    private static final Map<String, String> CURRENCIES = Map.of(
            "$", "USD", "\u20ac", "EUR", "\u00a3", "GBP", "\u00a5", "JPY", "\u20bd", "RUB", "\u20b9", "INR");

    /**

     * Null optionals become empty.

     *

     * @param value     the number

     * @param unit      the ISO currency, "%" or the unit of a duration ("hour"), when the tag says

     * @param qualifier the hedge ("about", "more than", ...), when the tag has one

     */
    public NormalizedValue {
        value = value == null ? Optional.empty() : value;
        unit = unit == null ? Optional.empty() : unit;
        qualifier = qualifier == null ? Optional.empty() : qualifier;
    }

    /**
     * Reads a number, money or percentage tag.
     *
     * @param tag the normalized NER tag, such as "~500.0", "$3.5E7" or "%52.0"
     * @return what could be read; {@link #NONE} for a blank or unreadable tag
     */
    public static NormalizedValue parseNumber(String tag) {
        String s = tag.strip();
        Optional<String> qualifier = Optional.empty();
        for (String prefix : new String[] {">=", "<=", "~", ">", "<"}) {
            if (s.startsWith(prefix)) {
                qualifier = Optional.of(QUALIFIERS.get(prefix));
                s = s.substring(prefix.length()).strip();
                break;
            }
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return NONE;
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        Optional<String> unit = Optional.empty();
        if (prefix.equals("%") || "%".equals(m.group(3))) {
            unit = Optional.of("%");
        } else if (!prefix.isEmpty()) {
            unit = Optional.of(CURRENCIES.getOrDefault(prefix, prefix.toUpperCase(Locale.ROOT)));
        }
        return new NormalizedValue(Optional.of(Double.parseDouble(m.group(2))), unit, qualifier);
    }

    /**
     * Reads an ISO 8601 duration tag of one unit.
     *
     * @param tag the normalized tag of a duration, such as "PT2H" or "P27Y"
     * @return the amount and unit ("hour", "year", ...); {@link #NONE} if the tag is not such a duration
     */
    public static NormalizedValue parseDuration(String tag) {
        Matcher m = DURATION.matcher(tag.strip());
        if (!m.matches()) {
            return NONE;
        }
        boolean time = !m.group(1).isEmpty();
        String unit = switch (m.group(3)) {
            case "Y" -> "year";
            case "M" -> time ? "minute" : "month";
            case "W" -> "week";
            case "D" -> "day";
            case "H" -> "hour";
            default -> "second";
        };
        return new NormalizedValue(Optional.of(Double.parseDouble(m.group(2))), Optional.of(unit),
                Optional.empty());
    }
}
