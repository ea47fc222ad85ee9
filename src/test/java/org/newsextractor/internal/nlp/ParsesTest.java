package org.newsextractor.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.TestTexts;

class ParsesTest {
    private final AnnotatedText text = TestTexts.parse("A/DT said/VBD b/NN ./.", "C/NNP wrote/VBD d/NN ./.",
            "E/NNP ran/VBD ./.");
    private final List<Integer> parsed = new ArrayList<>();
    private final SentenceParser counting = (s, quoted) -> {
        parsed.add(s.index());
        return Optional.of(new Dependencies(new int[s.size()], new String[s.size()]));
    };

    @Test
    void parsesOnlyWhatIsAskedFor_once() {
        int[] checks = {0};
        Parses parses = Parses.of(text, i -> i < 2, counting, () -> checks[0]++, c -> false);
        assertEquals(List.of(), parsed, "nothing is parsed before it is read");
        assertTrue(parses.of(1).isPresent());
        assertTrue(parses.of(1).isPresent());
        assertEquals(List.of(1), parsed, "a sentence is parsed once");
        assertEquals(1, checks[0], "the deadline is checked before each parse");
        assertEquals(1, parses.size());
    }

    @Test
    void sentencesNotWantedAreNeverParsed() {
        Parses parses = Parses.of(text, i -> i < 2, counting, () -> { }, c -> false);
        assertTrue(parses.of(2).isEmpty());
        assertTrue(parses.of(7).isEmpty());
        assertEquals(List.of(), parsed);
    }

    @Test
    void theDeadlineCheckStopsParsing() {
        Parses parses = Parses.of(text, i -> true, counting, () -> {
            throw new IllegalStateException("time is up");
        }, c -> false);
        try {
            parses.of(0);
        } catch (IllegalStateException expected) {
            assertEquals(List.of(), parsed);
            return;
        }
        throw new AssertionError("the check did not run");
    }
}
