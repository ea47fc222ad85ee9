package org.newsextractor.internal.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one of our tab-separated lexicons from the classpath; lines starting with '#' are comments. */
final class TsvResource {
    /** Where {@code models/numbers/} ends up inside the jar. */
    static final String BASE = "/org/newsextractor/models/numbers/";

    private TsvResource() {
    }

    /**
     * @param name file name under {@code models/numbers/}, such as "units.tsv"
     * @return the non-comment, non-blank rows, each split at tabs
     */
    static List<String[]> rows(String name) {
        String path = BASE + name;
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + path);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.strip().split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }
}
