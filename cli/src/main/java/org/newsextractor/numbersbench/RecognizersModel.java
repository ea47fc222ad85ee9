package org.newsextractor.numbersbench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;
import org.newsextractor.internal.Resources;

/**
 * The Recognizers-Text English models we run, and what "found" means for each. An expected result is found
 * when one of our records overlaps its span and agrees with it:
 * <ul>
 *   <li>NumberModel: any record whose value, low or high equals the number; a PERCENT written as a fraction
 *       ("two-thirds of voters" is 66.67) counts as the fraction;</li>
 *   <li>PercentModel: a PERCENT with the same value ("20%" is 20);</li>
 *   <li>CurrencyModel: a MONEY with the same value and currency: the ISO code when the case gives one, else
 *       a code we accept for the currency's name ({@code bench/recognizers_currencies.tsv}); an amount in
 *       cents or pence may also be given in the main unit (1.20 cents = 0.012 USD);</li>
 *   <li>DimensionModel: a MEASURE with the same value and unit, compared in singular American spelling
 *       ("Kilometer per hour" = "kilometer per hour", "metre" = "meter", "tonne" = "metric ton");</li>
 *   <li>AgeModel: an AGE with the same value and unit of time ("Year" = "years"; "Age" = years);</li>
 *   <li>NumberRangeModel: a record with the same bounds, ignoring whether a bound is open or closed: its
 *       low and high when set, else the bound its qualifier implies ("more than 5000" has low 5000, "up to
 *       700" high 700), else low = high = its value ("equal to 5000"); a PERCENT written as a fraction counts as
 *       the fraction, as for the NumberModel.</li>
 * </ul>
 * Values agree within a relative 1e-6. Expected results without a value ("the % of increase") state no
 * number and are not required. A case passes when every expected result is found; a case that expects
 * nothing passes when we report no record of the model's kind over it.
 */
enum RecognizersModel {
    NUMBER("NumberModel.json"),
    PERCENT("PercentModel.json"),
    CURRENCY("CurrencyModel.json"),
    DIMENSION("DimensionModel.json"),
    AGE("AgeModel.json"),
    NUMBER_RANGE("NumberRangeModel.json");

    private static final Map<String, List<String>> CURRENCY_NAMES = currencyNames();
    private static final Map<String, Double> SUBUNITS = subunits();
    /** "more than" bounds a range from below ("lower"), "up to" from above ("upper"). */
    private static final Map<String, String> BOUND_SIDES = boundSides();

    private final String file;

