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

    /** Pieces this short cost little to annotate, and a short one may be a lone figure such as "$20" or "-4/5". */
    private static final int ALWAYS_TEXT_BELOW = 100;

    /** @return whether the piece has visible characters and enough of them belong to words or numbers */
    static boolean looksLikeText(String piece) {
        int visible = 0;
        int wordChars = 0;
        for (int i = 0; i < piece.length(); ) {
            int cp = piece.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            visible++;
            if (Character.isLetterOrDigit(cp) || isMark(cp) || isNumberPunctuation(piece, i, cp)) {
                wordChars++;
            }
            i += Character.charCount(cp);
        }
        if (visible > 0 && visible < ALWAYS_TEXT_BELOW) {
            return true;
        }
        return visible > 0 && wordChars >= MIN_WORD_CHAR_SHARE * visible;
    }

    /** "1,674,200.5", "$20", "-4/5", "3.5%": signs and separators next to a digit belong to the number. */
    private static boolean isNumberPunctuation(String s, int i, int cp) {
        if ("$€£¥%.,/-+:^".indexOf(cp) < 0) {
            return false;
        }
        boolean digitBefore = i > 0 && Character.isDigit(s.charAt(i - 1));
        boolean digitAfter = i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
        return digitBefore || digitAfter;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
