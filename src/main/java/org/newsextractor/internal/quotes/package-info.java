/**
 * Finding quoted passages in plain article text, without NLP: {@link org.newsextractor.internal.quotes.QuoteFinder}
 * returns {@link org.newsextractor.internal.quotes.QuoteSpan}s with offsets, paragraph position, whether the
 * passage was closed or continues the previous paragraph's quotation, and a hint whether it is a real quotation
 * or a term, title or scare quote. Attributing speakers is left to other components.
 */
package org.newsextractor.internal.quotes;
