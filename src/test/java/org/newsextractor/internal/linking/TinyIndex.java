package org.newsextractor.internal.linking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Link indexes made up for tests: lines "name TAB page TAB score", as in CoreNLP's WikiDict. */
public final class TinyIndex {
    private TinyIndex() {
    }

    /**
     * @param lines the entries
     * @return the index, in memory
     */
    public static LinkIndex of(String... lines) {
        return LinkIndex.of(bytes(lines));
    }

    /**
     * @param lines the entries
     * @return the index file's bytes
     */
    public static byte[] bytes(String... lines) {
        LinkIndexWriter writer = new LinkIndexWriter();
        for (String line : lines) {
            String[] f = line.split("\t");
            writer.add(f[0], f[1], Double.parseDouble(f[2]));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
