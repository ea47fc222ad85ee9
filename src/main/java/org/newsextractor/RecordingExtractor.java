package org.newsextractor;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsextractor.internal.recording.ExtractionCache;
import org.newsextractor.internal.recording.ModelVersion;

/**
 * An extractor that records every result as a JSON file and replays it on the next run, without loading
 * CoreNLP. It makes test suites and notebooks that run over the same articles fast.
 *
 * <pre>{@code
 * NewsExtractor extractor = RecordingExtractor.create(Path.of("target/extractions"));
 * Extraction x = extractor.extract(text);   // computed once, then read from target/extractions/
 * }</pre>
 *
 * <p>Each result is stored in {@code DIRECTORY/KEY.json}, where KEY is the SHA-256 of the input (text, title,
 * date, authors) and of {@link #version()}. The file also holds the input, the version and a hash of the result;
 * an entry whose stored input or version differs from the request, or whose result does not match its hash, or
 * that cannot be parsed, is recomputed and overwritten, never returned. Safe to share between threads.
 */
public final class RecordingExtractor implements NewsExtractor {
    private final Supplier<NewsExtractor> delegate;
    private final ExtractionCache cache;

    private RecordingExtractor(Supplier<NewsExtractor> delegate, Path directory) {
        this.delegate = delegate;
        this.cache = new ExtractionCache(Objects.requireNonNull(directory, "directory"), version());
    }

    /**
     * Records the results of the default extractor, which is only built when a result is not yet recorded.
     *
     * @param directory where the results are kept; created when the first one is stored
     * @return the recording extractor
     */
    public static RecordingExtractor create(Path directory) {
        return new RecordingExtractor(new Lazy(NewsExtractor::create), directory);
    }

    /**
     * Records the results of the given extractor.
     *
     * @param delegate  computes the results that are not yet recorded
     * @param directory where the results are kept; created when the first one is stored
     * @return the recording extractor
     */
    public static RecordingExtractor wrap(NewsExtractor delegate, Path directory) {
        Objects.requireNonNull(delegate, "delegate");
        return new RecordingExtractor(() -> delegate, directory);
    }

    /**
     * What a recorded result depends on besides its input: the JSON schema ({@link Extraction#SCHEMA_VERSION}),
     * this library's version (and build time, for a snapshot), the CoreNLP version, which CoreNLP models jar is
     * on the class path, and a hash of the library's own lexicons. A change to any of them invalidates every
     * recorded result.
     *
     * @return the version string, for example {@code schema=1;library=0.1.0;corenlp=4.5.10;...}
     */
    public static String version() {
        return ModelVersion.current();
    }

    /**
     * Replays the recorded result for this article, or computes, records and returns it.
     *
     * @param article the article
     * @return the records, exactly as the wrapped extractor returned them
     */
    @Override
    public Extraction extract(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        return cache.load(article).orElseGet(() -> {
            Extraction result = Objects.requireNonNull(delegate.get().extract(article),
                    "the wrapped extractor returned null");
            cache.store(article, result);
            return result;
        });
    }

    /** @return the folder that holds the recorded results */
    public Path directory() {
        return cache.directory();
    }

    /** @return how many extractions were replayed from a recorded result */
    public long replayed() {
        return cache.hits();
    }

    /** @return how many recorded results were found stale, unreadable or damaged, and recomputed */
    public long rejected() {
        return cache.rejected();
    }

    /** Builds the wrapped extractor on first use, so replaying touches nothing of the pipeline. */
    private static final class Lazy implements Supplier<NewsExtractor> {
        private final Supplier<NewsExtractor> factory;
        private volatile @Nullable NewsExtractor instance;

        Lazy(Supplier<NewsExtractor> factory) {
            this.factory = factory;
        }

        @Override
        public NewsExtractor get() {
            NewsExtractor e = instance;
            if (e == null) {
                synchronized (this) {
                    e = instance;
                    if (e == null) {
                        e = factory.get();
                        instance = e;
                    }
                }
            }
            return e;
        }
    }
}
