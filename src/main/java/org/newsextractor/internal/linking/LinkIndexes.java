package org.newsextractor.internal.linking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the link index is found, and one mapping of each index file per JVM, shared by every extractor.
 * The default file is {@code news-extractor/wikipedia-links.idx} in the user's cache folder ({@code
 * $XDG_CACHE_HOME}, else {@code ~/.cache}); the system property {@value #PROPERTY} names another.
 */
public final class LinkIndexes {
    /** The system property that names the index file; when set, the file must exist. */
    public static final String PROPERTY = "newsextractor.linkIndex";
    /** The index's file name in the cache folder. */
    public static final String FILE_NAME = "wikipedia-links.idx";
    private static final Map<Path, LinkIndex> OPEN = new ConcurrentHashMap<>();

    private LinkIndexes() {
    }

    /** @return where the command line writes the index and the library looks for it by default */
    public static Path defaultFile() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("news-extractor").resolve(FILE_NAME);
    }

    /**
     * @return the index file to use when none is configured: the one the system property names, else the default
     *     file if it exists
     */
    public static Optional<Path> configuredFile() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        Path file = defaultFile();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * @param file an index file
     * @return a linker over it, mapped once per JVM
     * @throws UncheckedIOException     if the file cannot be read
     * @throws IllegalArgumentException if it is not a link index
     */
    public static EntityLinker linker(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return new EntityLinker(OPEN.computeIfAbsent(key, k -> {
            try {
                return LinkIndex.open(k);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the link index " + k, e);
            }
        }));
    }
}
