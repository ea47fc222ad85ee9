package org.newsextractor;

import java.util.Objects;

/**
 * Where a stretch of an article's text came from on its HTML page: the characters {@code [begin, end)} of
 * {@link Article#text()} are the text of the element that {@link #cssPath()} selects. Lets a user highlight a
 * mention on the page ({@link Article#cssPathAt(int)}).
 *
 * @param begin   offset of the block's first character in the article text
 * @param end     offset one past its last character
 * @param cssPath a CSS selector for the source element in the page as parsed (for example
 *                {@code #story > p:nth-child(3)}); for text taken from metadata, the {@code meta} or {@code script}
 *                element that held it
 */
public record TextBlock(int begin, int end, String cssPath) {
    /**
     * Checks that the offsets describe a span.
     *
     * @param begin   offset of the block's first character in the article text
     * @param end     offset one past its last character
     * @param cssPath a CSS selector for the source element
     */
    public TextBlock {
        Objects.requireNonNull(cssPath, "cssPath");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /**
     * @param offset an offset into the article text
     * @return whether the character at that offset belongs to this block
     */
    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