    RecognizersModel(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** @return whether a record is of the kind this model tags, for cases that expect nothing */
    boolean tags(Quantity q) {
        return switch (this) {
            case NUMBER -> q.kind() == Kind.COUNT;
            case PERCENT -> q.kind() == Kind.PERCENT;
            case CURRENCY -> q.kind() == Kind.MONEY;
            case DIMENSION -> q.kind() == Kind.MEASURE;
            case AGE -> q.kind() == Kind.AGE;
            case NUMBER_RANGE -> q.low().isPresent() || q.high().isPresent()
                    || q.qualifier().map(RecognizersModel::isBoundQualifier).orElse(false);
        };
    }

    /** @return whether the record states the expected result (overlap is checked by the caller) */
    boolean agrees(RecognizersCase.Expected expected, Quantity record) {
        String value = expected.value().orElseThrow();
        Quantity q = this == NUMBER || this == NUMBER_RANGE ? asWritten(record) : record;
        return switch (this) {
            case NUMBER -> number(value).map(v -> same(q.value(), v) || same(q.low(), v) || same(q.high(), v))
                    .orElse(false);
            case PERCENT -> q.kind() == Kind.PERCENT && number(value.replace("%", "")).map(v -> same(q.value(), v))
                    .orElse(false);
            case CURRENCY -> q.kind() == Kind.MONEY && money(expected, q);
            case DIMENSION -> q.kind() == Kind.MEASURE && number(value).map(v -> same(q.value(), v)).orElse(false)
                    && expected.unit().map(u -> unitName(u).equals(q.unit().map(RecognizersModel::unitName)
                    .orElse(""))).orElse(true);
            case AGE -> q.kind() == Kind.AGE && number(value).map(v -> same(q.value(), v)).orElse(false)
                    && expected.unit().map(u -> ageUnit(u).equals(q.unit().map(RecognizersModel::ageUnit)
                    .orElse(""))).orElse(true);
            case NUMBER_RANGE -> range(value, q);
        };
    }

    /**
     * A share written as a fraction ("two-thirds of voters", "1/2 of the people") is a PERCENT of 66.67 or 50;
     * the number and range models state the fraction itself, so such a record is compared as written.
     */
    private static Quantity asWritten(Quantity q) {
        String text = q.text().toLowerCase(Locale.ROOT);
        if (q.kind() != Kind.PERCENT || text.contains("%") || text.contains("per")) {
            return q;
        }
        return new Quantity(q.text(), q.begin(), q.end(), q.kind(), q.value().map(v -> v / 100), q.normalized(),
                q.unit(), q.qualifier(), q.low().map(v -> v / 100), q.high().map(v -> v / 100));
    }

    private static boolean money(RecognizersCase.Expected expected, Quantity q) {
        Optional<Double> v = number(expected.value().orElseThrow());
        if (v.isEmpty() || q.unit().isEmpty()) {
            return false;
        }
        String code = q.unit().get();
        String name = expected.unit().orElse("").toLowerCase(Locale.ROOT);
        if (SUBUNITS.containsKey(name) && same(q.value(), v.get() * SUBUNITS.get(name))) {
            return true; // "1.20 cents" given as 0.012 of the main unit
        }
        if (!same(q.value(), v.get())) {
            return false;
        }
        if (expected.currency().isPresent()) {
            return expected.currency().get().equals(code);
        }
        if (SUBUNITS.containsKey(name)) {
            return true; // the subunit itself has no ISO code: any currency will do
        }
        return CURRENCY_NAMES.getOrDefault(name, List.of()).stream()
                .anyMatch(c -> c.startsWith("*") ? code.endsWith(c.substring(1)) : c.equals(code));
    }

    private static boolean range(String interval, Quantity q) {
        String inner = interval.substring(1, interval.length() - 1);
        int comma = inner.indexOf(',');
        Optional<Double> low = number(inner.substring(0, comma));
        Optional<Double> high = number(inner.substring(comma + 1));
        Optional<Double> ourLow = q.low();
        Optional<Double> ourHigh = q.high();
        if (ourLow.isEmpty() && ourHigh.isEmpty()) {
            String qualifier = q.qualifier().orElse("");
            boolean lower = "lower".equals(BOUND_SIDES.get(qualifier));
            boolean upper = "upper".equals(BOUND_SIDES.get(qualifier));
            ourLow = upper ? Optional.empty() : q.value();
            ourHigh = lower ? Optional.empty() : q.value();
        }
        return bound(low, ourLow) && bound(high, ourHigh);
    }

    private static boolean isBoundQualifier(String qualifier) {
        return BOUND_SIDES.containsKey(qualifier);
    }

    private static boolean bound(Optional<Double> expected, Optional<Double> ours) {
        return expected.isEmpty() ? ours.isEmpty() : same(ours, expected.get());
    }

    private static boolean same(Optional<Double> ours, double expected) {
        return ours.map(v -> Math.abs(v - expected) <= 1e-6 * Math.max(1, Math.abs(expected))).orElse(false);
    }

    private static Optional<Double> number(String s) {
        try {
            return s.isBlank() ? Optional.empty() : Optional.of(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "Kilometers per hour", "kilometre per hour" -> "kilometer per hour"; "tonne" -> "metric ton". */
    static String unitName(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).strip().replace("metre", "meter").replace("litre", "liter")
                .replace("gramme", "gram").replace("tonne", "metric ton");
        StringBuilder out = new StringBuilder();
        for (String word : u.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(singular(word));
        }
        return out.toString();
    }

    private static String ageUnit(String unit) {
        String u = singular(unit.toLowerCase(Locale.ROOT).strip());
        return u.equals("age") ? "year" : u;
    }

    private static String singular(String word) {
        if (word.equals("feet")) {
            return "foot";
        }
        if (word.endsWith("inches")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") && word.length() > 3 && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }

    private static Map<String, List<String>> currencyNames() {
        Map<String, List<String>> names = new HashMap<>();
        for (String[] row : Resources.table("numbers/bench/recognizers_currencies.tsv")) {
            names.put(row[0], List.of(row[1].split(",")));
        }
        return Map.copyOf(names);
    }

    private static Map<String, Double> subunits() {
        Map<String, Double> units = new HashMap<>();
        for (String[] row : Resources.table("numbers/bench/recognizers_subunits.tsv")) {
            units.put(row[0], Double.parseDouble(row[1]));
        }
        return Map.copyOf(units);
    }

    private static Map<String, String> boundSides() {
        Map<String, String> sides = new HashMap<>();
        for (String[] row : Resources.table("numbers/bound_qualifiers.tsv")) {
            sides.put(row[0], row[1]);
        }
        return Map.copyOf(sides);
    }
}
