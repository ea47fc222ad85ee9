package org.newsextractor.internal.html;

import org.jsoup.nodes.Element;

/**
 * One paragraph of recovered text and the element it came from.
 *
 * @param text   the text, whitespace collapsed
 * @param source the block element that holds it
 */
record Paragraph(String text, Element source) {
}
