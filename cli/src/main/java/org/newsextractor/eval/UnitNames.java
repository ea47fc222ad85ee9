package org.newsextractor.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares units as the unit accuracy does: case folded, white space collapsed, and each word reduced to a
 * crude singular ("troops" = "troop", "hours" = "hour", "storeys" = "storey", "inches" = "inch",
 * "casualties" = "casualty"), applied to both sides alike; units of measure in one spelling ("km" =
 * "kilometers"), and what is counted also by its head noun ("officers" = "Cabinet officers"), as
 * {@code ../shared/eval/README.md} defines unit accuracy.
 */
public final class UnitNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private UnitNames() {
    }

    /**
     * @param unit a unit as written ("Troops", "hours", "USD")
     * @return its comparable form ("troop", "hour", "usd")
     */
    public static String normalize(String unit) {
        String[] words = SPACES.split(unit.trim().toLowerCase(Locale.ROOT));
        StringBuilder s = new StringBuilder();
        for (String word : words) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(singular(word));
        }
        return s.toString();
    }

    /**
     * @param predicted the predicted unit
     * @param gold      the gold unit
     * @return whether they are the same after {@link #normalize}
     */
    public static boolean same(String predicted, String gold) {
        String p = spelling(normalize(predicted));
        String g = spelling(normalize(gold));
        return p.equals(g) || p.equals(head(g)) || g.equals(head(p));
    }

    /**
     * What is counted may be given by its head noun ("officers" for "Cabinet officers", as the annotation rules
     * say), so a unit also matches the last word of the other.
     */
    private static String head(String unit) {
        return unit.substring(unit.lastIndexOf(' ') + 1);
    }

    /**
     * Units of measure compare in one spelling ("km" = "kilometers", "%" = "percent"), by the library's table of
     * unit names and symbols ({@code models/numbers/measure_units.tsv}, SI and customary units).
     */
    private static String spelling(String unit) {
        return SPELLINGS.getOrDefault(unit, unit);
    }

    private static final java.util.Map<String, String> SPELLINGS = loadSpellings();

    private static java.util.Map<String, String> loadSpellings() {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        map.put("percent", "%");
        map.put("per cent", "%");
        map.put("pct", "%");
        try (java.io.InputStream in = UnitNames.class.getResourceAsStream(
                "/org/newsextractor/models/numbers/measure_units.tsv")) {
            if (in == null) {
                return map;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String[] row = line.split("\t");
                if (line.startsWith("#") || row.length < 2) {
                    continue;
                }
                map.putIfAbsent(normalize(row[0]), normalize(row[1]));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(map);
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")
                || word.endsWith("zes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
