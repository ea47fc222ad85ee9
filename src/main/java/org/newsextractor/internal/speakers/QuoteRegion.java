package org.newsextractor.internal.speakers;

/**
 * Where a quotation stands, as the attributor needs it.
 *
 * @param begin           first character of the quoted words
 * @param end             one past the last quoted character
 * @param outerBegin      the opening mark
 * @param outerEnd        one past the closing mark, or {@code end} when the quote was never closed
 * @param paragraph       index of the paragraph
 * @param startsParagraph the opening mark begins its paragraph
 */
public record QuoteRegion(int begin, int end, int outerBegin, int outerEnd, int paragraph, boolean startsParagraph) {
}
