package org.newsextractor.internal.quotes;

/**
 * A paragraph of the text, trimmed of surrounding whitespace.
 *
 * @param index zero-based position among the non-blank paragraphs
 * @param start offset of the first non-whitespace char
 * @param end   offset just after the last non-whitespace char
 */
record Paragraph(int index, int start, int end) {
}
