package org.newsextractor.internal.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Which long quotations the parser reads as a two-word stand-in clause ("It works") instead of word by word.
 * Attribution needs the words around a full quotation, not its inside, and the parser's cost grows with every
 * word it reads; in news, full quotations are often most of a sentence. Only a full quotation is stood in for:
 * long, opening with a capital, and standing where a clause can (at the start, after a comma or colon, or after
 * a verb), so that a quoted fragment inside the reporter's own clause ('called the plan "a dangerous step"') is
 * still parsed as the words it is.
 */
public final class QuotationStandIns {
    /** Shorter quotations are parsed as they are: fragments are often part of a claim's content. */
    static final int MIN_TOKENS = 4;

    private QuotationStandIns() {
    }

    /**
     * @param sentence   the sentence
     * @param quotedChar whether a character offset is inside a quotation (between its marks)
     * @return the runs of tokens [from, to) to stand in for, in order, not overlapping
     */
    public static List<int[]> runs(Sentence sentence, IntPredicate quotedChar) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        int n = sentence.size();
        while (i < n) {
            if (!isQuotedWord(sentence.token(i), quotedChar)) {
                i++;
                continue;
            }
            int from = i;
            while (i < n && isQuotedWord(sentence.token(i), quotedChar)) {
                i++;
            }
            if (i - from >= MIN_TOKENS && sentence.token(from).isCapitalized() && standsAsClause(sentence, from)) {
                runs.add(new int[] {from, i});
            }
        }
        return runs;
    }

    private static boolean isQuotedWord(Token t, IntPredicate quotedChar) {
        return !isQuoteMark(t) && quotedChar.test(t.begin());
    }

    static boolean isQuoteMark(Token t) {
        return t.pos().equals("``") || t.pos().equals("''");
    }

    /** The word before the quotation (its marks skipped) leaves room for a clause. */
    private static boolean standsAsClause(Sentence s, int from) {
        int before = from - 1;
        while (before >= 0 && isQuoteMark(s.token(before))) {
            before--;
        }
        if (before < 0) {
            return true;
        }
        Token t = s.token(before);
        return t.text().equals(",") || t.text().equals(":") || t.isVerb();
    }
}
