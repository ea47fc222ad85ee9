package org.newsextractor.internal.nlp;

import java.util.List;

/**
 * A sentence of the article.
 *
 * @param index  position in the article, from 0
 * @param tokens its tokens, in order
 */
public record Sentence(int index, List<Token> tokens) {

    /** @return a sentence of the tokens, numbered anew from 0, for the repairs that move sentence boundaries */
    static Sentence renumbered(int index, List<Token> tokens) {
        List<Token> out = new java.util.ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(new Token(out.size(), t.text(), t.begin(), t.end(), t.pos(), t.lemma(), t.ner(),
                    t.normalized()));
        }
        return new Sentence(index, out);
    }

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int begin() {
        return tokens.isEmpty() ? 0 : tokens.get(0).begin();
    }

    public int end() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    }

    /**
     * @return the token groups NER tagged alike, as [from, to) pairs in order: a run of tokens with the same tag and
     *     normalized value ("Tuesday , February 11" as one DATE), and each untagged token on its own
     */
    public List<int[]> nerGroups() {
        List<int[]> groups = new java.util.ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals(first.ner())
                    && tokens.get(end).normalized().equals(first.normalized())) {
                end++;
            }
            int to = first.isNer("O") ? i + 1 : end;
            groups.add(new int[] {i, to});
            i = to;
        }
        return groups;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }
}
