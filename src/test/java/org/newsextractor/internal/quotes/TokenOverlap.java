package org.newsextractor.internal.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Token F1 between two texts over lower-cased word tokens, as the evaluation matches quotations. */
final class TokenOverlap {
    private TokenOverlap() {
    }

    static double f1(String a, String b) {
        List<String> left = tokens(a);
        List<String> right = tokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        left.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : right) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                counts.put(t, c - 1);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / right.size();
        double recall = (double) common / left.size();
        return 2 * precision * recall / (precision + recall);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
