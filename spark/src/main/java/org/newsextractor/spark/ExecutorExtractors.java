package org.newsextractor.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsextractor.NewsExtractor;

/**
 * One extractor per JVM and configuration, built lazily where it is first used: on an executor, by its first
 * task. Every later task in that JVM (and concurrent tasks on its other cores) shares it; the library's
 * extractor is safe for concurrent use.
 */
final class ExecutorExtractors {
    private static final Map<ExtractorConfig, NewsExtractor> EXTRACTORS = new ConcurrentHashMap<>();

    private ExecutorExtractors() {
    }

    /** @return this JVM's extractor for the configuration, built on first call */
    static NewsExtractor get(ExtractorConfig config) {
        return EXTRACTORS.computeIfAbsent(config, ExtractorConfig::build);
    }
}
