package org.newsextractor.bench;

import org.newsextractor.NewsExtractor;

/** Our extractor, as a user makes it: {@link NewsExtractor#create()}, shared by all threads. */
final class OurProcessor implements Processor {
    private final NewsExtractor extractor = NewsExtractor.create();

    @Override
    public void load() {
        extractor.warmUp();
    }

    @Override
    public void process(String text) {
        if (extractor.extract(text) == null) {
            throw new IllegalStateException("no extraction");
        }
    }
}
