/**
 * The news-extractor API: {@link org.newsextractor.NewsExtractor} reads an {@link org.newsextractor.Article} and
 * returns an {@link org.newsextractor.Extraction} of typed, immutable records.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Null.</b> The package is {@code @NullMarked}: no method returns null, no record component is null, and a
 *       parameter may be null only where it is marked {@code @Nullable} (an optional argument of a factory, such
 *       as the speaker of {@link org.newsextractor.Quotation#of} or the date of
 *       {@link org.newsextractor.Article#of(String, java.time.LocalDate)}). A value that may be absent is an
 *       {@link java.util.Optional} or an empty list. For leniency when data is bound, the canonical record
 *       constructors also turn a null list or Optional into an empty one, but that is not part of their type.</li>
 *   <li><b>Values.</b> Records compare by value and are immutable (their lists are copies). Offsets are
 *       {@code [begin, end)} character offsets into {@link org.newsextractor.Article#text()}.</li>
 *   <li><b>JSON.</b> {@link org.newsextractor.Extraction#toJson()} writes schema version
 *       {@value org.newsextractor.Extraction#SCHEMA_VERSION} (described by {@code extraction.schema.json} in
 *       the jar); {@link org.newsextractor.Extraction#fromJson(String)} reads that version and older ones, and refuses
 *       newer ones.</li>
 * </ul>
 */
@NullMarked
package org.newsextractor;

import org.jspecify.annotations.NullMarked;
