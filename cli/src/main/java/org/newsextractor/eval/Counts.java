package org.newsextractor.eval;

/**
 * True positives, false positives and false negatives of one section, with the figures derived from them.
 *
 * <p>Division by zero: precision is 1.0 when nothing was predicted and nothing was missed (tp+fp = 0 and
 * fn = 0), and 0.0 when nothing was predicted but gold exists; recall likewise is 1.0 when there is no gold
 * and nothing spurious, else 0.0. So an empty prediction over empty gold scores 1.0 everywhere, and an empty
 * prediction over non-empty gold scores 0.0 everywhere.
 *
 * @param tp predictions that match a gold item
 * @param fp predictions that match none (or a gold item already matched)
 * @param fn gold items that no prediction matches
 */
public record Counts(int tp, int fp, int fn) {
    /** Nothing counted. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    /**

     * Checks that no count is negative.

     *

     * @param tp predictions that match a gold item

     * @param fp predictions that match none (or a gold item already matched)

     * @param fn gold items that no prediction matches

     */
    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn);
        }
    }

    /**
     * @param other counts of another article or section
     * @return the sum of both
     */
    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** @return tp / (tp + fp); see the class comment for the zero case */
    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
    }

    /** @return tp / (tp + fn); see the class comment for the zero case */
    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double) tp / (tp + fn);
    }

    /** @return the harmonic mean of precision and recall, 0.0 when both are 0 */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
