package org.newsextractor.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** The parser on tagged sentences, with and without the stand-in for a long quotation. */
class CoreNlpParserIT {
    private static final String TEXT =
            "\"We will rebuild the school and the bridge before the winter comes,\" the mayor said on Monday.";

    private final CoreNlpParser parser = new CoreNlpParser();

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().index();
    }

    @Test
    void aStoodInQuotationKeepsTheTreeOfTheWordsAroundIt() {
        Sentence s = new CoreNlpAnnotator().annotate(TEXT).sentences().get(0);
        int closing = TEXT.indexOf(",\"") + 1;
        IntPredicate quoted = c -> c >= 1 && c < closing;
        Dependencies whole = parser.parse(s).orElseThrow();
        Dependencies stood = parser.parse(s, quoted).orElseThrow();

        assertEquals(s.size(), stood.size(), "the tree covers every token");
        int said = indexOf(s, "said");
        int mayor = indexOf(s, "mayor");
        assertEquals(said, whole.head(mayor));
        assertEquals(said, stood.head(mayor), "the subject of the speech verb is found as in the full parse");
        assertTrue(stood.is(mayor, "nsubj"));
        int first = indexOf(s, "We");
        for (Token t : s.tokens()) {
            if (quoted.test(t.begin()) && t.index() != first) {
                assertTrue(stood.dominates(first, t.index()), t.text() + " hangs from the quotation's first word");
            }
        }
        assertTrue(stood.distance(said, first) <= 2, "the quotation stays next to its speech verb in the tree");
    }

    @Test
    void anUpperCaseNameIsReadAsAProperNoun() {
        Sentence s = new CoreNlpAnnotator().annotate(
                "WHO director-general Tedros Adhanom Ghebreyesus said the name had to be easy to say.")
                .sentences().get(0);
        Dependencies d = parser.parse(s).orElseThrow();
        int said = indexOf(s, "said");
        assertEquals(-1, d.head(said), "the speech verb is the root, not a clause under 'director-general'");
        assertTrue(d.is(indexOf(s, "Ghebreyesus"), "nsubj"));
    }

    @Test
    void twoThreadsParseAsOne() throws Exception {
        Sentence s = new CoreNlpAnnotator().annotate(TEXT).sentences().get(0);
        Dependencies alone = parser.parse(s).orElseThrow();
        Dependencies[] results = new Dependencies[2];
        Thread[] threads = new Thread[2];
        for (int k = 0; k < 2; k++) {
            int slot = k;
            threads[k] = new Thread(() -> {
                for (int round = 0; round < 20; round++) {
                    results[slot] = parser.parse(s).orElseThrow();
                }
            });
            threads[k].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (Dependencies d : results) {
            for (int i = 0; i < s.size(); i++) {
                assertEquals(alone.head(i), d.head(i));
                assertEquals(alone.relation(i), d.relation(i));
            }
        }
    }
}
