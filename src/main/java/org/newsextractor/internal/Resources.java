package org.newsextractor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads our own text resources from {@code models/}, which the build packages under this classpath root. */
public final class Resources {
    /** Where {@code models/} lands on the classpath. */
    public static final String MODELS_ROOT = "/org/newsextractor/models/";

    private Resources() {
    }

    /**
     * @param name a path below {@code models/}, such as {@code "text/furniture.txt"}
     * @return the file's lines without blank lines and {@code #} comments, trimmed
     */
    public static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream(MODELS_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODELS_ROOT + name + " (is the jar complete?)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return lines;
    }

    /** @return the tab-separated fields of each line of {@link #lines(String)} */
    public static List<String[]> table(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            rows.add(line.split("\t"));
        }
        return rows;
    }
}
