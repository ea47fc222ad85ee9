package org.newsextractor;

/** One extractor for every integration test in the JVM; the CoreNLP models load once. */
public final class SharedExtractor {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.create();

    private SharedExtractor() {
    }

    public static NewsExtractor get() {
        return EXTRACTOR;
    }
}
