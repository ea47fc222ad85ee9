package org.newsextractor.eval;

import java.util.Objects;

/**
 * One error found while scoring an article, for the verbose listing.
 *
 * @param section the figure it lowers; {@code numberUnits} errors are reported under {@link Section#NUMBERS}
 * @param kind    what sort of error it is
 * @param detail  a readable description: the record or gold item concerned
 */
public record Finding(Section section, Kind kind, String detail) {
    /** What sort of error a finding is. */
    public enum Kind {
        /** A gold item that no prediction matches (a false negative). */
        MISSED,
        /** A prediction that matches no gold item (a false positive). */
        SPURIOUS,
        /** A second record for a gold entity already matched (a false positive: mentions not merged). */
        DUPLICATE,
        /** A matched quotation or claim whose speaker or source is wrong or absent. */
        WRONG_SPEAKER,
        /** A matched number whose unit differs from the gold unit. */
        WRONG_UNIT
    }

    /**

     * Checks the fields.

     *

     * @param section the figure it lowers; {@code numberUnits} errors are reported under {@link Section#NUMBERS}

     * @param kind    what sort of error it is

     * @param detail  a readable description: the record or gold item concerned

     */
    public Finding {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return section.key() + " " + kind + " " + detail;
    }
}
