package org.newsextractor.internal.nlp;

import java.util.Optional;

/** Gives a sentence its dependency tree, or nothing when it cannot or should not be parsed. */
public interface SentenceParser {
    /** A parser that parses nothing: attribution then reads the sentence by its tags alone. */
    SentenceParser NONE = s -> Optional.empty();

    /**
     * @param sentence the sentence, with part-of-speech tags
     * @return its tree, or empty when the sentence is not parsed (too long, or no parser)
     */
    Optional<Dependencies> parse(Sentence sentence);
}
