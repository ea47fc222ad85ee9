package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The counts of one section in one article, with the errors behind them.
 *
 * @param counts   true/false positives and false negatives
 * @param findings every miss, spurious record, duplicate or wrong attribution, in a stable order
 */
public record SectionScore(Counts counts, List<Finding> findings) {
    /** A section that is not scored: no counts, no findings. */
    public static final SectionScore NOT_SCORED = new SectionScore(Counts.ZERO, List.of());

    /**

     * Copies the list.

     *

     * @param counts   true/false positives and false negatives

     * @param findings every miss, spurious record, duplicate or wrong attribution, in a stable order

     */
    public SectionScore {
        Objects.requireNonNull(counts, "counts");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /**
     * @param other the score of another section
     * @return counts summed, findings concatenated
     */
    public SectionScore plus(SectionScore other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return new SectionScore(counts.plus(other.counts), all);
    }
}
