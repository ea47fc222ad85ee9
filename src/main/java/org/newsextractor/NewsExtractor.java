package org.newsextractor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.newsextractor.internal.DefaultNewsExtractor;

/**
 * Reads a news article and returns its people, places, organizations, numbers, quotations and claims.
 *
 * <pre>{@code
 * NewsExtractor extractor = NewsExtractor.create();   // cheap; models load on first use
 * Extraction x = extractor.extract(articleText);
 * x.people().forEach(System.out::println);
 * }</pre>
 *
 * <p>Implementations are safe to share between threads. The CoreNLP models are loaded once per JVM, lazily, on
 * the first extraction (or on {@link #warmUp()}), and reused by every extractor. Being an interface, it is easy
 * to mock in the tests of code that uses it.
 */
public interface NewsExtractor {

    /**
     * Extracts the records from an article whose date, title or authors are known.
     *
     * @param article the article; its publication date is the reference for relative dates
     * @return the records, carrying the article; offsets point into {@code article.text()}
     * @throws NullPointerException     if article is null
     * @throws IllegalArgumentException if the text is longer than the configured maximum
     */
    Extraction extract(Article article);

    /**
     * Extracts the records from the text of one article.
     *
     * @param text the article's text, as scraped; offsets in the result point into this string
     * @return the records; empty for empty or blank text
     * @throws NullPointerException     if text is null
     * @throws IllegalArgumentException if the text is longer than the configured maximum
     */
    default Extraction extract(String text) {
        return extract(Article.of(text));
    }

    /**
     * Extracts several articles, using the available cores. The results are in the order of the texts.
     *
     * @param texts the articles' texts
     * @return one extraction per text
     * @throws ExtractionException if any article fails; its message says which
     */
    default List<Extraction> extractAll(List<String> texts) {
        int threads = Math.max(1, Math.min(texts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (String text : texts) {
                Callable<Extraction> task = () -> extract(text);
                futures.add(pool.submit(task));
            }
            List<Extraction> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new ExtractionException("article " + i + " failed: " + e.getCause().getMessage(),
                            e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ExtractionException("interrupted", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Loads the models now rather than on the first extraction, for example when a service starts. */
    default void warmUp() {
        extract("Warm-up.");
    }

    /** @return an extractor with the default settings */
    static NewsExtractor create() {
        return builder().build();
    }

    /** @return a builder for an extractor with non-default settings */
    static Builder builder() {
        return new Builder();
    }

    /** Settings for an extractor. */
    final class Builder {
        private int maxInputChars = 1_000_000;

        private Builder() {
        }

        /**
         * Longer texts are refused with an {@link IllegalArgumentException} (default one million characters).
         *
         * @param chars the maximum length
         * @return this builder
         */
        public Builder maxInputChars(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxInputChars must be positive");
            }
            this.maxInputChars = chars;
            return this;
        }

        /** @return the extractor; no model is loaded until it is first used */
        public NewsExtractor build() {
            return new DefaultNewsExtractor(maxInputChars);
        }
    }
}
