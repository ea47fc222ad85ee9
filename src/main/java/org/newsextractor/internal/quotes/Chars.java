package org.newsextractor.internal.quotes;

/** Small character predicates shared by the quote-finding classes. */
final class Chars {
    private Chars() {
    }

    /** @return whether {@code c} is any kind of whitespace, including no-break spaces */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** @return whether {@code c} ends a line: {@code \n}, {@code \r}, NEL, line or paragraph separator */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** @return whether {@code c} is a letter or digit */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
