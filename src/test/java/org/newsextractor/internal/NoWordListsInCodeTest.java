package org.newsextractor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lexicons live in {@code models/}, not in code: no {@code Set.of(...)} or {@code List.of(...)} of lower-case words
 * in the implementation. Sets of tags (part-of-speech, NER, dependency relations) and of punctuation are grammar
 * constants, not lexicons, and are allowed by name.
 */
class NoWordListsInCodeTest {
    private static final Pattern WORD_LIST = Pattern.compile(
            "(\\w+)\\s*=\\s*(?:java\\.util\\.)?(?:Set|List)\\.of\\(\\s*\"([a-z][a-z' ]*)\"");
    /** Fields that hold dependency relation names (lower case, but tags of the parser, not words). */
    private static final List<String> TAG_SETS = List.of("NAME_PARTS");

    @Test
    void noWordListLivesInTheImplementation() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/newsextractor/internal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = WORD_LIST.matcher(Files.readString(file));
                while (m.find()) {
                    if (!TAG_SETS.contains(m.group(1))) {
                        found.add(file.getFileName() + ": " + m.group(1) + " = \"" + m.group(2) + "\", ...");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "word lists belong in models/, loaded through Resources");
    }
}
