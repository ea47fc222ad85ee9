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

    /**
     * @param name a two-column file of word classes ({@code class<TAB>word}) below {@code models/}
     * @return each class's words, as written
     */
    public static java.util.Map<String, java.util.Set<String>> wordClasses(String name) {
        java.util.Map<String, java.util.Set<String>> classes = new java.util.HashMap<>();
        for (String[] row : table(name)) {
            if (row.length != 2) {
                throw new IllegalStateException(name + ": expected a class and a word: " + String.join("\t", row));
            }
            classes.computeIfAbsent(row[0].strip(), k -> new java.util.HashSet<>()).add(row[1].strip());
        }
        java.util.Map<String, java.util.Set<String>> frozen = new java.util.HashMap<>();
        classes.forEach((k, v) -> frozen.put(k, java.util.Set.copyOf(v)));
        return java.util.Map.copyOf(frozen);
    }

    /**
     * @param classes what {@link #wordClasses} returned
     * @param name    the file, for the message
     * @param wordClass one of its classes
     * @return the class's words
     * @throws IllegalArgumentException for a class the file does not have (a typo in the code)
     */
    public static java.util.Set<String> wordClass(java.util.Map<String, java.util.Set<String>> classes, String name,
                                                  String wordClass) {
        java.util.Set<String> words = classes.get(wordClass);
        if (words == null) {
            throw new IllegalArgumentException("no word class " + wordClass + " in " + name);
        }
        return words;
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
