package org.newsextractor.internal.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The dependency trees of the sentences of one article that are worth parsing, parsed on first use: the parser is
 * the costliest step after NER, so a sentence that could hold an attribution is parsed only when attribution
 * actually reads it. One instance serves one article on one thread.
 */
public final class Parses {
    /** No sentence parsed. */
    public static final Parses NONE = new Parses(null, i -> false, SentenceParser.NONE, () -> { }, c -> false);

    private final AnnotatedText text;
    private final IntPredicate wanted;
    private final SentenceParser parser;
    private final Runnable check;
    private final IntPredicate quotedChar;
    private final Map<Integer, Optional<Dependencies>> trees = new HashMap<>();

    private Parses(AnnotatedText text, IntPredicate wanted, SentenceParser parser, Runnable check,
                   IntPredicate quotedChar) {
        this.text = text;
        this.quotedChar = quotedChar;
        this.wanted = wanted;
        this.parser = parser;
        this.check = check;
    }

    /**
     * @param text   the annotated article
     * @param wanted which sentences (by index) may be parsed
     * @param parser the parser
     * @param check  run before each sentence is parsed (a deadline check that throws when time is up)
     * @param quotedChar whether a character offset is inside a quotation (see {@link QuotationStandIns})
     * @return the article's parses, none computed yet
     */
    public static Parses of(AnnotatedText text, IntPredicate wanted, SentenceParser parser, Runnable check,
                            IntPredicate quotedChar) {
        return new Parses(text, wanted, parser, check, quotedChar);
    }

    /** @return the tree of the sentence, parsing it now when it is wanted and not parsed yet */
    public Optional<Dependencies> of(int sentence) {
        if (text == null || sentence < 0 || sentence >= text.sentences().size() || !wanted.test(sentence)) {
            return Optional.empty();
        }
        Optional<Dependencies> tree = trees.get(sentence);
        if (tree == null) {
            check.run();
            tree = parser.parse(text.sentences().get(sentence), quotedChar);
            trees.put(sentence, tree);
        }
        return tree;
    }

    /** @return how many sentences have been parsed so far */
    public int size() {
        return (int) trees.values().stream().filter(Optional::isPresent).count();
    }
}
