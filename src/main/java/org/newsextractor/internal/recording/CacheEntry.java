package org.newsextractor.internal.recording;

import org.newsextractor.Article;
import org.newsextractor.Extraction;

/**
 * One stored result with the key material it was computed from, so that a read can check it instead of trusting
 * the file name.
 *
 * @param key              the SHA-256 of version and input: the file's name
 * @param version          {@link ModelVersion#current()} when the result was computed
 * @param input            the article as given to the extractor
 * @param extractionSha256 the SHA-256 of the result's JSON, to catch a damaged file that still parses
 * @param extraction       the result
 */
record CacheEntry(String key, String version, Article input, String extractionSha256, Extraction extraction) {
}
