package org.newsextractor.internal.quotes;

/** The family of quotation marks that delimits a passage; a passage is closed only by a mark of its own family. */
public enum MarkFamily {
    /** Straight {@code "}, curly {@code “ ”}, low {@code „} and reversed {@code ‟} double marks. */
    DOUBLE,
    /** Straight {@code '}, curly {@code ‘ ’} and single guillemets {@code ‹ ›}, when they pair at word boundaries. */
    SINGLE,
    /** Guillemets {@code « »}, in either direction. */
    ANGLE
}
