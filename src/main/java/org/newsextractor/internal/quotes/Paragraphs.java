package org.newsextractor.internal.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs, in one linear pass plus one for detection.
 *
 * <p>If the text contains at least one blank line (a line holding only whitespace), paragraphs are separated by
 * blank lines and single line breaks inside a paragraph are soft wraps. Otherwise every line break separates
 * paragraphs, as in scraped text that puts one paragraph per line. A paragraph separator (U+2029) always
 * separates. Paragraphs holding only whitespace are skipped and get no index.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /**
     * @param text any text
     * @return its non-blank paragraphs in order, each trimmed of surrounding whitespace
     */
    static List<Paragraph> split(String text) {
        boolean blankLinesSeparate = hasBlankLine(text);
        List<Paragraph> paragraphs = new ArrayList<>();
        int contentStart = -1;
        int contentEnd = -1;
        boolean lineHasContent = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Chars.isLineBreak(c)) {
                i = lineBreakEnd(text, i);
                boolean paragraphEnds = !blankLinesSeparate || !lineHasContent || c == '\u2029';
                if (paragraphEnds && contentStart >= 0) {
                    paragraphs.add(new Paragraph(paragraphs.size(), contentStart, contentEnd));
                    contentStart = -1;
                }
                lineHasContent = false;
            } else if (!Chars.isSpace(c)) {
                if (contentStart < 0) {
                    contentStart = i;
                }
                contentEnd = i + 1;
                lineHasContent = true;
            }
        }
        if (contentStart >= 0) {
            paragraphs.add(new Paragraph(paragraphs.size(), contentStart, contentEnd));
        }
        return paragraphs;
    }

    /** @return whether some line, after a line break, holds only whitespace and is followed by another line break */
    static boolean hasBlankLine(String text) {
        boolean afterBreak = false;
        boolean lineHasContent = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Chars.isLineBreak(c)) {
                i = lineBreakEnd(text, i);
                if (afterBreak && !lineHasContent) {
                    return true;
                }
                afterBreak = true;
                lineHasContent = false;
            } else if (!Chars.isSpace(c)) {
                lineHasContent = true;
            }
        }
        return false;
    }

    /** @return the index of the last character of the line break at {@code i}: "\r\n" counts as one break */
    private static int lineBreakEnd(String text, int i) {
        return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 1 : i;
    }
}
