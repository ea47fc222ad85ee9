package org.newsextractor.internal.linking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the link index is found, and one mapping of each index file per JVM, shared by every extractor.
 * The default file is {@code news-extractor/wikipedia-links.idx} in the user's cache folder ({@code
 * $XDG_CACHE_HOME}, else {@code ~/.cache}); the system property {@value #PROPERTY} names another. When a CoreNLP
 * {@code models-english-kbp} jar is named (by {@value #KBP_PROPERTY} or the builder) and the index is absent, it is
 * built on first use ({@link #ensureBuilt}).
 */
public final class LinkIndexes {
    /** The system property that names the index file; when set, the file must exist. */
    public static final String PROPERTY = "newsextractor.linkIndex";
    /** The index's file name in the cache folder. */
    public static final String FILE_NAME = "wikipedia-links.idx";
    /** Where the {@code wikipedia-links} artifact holds the index, on the class path. */
    public static final String RESOURCE = "/org/newsextractor/links/" + FILE_NAME;
    /** The system property that names CoreNLP's {@code models-english-kbp} jar to build a missing index from. */
    public static final String KBP_PROPERTY = "newsextractor.kbpJar";
    /** The command that fetches the kbp jar into the local Maven repository. */
    public static final String FETCH = "mvn dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:"
            + "models-english-kbp -Dtransitive=false";
    /** How long a build waits for another process that is building the same index. */
    static final Duration WAIT_FOR_OTHER_BUILD = Duration.ofMinutes(10);
    private static final Map<Path, LinkIndex> OPEN = new ConcurrentHashMap<>();
    private static final Map<Path, Object> BUILDING = new ConcurrentHashMap<>();
    private static final System.Logger LOG = System.getLogger(LinkIndexes.class.getName());

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
        return configuredFile(Optional.empty());
    }

    /**
     * @param kbpJar CoreNLP's {@code models-english-kbp} jar to build a missing index from; without it, the jar the
     *               system property {@value #KBP_PROPERTY} names, if any
     * @return the index file to use: the one the system property {@value #PROPERTY} names, else the default file;
     *     when it is absent, built first from the kbp jar if one is named, else copied from the index the build's
     *     {@code link-index} profile packs ({@value #RESOURCE}) if that is on the class path; empty when none of
     *     these is there (then nothing is opened or created)
     * @throws IllegalArgumentException if the named jar does not exist or holds no WikiDict
     * @throws UncheckedIOException     if the build cannot write the index
     */
    public static Optional<Path> configuredFile(Optional<Path> kbpJar) {
        String property = System.getProperty(PROPERTY);
        boolean named = property != null && !property.isBlank();
        Path file = named ? Path.of(property) : defaultFile();
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        Optional<Path> jar = kbpJar.or(() -> Optional.ofNullable(System.getProperty(KBP_PROPERTY))
                .filter(p -> !p.isBlank()).map(Path::of));
        if (jar.isPresent()) {
            return Optional.of(ensureBuilt(jar.get(), file));
        }
        URL packaged = LinkIndexes.class.getResource(RESOURCE);
        if (packaged != null) {
            return Optional.of(install(packaged, file));
        }
        return named ? Optional.of(file) : Optional.empty();
    }

    /**
     * Builds the index from the kbp jar unless it exists. Safe between threads (one build per file and JVM) and
     * between processes (a lock file beside the index; the index is written to a temporary file and renamed into
     * place, so a reader never sees half of it). Takes about 25 s and 600 MB of heap; logs its start and end.
     *
     * @param kbpJar CoreNLP's {@code models-english-kbp} jar
     * @param file   the index file
     * @return the index file, now present
     * @throws IllegalArgumentException if the jar does not exist or holds no WikiDict
     * @throws IllegalStateException    if another process has held the lock longer than {@link
     *                                  #WAIT_FOR_OTHER_BUILD}, or the heap is too small to build
     * @throws UncheckedIOException     if reading the jar or writing the index fails
     */
    public static Path ensureBuilt(Path kbpJar, Path file) {
        if (!Files.isRegularFile(file) && !Files.isRegularFile(kbpJar)) {
            throw new IllegalArgumentException("no CoreNLP models-english-kbp jar at " + kbpJar
                    + " to build the link index from; fetch it with: " + FETCH);
        }
        return ensure(file, "Building the Wikipedia link index {0} from " + kbpJar + " (about 25 s)", target -> {
            try {
                WikidictIndexBuilder.Stats s = new WikidictIndexBuilder(
                        new WikidictFilter(WikidictFilter.DEFAULT_MIN_SCORE)).buildFromJar(kbpJar, target);
                LOG.log(System.Logger.Level.INFO, String.format(java.util.Locale.ROOT,
                        "Built the link index %s: %,d names, %.1f MB, %.0f s", target, s.names(), s.bytes() / 1e6,
                        s.seconds()));
            } catch (OutOfMemoryError e) {
                throw new IllegalStateException("too little heap to build the link index (it needs about 600 MB): "
                        + "run with -Xmx1g, or build it once with the command line's link-index", e);
            }
        });
    }

    /**
     * Copies an index packed in a jar (the {@code wikipedia-links} artifact the build's {@code link-index} profile
     * makes) into a file, unless the file exists, with the same locking as {@link #ensureBuilt}: the index must be
     * a file to be memory-mapped.
     *
     * @param packaged the index on the class path
     * @param file     the index file
     * @return the index file, now present
     * @throws UncheckedIOException if reading or writing fails
     */
    static Path install(URL packaged, Path file) {
        return ensure(file, "Copying the Wikipedia link index to {0} from " + packaged, target -> {
            try (InputStream in = packaged.openStream()) {
                AtomicFile.write(target, in::transferTo);
            }
            LOG.log(System.Logger.Level.INFO, "Copied the link index to {0}", target);
        });
    }

    /** Makes a file that must not be made twice. */
    private interface Maker {
        void make(Path target) throws IOException;
    }

    /**
     * Makes the file unless it exists: once per file and JVM, one process at a time (a lock file beside it).
     *
     * @param file    the file
     * @param message what is logged when the making starts ({0}: the file)
     * @param maker   makes it, atomically
     * @return the file, now present
     */
    private static Path ensure(Path file, String message, Maker maker) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isRegularFile(target)) {
            return target;
        }
        synchronized (BUILDING.computeIfAbsent(target, k -> new Object())) {
            if (Files.isRegularFile(target)) {
                return target; // another thread made it
            }
            Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
            try {
                Files.createDirectories(target.getParent());
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = lock(channel, lockFile)) {
                    if (!Files.isRegularFile(target)) { // else another process made it while this one waited
                        LOG.log(System.Logger.Level.INFO, message, target);
                        maker.make(target);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the link index " + target, e);
            }
            return target;
        }
    }

    /** Waits for another process's build, polling, up to {@link #WAIT_FOR_OTHER_BUILD}: never forever. */
    private static FileLock lock(FileChannel channel, Path lockFile) throws IOException {
        long deadline = System.nanoTime() + WAIT_FOR_OTHER_BUILD.toNanos();
        boolean logged = false;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (!logged) {
                LOG.log(System.Logger.Level.INFO, "Waiting for another process to build the link index ({0})",
                        lockFile);
                logged = true;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("another process has held " + lockFile + " for over "
                        + WAIT_FOR_OTHER_BUILD.toMinutes() + " minutes while building the link index");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the link index build", e);
            }
        }
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
