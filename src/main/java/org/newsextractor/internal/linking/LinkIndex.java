package org.newsextractor.internal.linking;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A read-only table from a name as written ("State Department") to the English Wikipedia page it most often links
 * to ({@code United_States_Department_of_State}) and how often it does, read from one memory-mapped file: the table
 * stays on disk and in the operating system's page cache, never on the Java heap. {@link LinkIndexWriter} writes
 * it; the command line's {@code link-index} builds it from the WikiDict of CoreNLP's {@code models-english-kbp} jar.
 *
 * <h2>File format (version 1)</h2>
 * All numbers big-endian.
 * <pre>
 * offset        size      content
 * 0             8         magic: the ASCII bytes "NXLINKS1"
 * 8             4         format version: 1
 * 12            4         n, the number of names
 * 16            8         pool offset: where the page pool starts
 * 24            8         pool length in bytes
 * 32            8 n       name hashes ({@link #hash(String)}), sorted as signed longs, no two equal
 * 32 + 8 n      4 n       for each hash, the offset of its page in the pool
 * 32 + 12 n     n         for each hash, the share of the name's links that go to the page, in 255ths (0-255)
 * pool offset   pool len  pages: each an unsigned 16-bit byte length, then the page name in UTF-8
 * </pre>
 * Names are stored only as 64-bit hashes, so a name that is not in the table could collide with one that is; with
 * about 10 million names the chance for any one lookup is about 1 in 10^12. Lookups are a binary search over the
 * mapped hashes (about 23 probes), safe to share between threads.
 */
public final class LinkIndex {
    /** The first eight bytes of every index file. */
    static final byte[] MAGIC = "NXLINKS1".getBytes(StandardCharsets.US_ASCII);
    /** The format version this class reads and {@link LinkIndexWriter} writes. */
    static final int VERSION = 1;
    static final int HEADER_BYTES = 32;

    private final ByteBuffer buffer;
    private final int size;
    private final int refsAt;
    private final int scoresAt;
    private final int poolAt;
    private final int poolLength;

    /** A page and the share of the name's links that go to it. */
    public record Link(String page, double score) {
    }

    private LinkIndex(ByteBuffer buffer) {
        this.buffer = buffer;
        if (buffer.capacity() < HEADER_BYTES) {
            throw new IllegalArgumentException("not a link index: too short");
        }
        byte[] magic = new byte[MAGIC.length];
        buffer.get(0, magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IllegalArgumentException("not a link index: bad magic bytes");
        }
        int version = buffer.getInt(8);
        if (version != VERSION) {
            throw new IllegalArgumentException("link index format " + version + "; this library reads " + VERSION);
        }
        size = buffer.getInt(12);
        long pool = buffer.getLong(16);
        long length = buffer.getLong(24);
        long tableEnd = HEADER_BYTES + 13L * size;
        if (size < 0 || pool < tableEnd || length < 0 || pool + length != buffer.capacity()) {
            throw new IllegalArgumentException("damaged link index: sections do not match the file length");
        }
        refsAt = HEADER_BYTES + 8 * size;
        scoresAt = refsAt + 4 * size;
        poolAt = (int) pool;
        poolLength = (int) length;
    }

    /**
     * Maps an index file. The mapping stays valid after the channel is closed, and is released when the index is
     * garbage collected.
     *
     * @param file the index
     * @return the index
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if it is not an index of this format, or is damaged
     */
    public static LinkIndex open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            if (length > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("link index over 2 GB: " + file);
            }
            return new LinkIndex(channel.map(FileChannel.MapMode.READ_ONLY, 0, length));
        }
    }

    /**
     * @param bytes an index held in memory, for tests
     * @return the index
     */
    public static LinkIndex of(byte[] bytes) {
        return new LinkIndex(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    }

    /** @return the number of names in the index */
    public int size() {
        return size;
    }

    /**
     * @param name a name exactly as written (case and diacritics matter)
     * @return the page the name most often links to, with the share of its links that go there
     */
    public Optional<Link> lookup(String name) {
        long h = hash(name);
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long v = buffer.getLong(HEADER_BYTES + 8 * mid);
            if (v < h) {
                low = mid + 1;
            } else if (v > h) {
                high = mid - 1;
            } else {
                return Optional.of(new Link(page(buffer.getInt(refsAt + 4 * mid)),
                        (buffer.get(scoresAt + mid) & 0xff) / 255.0));
            }
        }
        return Optional.empty();
    }

    private String page(int offset) {
        if (offset < 0 || offset + 2 > poolLength) {
            throw new IllegalStateException("damaged link index: page offset " + offset);
        }
        int length = buffer.getShort(poolAt + offset) & 0xffff;
        if (offset + 2 + length > poolLength) {
            throw new IllegalStateException("damaged link index: page at " + offset + " runs past the pool");
        }
        byte[] bytes = new byte[length];
        buffer.get(poolAt + offset + 2, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The 64-bit hash names are stored under: FNV-1a over the UTF-16 code units, then the finalizer of SplitMix64,
     * which spreads the bits so that sorted hashes are uniform.
     *
     * @param name a name
     * @return its hash
     */
    public static long hash(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
