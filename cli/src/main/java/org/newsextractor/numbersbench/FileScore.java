package org.newsextractor.numbersbench;

import java.util.List;

/**
 * How one Recognizers-Text file scored.
 *
 * @param file     the file name ("NumberModel.json")
 * @param cases    how many cases it has
 * @param passed   how many passed
 * @param failures the inputs of the cases that failed, with what we found, for reading
 */
public record FileScore(String file, int cases, int passed, List<String> failures) {
    public FileScore {
        failures = List.copyOf(failures);
    }

    /** @return the share of cases that passed, 0 to 1 */
    public double passRate() {
        return cases == 0 ? 0 : passed / (double) cases;
    }
}
