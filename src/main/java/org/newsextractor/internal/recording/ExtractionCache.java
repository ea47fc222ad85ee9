package org.newsextractor.internal.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.internal.Json;

/**
 * A folder of results, one JSON file per input, named by the SHA-256 of the input and the {@link ModelVersion}.
 * An entry is returned only if the key material stored inside it matches the request and its result hashes to
 * the recorded value; anything else (missing, stale, unreadable, damaged) is a miss.
 */
public final class ExtractionCache {
    private final Path directory;
    private final String version;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    /**
     * @param directory where the entries live; created on the first store
     * @param version   what the results depend on besides their input, usually {@link ModelVersion#current()}
     */
    public ExtractionCache(Path directory, String version) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** @return the folder that holds the entries */
    public Path directory() {
        return directory;
    }

    /**
     * @param input the article
     * @return the file that holds, or would hold, its result
     */
    public Path fileFor(Article input) {
        return directory.resolve(key(input) + ".json");
    }

    /**
     * @param input the article
     * @return its stored result, if there is a trustworthy one
     */
    public Optional<Extraction> load(Article input) {
        String key = key(input);
        Path file = directory.resolve(key + ".json");
        try {
            CacheEntry entry = Json.mapper().readValue(Files.readString(file), CacheEntry.class);
            if (trustworthy(entry, key, input)) {
                hits.incrementAndGet();
                return Optional.of(entry.extraction());
            }
        } catch (NoSuchFileException e) {
            misses.incrementAndGet();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Unreadable or not an entry: recomputed below, like a stale one.
        }
        rejected.incrementAndGet();
        return Optional.empty();
    }

    private boolean trustworthy(CacheEntry entry, String key, Article input) {
        return entry != null && entry.extraction() != null
                && key.equals(entry.key())
                && version.equals(entry.version())
                && input.equals(entry.input())
                && Sha256.of(Json.write(entry.extraction())).equals(entry.extractionSha256());
    }

    /**
     * Stores a result atomically: readers see the old entry, the new one, or none, never half a file.
     *
     * @param input  the article
     * @param result what the extractor returned for it
     */
    public void store(Article input, Extraction result) {
        String key = key(input);
        CacheEntry entry = new CacheEntry(key, version, input, Sha256.of(Json.write(result)), result);
        try {
            Json.writeAtomically(entry, directory.resolve(key + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory, e);
        }
    }

    /** @return how many loads returned a stored result */
    public long hits() {
        return hits.get();
    }

    /** @return how many loads found no entry */
    public long misses() {
        return misses.get();
    }

    /** @return how many loads found an entry that was stale, unreadable or damaged */
    public long rejected() {
        return rejected.get();
    }

    String key(Article input) {
        try {
            return Sha256.of(version, Json.mapper().writeValueAsString(input));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize an article", e);
        }
    }
}
