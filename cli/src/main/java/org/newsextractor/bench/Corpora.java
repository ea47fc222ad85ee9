package org.newsextractor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The texts the bench runs on: a directory of articles, and the seed article repeated. */
final class Corpora {
    private Corpora() {
    }

    /** @return the {@code .txt} files directly in dir, by name */
    static List<Path> articleFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (list.isEmpty()) {
                throw new IllegalArgumentException("no .txt articles in " + dir);
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** @return the texts of the articles in dir, by file name */
    static List<String> articles(Path dir) {
        return articleFiles(dir).stream().map(Corpora::read).toList();
    }

    /** @return the longest article in dir: the default seed */
    static Path longestArticle(Path dir) {
        return articleFiles(dir).stream().max(Comparator.comparingInt(f -> read(f).length())).orElseThrow();
    }

    /** @return copies of the text, as a batch of separate articles */
    static List<String> copies(String text, int count) {
        return Collections.nCopies(count, text);
    }

    /** @return one text made of the given text repeated, as paragraphs of one long article */
    static String concatenated(String text, int times) {
        List<String> parts = new ArrayList<>(Collections.nCopies(times, text.strip()));
        return String.join("\n\n", parts) + "\n";
    }

    /** @return the file's text */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
