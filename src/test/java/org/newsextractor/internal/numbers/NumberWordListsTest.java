package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The number rules keep their words in {@code models/numbers/}, each list headed by what it holds. */
class NumberWordListsTest {

    private static final Path LISTS = Path.of("models/numbers");
    private static final Path CODE = Path.of("src/main/java/org/newsextractor/internal/numbers");
    /** A set or list of quoted words written in code: {@code Set.of("and", "to")}. */
    private static final Pattern WORDS_IN_CODE = Pattern.compile("(Set|List)\\.of\\(\\s*\"[\\p{L}'-]");

    @Test
    void everyListStartsWithACommentOnWhatItHolds() throws IOException {
        try (Stream<Path> files = Files.walk(LISTS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                List<String> lines = Files.readAllLines(file);
                assertFalse(lines.isEmpty(), file + " is empty");
                assertTrue(lines.get(0).startsWith("# "), file + " must start with a comment line");
            }
        }
    }

    @Test
    void noWordListIsLeftInTheNumberCode() throws IOException {
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertFalse(WORDS_IN_CODE.matcher(Files.readString(file)).find(),
                        file + " holds a list of words; it belongs in models/numbers/");
            }
        }
    }

    @Test
    void everyListLoads() {
        NumberLexicon lexicon = NumberLexicon.shared();
        assertTrue(lexicon.isWeekday("Monday"));
        assertTrue(lexicon.isJoiner(NumberLexicon.Joiner.BRACKET_OPEN, "-LRB-"));
        assertTrue(lexicon.tallyCue("passed").isPresent());
    }
}
