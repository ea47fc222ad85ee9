package org.newsextractor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Summary statistics of repeated timings. */
final class Stats {
    private Stats() {
    }

    /**
     * @param values the timings; not empty
     * @return their median (the mean of the middle two for an even count)
     */
    static double median(List<Double> values) {
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** @return the smallest of the values; not empty */
    static double min(List<Double> values) {
        return sorted(values).get(0);
    }

    /** @return the largest of the values; not empty */
    static double max(List<Double> values) {
        List<Double> sorted = sorted(values);
        return sorted.get(sorted.size() - 1);
    }

    private static List<Double> sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
