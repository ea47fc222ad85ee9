package org.newsextractor.internal.quotes;

/**
 * A character that can delimit a quotation, with its family and the direction its shape suggests.
 *
 * @param family the family of marks it pairs with
 * @param shape  whether its glyph opens, closes, or can do either
 */
record QuoteMark(MarkFamily family, Shape shape) {

    /** The direction a mark's glyph suggests; scraped text often misuses it, so it is a hint, not a rule. */
    enum Shape {
        /** Glyph that normally opens: {@code “ „ ‟ ‘ ‚ ‛ « ‹}. */
        OPENING,
        /** Glyph that normally closes: {@code ” ’ » ›}. */
        CLOSING,
        /** Straight marks {@code " '}, whose direction comes from their position. */
        EITHER
    }

    private static final QuoteMark DOUBLE_OPENING = new QuoteMark(MarkFamily.DOUBLE, Shape.OPENING);
    private static final QuoteMark DOUBLE_CLOSING = new QuoteMark(MarkFamily.DOUBLE, Shape.CLOSING);
    private static final QuoteMark DOUBLE_EITHER = new QuoteMark(MarkFamily.DOUBLE, Shape.EITHER);
    private static final QuoteMark SINGLE_OPENING = new QuoteMark(MarkFamily.SINGLE, Shape.OPENING);
    private static final QuoteMark SINGLE_CLOSING = new QuoteMark(MarkFamily.SINGLE, Shape.CLOSING);
    private static final QuoteMark SINGLE_EITHER = new QuoteMark(MarkFamily.SINGLE, Shape.EITHER);
    private static final QuoteMark ANGLE_OPENING = new QuoteMark(MarkFamily.ANGLE, Shape.OPENING);
    private static final QuoteMark ANGLE_CLOSING = new QuoteMark(MarkFamily.ANGLE, Shape.CLOSING);

    /**
     * @param c any char
     * @return the mark {@code c} is, or null when it is not a quotation mark
     */
    static QuoteMark of(char c) {
        return switch (c) {
            case '"', '\uFF02' -> DOUBLE_EITHER;
            case '\u201C', '\u201E', '\u201F' -> DOUBLE_OPENING;
            case '\u201D' -> DOUBLE_CLOSING;
            case '\'' -> SINGLE_EITHER;
            case '\u2018', '\u201A', '\u201B', '\u2039' -> SINGLE_OPENING;
            case '\u2019', '\u203A' -> SINGLE_CLOSING;
            case '\u00AB' -> ANGLE_OPENING;
            case '\u00BB' -> ANGLE_CLOSING;
            default -> null;
        };
    }
}
