package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token F1 between two passages, as quotations and claims are matched. Tokens are the runs of letters and
 * digits, lower-cased; punctuation and white space only separate them. Tokens are counted as a multiset:
 * F1 = 2 * common / (tokens in a + tokens in b), where common counts each shared token as often as it occurs in
 * both.
 */
public final class TokenOverlap {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Tolerance when comparing an F1 with a threshold, so that exactly 0.7 is not lost to rounding. */
    private static final double EPSILON = 1e-9;

    private TokenOverlap() {
    }

    /**
     * @param text a passage
     * @return its lower-cased words and numbers, in order
     */
    public static List<String> tokens(String text) {
        List<String> result = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            result.add(m.group());
        }
        return result;
    }

    /**
     * @param a one passage
     * @param b another passage
     * @return token F1 between them, 0.0 when either has no token
     */
    public static double f1(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String t : ta) {
            counts.merge(t, 1, Integer::sum);
        }
        int common = 0;
        for (String t : tb) {
            Integer left = counts.get(t);
            if (left != null && left > 0) {
                common++;
                counts.put(t, left - 1);
            }
        }
        return 2.0 * common / (ta.size() + tb.size());
    }

    /**
     * @param f1        a token F1
     * @param threshold the least F1 that matches
     * @return whether f1 reaches the threshold, allowing for rounding
     */
    public static boolean reaches(double f1, double threshold) {
        return f1 >= threshold - EPSILON;
    }
}
