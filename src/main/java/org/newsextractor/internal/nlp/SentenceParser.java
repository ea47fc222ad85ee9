package org.newsextractor.internal.nlp;

import java.util.Optional;
import java.util.function.IntPredicate;

/** Gives a sentence its dependency tree, or nothing when it cannot or should not be parsed. */
public interface SentenceParser {
    /** A parser that parses nothing: attribution then reads the sentence by its tags alone. */
    SentenceParser NONE = (s, quoted) -> Optional.empty();

    /**
     * @param sentence   the sentence, with part-of-speech tags
     * @param quotedChar whether a character offset is inside a quotation, whose words the parser may skip (see
     *                   {@link QuotationStandIns}); the tree still covers every token
     * @return its tree, or empty when the sentence is not parsed (too long, or no parser)
     */
    Optional<Dependencies> parse(Sentence sentence, IntPredicate quotedChar);

    /**
     * @param sentence the sentence, with part-of-speech tags
     * @return its tree, every word read
     */
    default Optional<Dependencies> parse(Sentence sentence) {
        return parse(sentence, c -> false);
    }

    /** Loads the parser's model now, so that loading is not charged to an article's time budget. */
    default void warmUp() {
    }

    /**
     * Starts loading the parser's model on a background thread and returns at once, so that on a cold start it loads
     * while the tagger's models do rather than after them.
     */
    default void loadInBackground() {
    }
}
