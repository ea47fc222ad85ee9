package org.newsextractor.eval;

import java.util.Objects;

/**
 * The numbers of one article: the matching counts and the unit accuracy over the matched numbers.
 *
 * @param score the counts, with every miss, spurious number and wrong unit as findings
 * @param units how many matched gold numbers with a unit got it right
 */
public record NumberScore(SectionScore score, UnitAccuracy units) {
    /** Numbers not scored. */
    public static final NumberScore NOT_SCORED = new NumberScore(SectionScore.NOT_SCORED, UnitAccuracy.ZERO);

    /**

     * Checks the fields.

     *

     * @param score the counts, with every miss, spurious number and wrong unit as findings

     * @param units how many matched gold numbers with a unit got it right

     */
    public NumberScore {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(units, "units");
    }
}
