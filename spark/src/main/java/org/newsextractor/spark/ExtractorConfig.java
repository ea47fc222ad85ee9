package org.newsextractor.spark;

import java.io.Serializable;
import org.newsextractor.NewsExtractor;

/**
 * What an executor needs to build its own extractor. This small value travels from the driver to the
 * executors inside Spark's task closures; the extractor itself (a CoreNLP pipeline of about 1 GB) never does.
 *
 * @param maxInputChars longer article texts are refused (they yield an error row)
 */
public record ExtractorConfig(int maxInputChars) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The library's default limit, as {@code NewsExtractor.create()} uses it. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 1_000_000;

    /** Checks the limit. */
    public ExtractorConfig {
        if (maxInputChars < 1) {
            throw new IllegalArgumentException("maxInputChars must be positive");
        }
    }

    /** @return the configuration equivalent to {@code NewsExtractor.create()} */
    public static ExtractorConfig defaults() {
        return new ExtractorConfig(DEFAULT_MAX_INPUT_CHARS);
    }

    /** @return a new extractor for this configuration (expensive: loads CoreNLP models on first use) */
    public NewsExtractor build() {
        return NewsExtractor.builder().maxInputChars(maxInputChars).build();
    }
}
