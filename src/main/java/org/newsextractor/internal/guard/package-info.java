/**
 * Guards that keep one article's cost bounded whatever it holds: {@link
 * org.newsextractor.internal.guard.Limits} (set on {@code NewsExtractor.builder()}), a {@link
 * org.newsextractor.internal.guard.Deadline} per article, annotation in bounded pieces ({@link
 * org.newsextractor.internal.guard.TextChunker}, {@link org.newsextractor.internal.guard.ChunkedAnnotator}), and
 * length-keeping blanking of markup and junk characters ({@link org.newsextractor.internal.guard.MarkupBlanker},
 * {@link org.newsextractor.internal.guard.CharacterBlanker}), so offsets always point into the caller's string.
 */
package org.newsextractor.internal.guard;
