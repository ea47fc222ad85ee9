package org.newsextractor.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares units as the unit accuracy does: case folded, white space collapsed, and each word reduced to a
 * crude singular ("troops" = "troop", "hours" = "hour", "storeys" = "storey", "inches" = "inch",
 * "casualties" = "casualty"), applied to both sides alike.
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
        return normalize(predicted).equals(normalize(gold));
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
