package org.newsextractor.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The dev articles' texts, found in {@code -Ddev.dir=...} or by walking up from the working directory. */
final class DevArticles {
    private DevArticles() {
    }

    /** @return the texts by file name, in name order; empty if the folder is not found */
    static Map<String, String> texts() {
        Path dir = folder();
        Map<String, String> texts = new LinkedHashMap<>();
        if (dir == null) {
            return texts;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.put(f.getFileName().toString(), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static Path folder() {
        String configured = System.getProperty("dev.dir");
        if (configured != null) {
            return Files.isDirectory(Path.of(configured)) ? Path.of(configured) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("eval").resolve("dev");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
