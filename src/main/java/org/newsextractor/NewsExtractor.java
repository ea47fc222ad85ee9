package org.newsextractor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsextractor.internal.DefaultNewsExtractor;
import org.newsextractor.internal.guard.BatchSupport;
import org.jspecify.annotations.Nullable;
import org.newsextractor.internal.guard.Limits;
import org.newsextractor.internal.linking.LinkIndexes;

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
     * Extracts several articles, using the available cores. Every article is processed even when some fail.
     *
     * @param texts the articles' texts
     * @return one extraction per text, in the order of the texts
     * @throws ExtractionException if any article failed, after all were processed; its message names every failed
     *                             article (by index) and why, its cause is the first failure and the others are
     *                             suppressed exceptions. Use {@link #extractEach(List)} to keep the successes.
     */
    default List<Extraction> extractAll(List<String> texts) {
        List<ExtractionOutcome> outcomes = extractEach(texts.stream().map(Article::of).toList());
        List<ExtractionOutcome> failed = outcomes.stream().filter(o -> !o.succeeded()).toList();
        if (failed.isEmpty()) {
            return outcomes.stream().map(o -> o.extraction().orElseThrow()).toList();
        }
        StringBuilder message = new StringBuilder(failed.size() + " of " + texts.size() + " articles failed:");
        failed.forEach(o -> message.append("\n  ").append(o));
        ExtractionException e = new ExtractionException(message.toString(), failed.get(0).failure().orElseThrow());
        failed.stream().skip(1).forEach(o -> e.addSuppressed(o.failure().orElseThrow()));
        throw e;
    }

    /**
     * Extracts several articles, using the available cores, and reports what became of each one: a failing
     * article (text over the length limit, time budget run out, internal failure) does not stop the others.
     *
     * @param articles the articles
     * @return one outcome per article, in the order of the articles
     * @throws ExtractionInterruptedException if the calling thread is interrupted while it waits; the running
     *                                        extractions are interrupted too
     */
    default List<ExtractionOutcome> extractEach(List<Article> articles) {
        int threads = Math.max(1, Math.min(articles.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ExtractionOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                int index = i;
                Article article = articles.get(i);
                futures.add(pool.submit(() -> BatchSupport.outcome(index, () -> extract(article))));
            }
            List<ExtractionOutcome> outcomes = new ArrayList<>();
            for (Future<ExtractionOutcome> future : futures) {
                outcomes.add(BatchSupport.await(future));
            }
            return outcomes;
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

    /**
     * Settings for an extractor. The limits bound what one article may cost, so that hostile input (a page
     * without a full stop, a megabyte of markup) gets a result or a clear error in bounded time and memory:
     * <ul>
     * <li>{@link #maxInputChars(int)}: longer texts are refused with an IllegalArgumentException (no chunking:
     *     a text that long is not one article);</li>
     * <li>{@link #maxSentenceChars(int)}: a run of text with no sentence end that is longer is cut into pieces
     *     before the expensive annotators see it; CoreNLP in addition skips tagging sentences of more than
     *     200 tokens;</li>
     * <li>{@link #timeBudget(Duration)}: an article that takes longer stops with an
     *     {@link ExtractionTimeoutException}.</li>
     * </ul>
     * An interrupted thread stops its extraction promptly with an {@link ExtractionInterruptedException}, the
     * interrupt status left set, whatever the settings.
     */
    final class Builder {
        private int maxInputChars = Limits.DEFAULT_MAX_INPUT_CHARS;
        private int maxSentenceChars = Limits.DEFAULT_MAX_SENTENCE_CHARS;
        private @Nullable Duration timeBudget;
        private @Nullable Path linkIndex;
        private @Nullable Path kbpJar;
        private boolean linking = true;

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

        /**
         * A stretch of text with no sentence end longer than this many characters is cut, at its last space, into
         * pieces that are annotated as separate sentences (default 1,000, minimum 100). Offsets are not affected.
         *
         * @param chars the longest sentence the annotators see
         * @return this builder
         */
        public Builder maxSentenceChars(int chars) {
            if (chars < Limits.MIN_SENTENCE_CHARS) {
                throw new IllegalArgumentException(
                        "maxSentenceChars must be at least " + Limits.MIN_SENTENCE_CHARS);
            }
            this.maxSentenceChars = chars;
            return this;
        }

        /**
         * How long one article may take (default: no limit). Past it the extraction stops with an
         * {@link ExtractionTimeoutException}; it is checked between pieces of a few thousand characters, so the
         * overrun is a fraction of a second. Model loading on first use is not counted.
         *
         * @param budget the budget, or null for no limit
         * @return this builder
         */
        public Builder timeBudget(@Nullable Duration budget) {
            if (budget != null && (budget.isNegative() || budget.isZero())) {
                throw new IllegalArgumentException("timeBudget must be positive");
            }
            this.timeBudget = budget;
            return this;
        }

        /**
         * Gives people, places and organizations their English Wikipedia page ({@link Entity#wikipedia()}) from
         * this link index, built by the command line's {@code link-index}, and merges two records of one type that
         * surely name the same page. Without this call, linking is on when the system property {@code
         * newsextractor.linkIndex} names an index, or when {@code news-extractor/wikipedia-links.idx} exists in the
         * user's cache folder ({@code $XDG_CACHE_HOME}, else {@code ~/.cache}), or when a kbp jar to build it from is
         * named ({@link #linkIndexFrom}); otherwise it is off and costs nothing. With {@link #linkIndexFrom} too, a
         * missing index is built into this file.
         *
         * @param file the index file; it is memory-mapped, not read onto the heap
         * @return this builder
         */
        public Builder linkIndex(Path file) {
            this.linkIndex = java.util.Objects.requireNonNull(file, "file");
            this.linking = true;
            return this;
        }

        /**
         * Turns entity linking on, building the link index on first use when it is absent: from the WikiDict in
         * CoreNLP's {@code models-english-kbp} jar (fetch it with {@code mvn dependency:get
         * -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english-kbp -Dtransitive=false}) into the
         * file the system property {@code newsextractor.linkIndex} names, else into the cache folder. The build
         * takes about 25 s and 600 MB of heap, once per machine; later extractors map the file. The system property
         * {@code newsextractor.kbpJar} does the same without this call.
         *
         * @param kbpJar CoreNLP's {@code models-english-kbp} jar
         * @return this builder
         */
        public Builder linkIndexFrom(Path kbpJar) {
            this.kbpJar = java.util.Objects.requireNonNull(kbpJar, "kbpJar");
            this.linking = true;
            return this;
        }

        /**
         * Turns entity linking off even when an index is present (with false), or back on (with true, the default).
         *
         * @param on whether to link entities to Wikipedia when an index is present
         * @return this builder
         */
        public Builder linking(boolean on) {
            this.linking = on;
            return this;
        }

        /**
         * @return the extractor; no model is loaded until it is first used
         * @throws java.io.UncheckedIOException if a link index is configured but cannot be read
         * @throws IllegalArgumentException     if the configured file is not a link index, or a kbp jar to build a
         *                                      missing index from does not exist
         * @throws IllegalStateException        if the index must be built and the heap is too small
         */
        public NewsExtractor build() {
            Optional<Path> index = !linking ? Optional.empty()
                    : linkIndex == null ? LinkIndexes.configuredFile(Optional.ofNullable(kbpJar))
                    : Optional.of(kbpJar == null ? linkIndex : LinkIndexes.ensureBuilt(kbpJar, linkIndex));
            return new DefaultNewsExtractor(
                    new Limits(maxInputChars, maxSentenceChars, Optional.ofNullable(timeBudget)),
                    index.map(LinkIndexes::linker).orElse(null));
        }
    }
}
