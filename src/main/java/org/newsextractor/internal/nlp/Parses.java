package org.newsextractor.internal.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/** The dependency trees of the sentences of one article that were worth parsing. */
public final class Parses {
    /** No sentence parsed. */
    public static final Parses NONE = new Parses(Map.of());

    private final Map<Integer, Dependencies> trees;

    private Parses(Map<Integer, Dependencies> trees) {
        this.trees = trees;
    }

    /**
     * @param text   the annotated article
     * @param wanted which sentences (by index) to parse
     * @param parser the parser
     * @param check  run before each sentence (a deadline check that throws when time is up)
     * @return the trees of the wanted sentences the parser could parse
     */
    public static Parses of(AnnotatedText text, IntPredicate wanted, SentenceParser parser, Runnable check) {
        Map<Integer, Dependencies> trees = new HashMap<>();
        for (Sentence s : text.sentences()) {
            if (wanted.test(s.index())) {
                check.run();
                parser.parse(s).ifPresent(d -> trees.put(s.index(), d));
            }
        }
        return trees.isEmpty() ? NONE : new Parses(Map.copyOf(trees));
    }

    /** @return the tree of the sentence, when it was parsed */
    public Optional<Dependencies> of(int sentence) {
        return Optional.ofNullable(trees.get(sentence));
    }

    /** @return how many sentences were parsed */
    public int size() {
        return trees.size();
    }
}
