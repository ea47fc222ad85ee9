package org.newsextractor.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.TestTexts;

class QuotationStandInsTest {

    /** Characters between the first pair of quotation-mark tokens of the sentence are quoted. */
    private static IntPredicate quotedBetweenMarks(Sentence s) {
        int open = -1;
        int close = -1;
        for (Token t : s.tokens()) {
            if (QuotationStandIns.isQuoteMark(t)) {
                if (open < 0) {
                    open = t.end();
                } else if (close < 0) {
                    close = t.begin();
                }
            }
        }
        int from = open;
        int to = close;
        return c -> c >= from && c < to;
    }

    private static List<int[]> runs(String tagged) {
        Sentence s = TestTexts.parse(tagged).sentences().get(0);
        return QuotationStandIns.runs(s, quotedBetweenMarks(s));
    }

    @Test
    void aFullQuotationOpeningTheSentenceIsStoodIn() {
        List<int[]> runs = runs("``/`` We/PRP will/MD rebuild/VB the/DT school/NN soon/RB ,/, ''/'' the/DT "
                + "mayor/NN said/VBD ./.");
        assertEquals(1, runs.size());
        assertArrayEquals(new int[] {1, 8}, runs.get(0), "the comma inside the marks goes too");
    }

    @Test
    void aFullQuotationAfterTheSpeechVerbIsStoodIn() {
        List<int[]> runs = runs("She/PRP said/VBD ``/`` The/DT water/NN is/VBZ safe/JJ to/TO drink/VB ''/''");
        assertEquals(1, runs.size());
        assertArrayEquals(new int[] {3, 9}, runs.get(0));
    }

    @Test
    void aQuotedFragmentInTheReportersClauseIsParsedWordByWord() {
        // lower case, and after a determiner: part of the reporter's own clause
        assertEquals(0, runs("He/PRP called/VBD it/PRP a/DT ``/`` dangerous/JJ and/CC reckless/JJ step/NN "
                + "backwards/RB ''/'' ./.").size());
        // capitalized, but after a determiner: a title or a name, not a clause
        assertEquals(0, runs("He/PRP read/VBD the/DT ``/`` Letter/NN to/TO the/DT People/NNS of/IN Ruritania/NNP "
                + "''/'' ./.").size());
    }

    @Test
    void aShortQuotationIsParsedWordByWord() {
        assertEquals(0, runs("``/`` No/UH comment/NN ,/, ''/'' she/PRP said/VBD ./.").size());
    }
}
