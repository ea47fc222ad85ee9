package org.newsextractor.internal.entities;

import java.util.List;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * A stretch of tokens in one sentence that names an entity.
 *
 * @param type     what it names
 * @param sentence the sentence
 * @param from     index of the first token
 * @param to       index one past the last token
 * @param text     the original text of the span
 */
public record NameSpan(EntityType type, Sentence sentence, int from, int to, String text) {

    public int begin() {
        return sentence.token(from).begin();
    }

    public int end() {
        return sentence.token(to - 1).end();
    }

    public List<Token> tokens() {
        return sentence.tokens().subList(from, to);
    }

    public int size() {
        return to - from;
    }

    public String lastWord() {
        return sentence.token(to - 1).text();
    }

    public NameSpan withType(EntityType newType) {
        return new NameSpan(newType, sentence, from, to, text);
    }

    public boolean overlaps(NameSpan other) {
        return sentence.index() == other.sentence.index() && from < other.to && other.from < to;
    }
}
