package org.newsextractor.internal.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * What the dependency parser reads of a sentence: its words and tags without quotation marks, a long full
 * quotation replaced by the stand-in clause "It works" (see {@link QuotationStandIns}), and for each word read the
 * token it stands for.
 */
public final class ParserInput {
    /** {@link #kept} of a quotation mark, which the parser does not read. */
    static final int MARK = -1;
    /** {@link #kept} of a token inside a quotation read as the stand-in clause. */
    static final int STOOD_IN = -2;
    private static final String STAND_IN_SUBJECT = "It";
    private static final String STAND_IN_VERB = "works";

    private final List<String> words = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<Integer> original = new ArrayList<>();
    private final List<Boolean> placeholder = new ArrayList<>();
    private final int[] kept;

    private ParserInput(int n) {
        kept = new int[n];
        Arrays.fill(kept, STOOD_IN);
    }

    /**
     * @param quotedChar whether a character offset is inside a quotation
     * @return what the parser reads of {@code sentence}
     */
    public static ParserInput of(Sentence sentence, IntPredicate quotedChar) {
        ParserInput input = new ParserInput(sentence.size());
        List<int[]> runs = QuotationStandIns.runs(sentence, quotedChar);
        int run = 0;
        for (Token t : sentence.tokens()) {
            int i = t.index();
            if (QuotationStandIns.isQuoteMark(t)) {
                input.kept[i] = MARK;
                continue;
            }
            if (run < runs.size() && i >= runs.get(run)[0]) {
                if (i == runs.get(run)[0]) {
                    input.add(STAND_IN_SUBJECT, "PRP", i, true);
                    input.kept[i] = input.size();
                    input.add(STAND_IN_VERB, "VBZ", i, false);
                }
                if (i + 1 == runs.get(run)[1]) {
                    run++;
                }
                continue;
            }
            input.kept[i] = input.size();
            input.add(t.text(), tagForParser(t), i, false);
        }
        return input;
    }

    private void add(String word, String tag, int index, boolean isPlaceholder) {
        words.add(word);
        tags.add(tag);
        original.add(index);
        placeholder.add(isPlaceholder);
    }

    /** @return how many words the parser reads */
    public int size() {
        return words.size();
    }

    public String[] words() {
        return words.toArray(String[]::new);
    }

    public String[] tags() {
        return tags.toArray(String[]::new);
    }

    /** @return the sentence token that word {@code w} stands for */
    int original(int w) {
        return original.get(w);
    }

    /** @return whether word {@code w} is the stand-in subject, which has no token of its own */
    boolean isPlaceholder(int w) {
        return placeholder.get(w);
    }

    /**
     * @return for token {@code i}: the word it is read as, {@link #MARK} for a quotation mark, {@link #STOOD_IN}
     *     inside a stood-in quotation
     */
    int kept(int i) {
        return kept[i];
    }

    /** @return {@link #kept} for every token, for finding a mark's neighbour */
    int[] kept() {
        return kept.clone();
    }

    /**
     * The tagger's tag, except that an upper-case name NER found is a proper noun: "WHO director-general X said"
     * tagged "WHO" a wh-pronoun and the parser built the sentence around it.
     */
    private static String tagForParser(Token t) {
        boolean acronym = t.text().length() >= 2 && t.text().chars().allMatch(Character::isUpperCase);
        boolean named = !t.ner().equals("O") && !t.ner().isEmpty();
        return acronym && named && !t.pos().startsWith("NNP") ? "NNP" : t.pos();
    }
}
