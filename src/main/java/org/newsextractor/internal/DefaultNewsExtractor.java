package org.newsextractor.internal;

import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;

public final class DefaultNewsExtractor implements NewsExtractor {
    private final int maxInputChars;

    public DefaultNewsExtractor(int maxInputChars) {
        this.maxInputChars = maxInputChars;
    }

    @Override
    public Extraction extract(String text) {
        throw new UnsupportedOperationException();
    }
}
