package org.newsextractor;

import java.util.Objects;

/**
 * One place in the article where an entity is named.
 *
 * @param text     the words as written; always equal to {@code article.substring(begin, end)}
 * @param begin    offset of the first character in the caller's original text
 * @param end      offset one past the last character
 * @param sentence zero-based index of the sentence that holds the mention
 */
public record Mention(String text, int begin, int end, int sentence) {
    /**
     * Checks that the offsets describe a span.
     *
     * @param text     the words as written; always equal to {@code article.substring(begin, end)}
     * @param begin    offset of the first character in the caller's original text
     * @param end      offset one past the last character
     * @param sentence zero-based index of the sentence that holds the mention
     */
    public Mention {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /**
     * A mention whose offsets do not matter, for tests and fixtures built by hand.
     *
     * @param text the mention's words
     * @return a mention at offset 0 in sentence 0
     */
    public static Mention of(String text) {
        return new Mention(text, 0, text.length(), 0);
    }

    @Override
    public String toString() {
        return "\"" + text + "\"@" + begin;
    }
}
