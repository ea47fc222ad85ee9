package org.newsextractor.internal.guard;

/**
 * Tells prose from junk (binary data read as text, runs of symbols or punctuation) before it reaches the
 * taggers, which are slowest on unknown tokens and find nothing in junk anyway.
 */
final class JunkDetector {
    /** Prose in any script is over 90% letters, digits and marks; binary read as Latin-1 about 65%. */
    private static final double MIN_WORD_CHAR_SHARE = 0.75;

    private JunkDetector() {
    }

    /** @return whether the piece has visible characters and enough of them belong to words */
    static boolean looksLikeText(String piece) {
        int visible = 0;
        int wordChars = 0;
        for (int i = 0; i < piece.length(); ) {
            int cp = piece.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            visible++;
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                wordChars++;
            }
        }
        return visible > 0 && wordChars >= MIN_WORD_CHAR_SHARE * visible;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
