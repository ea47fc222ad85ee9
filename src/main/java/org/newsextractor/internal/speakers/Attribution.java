package org.newsextractor.internal.speakers;

import java.util.Locale;
import java.util.Optional;
import org.newsextractor.Speaker;
import org.newsextractor.internal.nlp.Token;

/**
 * Who said a passage and with which word.
 *
 * @param speaker the speaker, if one was found
 * @param cue     the attributing word ("said", "according"), if there is one
 */
public record Attribution(Optional<Speaker> speaker, Optional<Token> cue) {
    static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty());

    /** @return the cue's lemma, as claims give it ("say", "according to") */
    Optional<String> cueLemma() {
        return cue.map(Attribution::lemma);
    }

    /** @return the cue as written ("said") */
    Optional<String> cueText() {
        return cue.map(Token::text);
    }

    static String lemma(Token t) {
        String lemma = t.lemma().isEmpty() ? t.lower() : t.lemma().toLowerCase(Locale.ROOT);
        return t.lower().equals("according") ? "according to" : lemma;
    }
}
