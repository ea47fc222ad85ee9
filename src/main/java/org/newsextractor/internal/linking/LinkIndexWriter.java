package org.newsextractor.internal.linking;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects (name, page, score) entries and writes them in the format {@link LinkIndex} reads. Entries are held in
 * primitive arrays (13 bytes each, plus the page names once per run of equal pages), so tens of millions fit in a
 * few hundred megabytes. For each name only the page with the highest score is kept (on a tie, the page added first).
 * Pages are stored once for each run of entries with the same page; sources grouped by page (as CoreNLP's
 * WikiDict is) store each page once, and pages that no kept name links to are dropped when writing.
 */
public final class LinkIndexWriter {
    private long[] hashes = new long[1 << 16];
    private int[] refs = new int[1 << 16];
    private byte[] scores = new byte[1 << 16];
    private int size;
    private final ByteArrayOutputStream pool = new ByteArrayOutputStream(1 << 20);
    private String lastPage;
    private int lastRef = -1;

    /**
     * @param name  the name as written
     * @param page  the Wikipedia page name (underscores for spaces), at most 65,535 bytes of UTF-8
     * @param score the share of the name's links that go to the page, from 0 to 1
     */
    public void add(String name, String page, double score) {
        if (!page.equals(lastPage)) {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0xffff) {
                throw new IllegalArgumentException("page name too long: " + page.substring(0, 80));
            }
            if (pool.size() > Integer.MAX_VALUE - 0x20000) {
                throw new IllegalStateException("page pool over 2 GB");
            }
            lastRef = pool.size();
            pool.write(bytes.length >>> 8);
            pool.write(bytes.length & 0xff);
            pool.write(bytes, 0, bytes.length);
            lastPage = page;
        }
        if (size == hashes.length) {
            int capacity = hashes.length + (hashes.length >> 1);
            hashes = Arrays.copyOf(hashes, capacity);
            refs = Arrays.copyOf(refs, capacity);
            scores = Arrays.copyOf(scores, capacity);
        }
        hashes[size] = LinkIndex.hash(name);
        refs[size] = lastRef;
        scores[size] = (byte) Math.round(Math.max(0, Math.min(1, score)) * 255);
        size++;
    }

    /** @return the number of entries added so far, before names are made unique */
    public int added() {
        return size;
    }

    /**
     * Sorts, keeps the best page per name, and writes the index.
     *
     * @param out where to write; not closed
     * @return the number of names written
     * @throws IOException if writing fails
     */
    public int write(OutputStream out) throws IOException {
        sort(0, size - 1);
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n > 0 && hashes[n - 1] == hashes[i]) {
                int score = scores[i] & 0xff;
                int best = scores[n - 1] & 0xff;
                if (score > best || score == best && refs[i] < refs[n - 1]) {
                    refs[n - 1] = refs[i];
                    scores[n - 1] = scores[i];
                }
                continue;
            }
            hashes[n] = hashes[i];
            refs[n] = refs[i];
            scores[n] = scores[i];
            n++;
        }
        // Keep only the pages some name links to, in pool order, and renumber the references.
        byte[] allPages = pool.toByteArray();
        int[] used = Arrays.copyOf(refs, n);
        Arrays.sort(used);
        int distinct = 0;
        for (int i = 0; i < used.length; i++) {
            if (distinct == 0 || used[distinct - 1] != used[i]) {
                used[distinct++] = used[i];
            }
        }
        int[] moved = new int[distinct];
        ByteArrayOutputStream kept = new ByteArrayOutputStream(allPages.length / 2 + 16);
        for (int i = 0; i < distinct; i++) {
            int at = used[i];
            int length = ((allPages[at] & 0xff) << 8) | (allPages[at + 1] & 0xff);
            moved[i] = kept.size();
            kept.write(allPages, at, 2 + length);
        }
        for (int i = 0; i < n; i++) {
            refs[i] = moved[Arrays.binarySearch(used, 0, distinct, refs[i])];
        }
        long poolOffset = LinkIndex.HEADER_BYTES + 13L * n;
        if (poolOffset + kept.size() > Integer.MAX_VALUE) {
            throw new IllegalStateException("link index over 2 GB");
        }
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.write(LinkIndex.MAGIC);
        data.writeInt(LinkIndex.VERSION);
        data.writeInt(n);
        data.writeLong(poolOffset);
        data.writeLong(kept.size());
        for (int i = 0; i < n; i++) {
            data.writeLong(hashes[i]);
        }
        for (int i = 0; i < n; i++) {
            data.writeInt(refs[i]);
        }
        data.write(scores, 0, n);
        kept.writeTo(data);
        data.flush();
        return n;
    }

    /** Quicksort of the three parallel arrays by hash; the order among equal hashes does not matter. */
    private void sort(int from, int to) {
        while (to - from > 16) {
            long pivot = median(hashes[from], hashes[(from + to) >>> 1], hashes[to]);
            int i = from;
            int j = to;
            while (i <= j) {
                while (hashes[i] < pivot) {
                    i++;
                }
                while (hashes[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            // Recurse into the smaller part, loop on the larger, so the stack stays shallow.
            if (j - from < to - i) {
                sort(from, j);
                from = i;
            } else {
                sort(i, to);
                to = j;
            }
        }
        for (int i = from + 1; i <= to; i++) {
            for (int j = i; j > from && hashes[j - 1] > hashes[j]; j--) {
                swap(j - 1, j);
            }
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private void swap(int i, int j) {
        long h = hashes[i];
        hashes[i] = hashes[j];
        hashes[j] = h;
        int r = refs[i];
        refs[i] = refs[j];
        refs[j] = r;
        byte s = scores[i];
        scores[i] = scores[j];
        scores[j] = s;
    }
}
