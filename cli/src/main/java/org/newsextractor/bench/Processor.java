package org.newsextractor.bench;

/** One configuration under test, as the bench drives it: load once, then process articles, from many threads. */
interface Processor {
    /** Loads the models, so that the first {@link #process} is not what pays for them. */
    void load();

    /**
     * Does the configuration's whole work on one article and drops the result.
     *
     * @param text the article
     */
    void process(String text);
}
