package org.newsextractor.bench;

import java.util.Optional;

/**
 * One headline figure: a ratio between configurations, with the target issue 6 sets for it.
 *
 * @param label    what is divided by what
 * @param value    the ratio of wall-clock figures; empty when a configuration it needs was not measured
 * @param cpuValue the same ratio of process CPU times, steadier on a shared machine; empty when not applicable
 * @param target   the target, as text ({@code <= 2}, {@code >= 4}), or a note for a figure without one
 * @param met      whether the wall-clock value meets the target; empty without a target or a value
 */
record Ratio(String label, Optional<Double> value, Optional<Double> cpuValue, String target,
             Optional<Boolean> met) {

    /** @return a ratio that should be at most bound */
    static Ratio atMost(String label, Optional<Double> value, Optional<Double> cpuValue, double bound) {
        return new Ratio(label, value, cpuValue, "<= " + Format.number(bound), value.map(v -> v <= bound));
    }

    /** @return a ratio that should be at least bound */
    static Ratio atLeast(String label, Optional<Double> value, Optional<Double> cpuValue, double bound) {
        return new Ratio(label, value, cpuValue, ">= " + Format.number(bound), value.map(v -> v >= bound));
    }

    /** @return a ratio without a target */
    static Ratio info(String label, Optional<Double> value, Optional<Double> cpuValue, String note) {
        return new Ratio(label, value, cpuValue, note, Optional.empty());
    }
}
