package org.newsextractor.eval;

import java.util.Objects;

/**
 * The quotations or the claims of one article: the passages matched, and the matched passages whose speaker or
 * source is right.
 *
 * @param passages     counts of {@link Section#QUOTATIONS} or {@link Section#CLAIMS}
 * @param attributions counts of {@link Section#QUOTATION_SPEAKERS} or {@link Section#CLAIM_SOURCES}
 */
public record PassageScore(SectionScore passages, SectionScore attributions) {
    /** A section not scored. */
    public static final PassageScore NOT_SCORED = new PassageScore(SectionScore.NOT_SCORED,
            SectionScore.NOT_SCORED);

    /**

     * Checks the fields.

     *

     * @param passages     counts of {@link Section#QUOTATIONS} or {@link Section#CLAIMS}

     * @param attributions counts of {@link Section#QUOTATION_SPEAKERS} or {@link Section#CLAIM_SOURCES}

     */
    public PassageScore {
        Objects.requireNonNull(passages, "passages");
        Objects.requireNonNull(attributions, "attributions");
    }
}
