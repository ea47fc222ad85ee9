package org.newsextractor.internal.nlp;

import java.util.List;

/**
 * A sentence of the article.
 *
 * @param index  position in the article, from 0
 * @param tokens its tokens, in order
 */
public record Sentence(int index, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int begin() {
        return tokens.isEmpty() ? 0 : tokens.get(0).begin();
    }

    public int end() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }
}
