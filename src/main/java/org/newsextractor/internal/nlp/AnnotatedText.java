package org.newsextractor.internal.nlp;

import java.util.List;

/**
 * The article's text with its sentences and tokens: the boundary between CoreNLP and our own logic.
 *
 * @param text      the text the offsets point into (the caller's original string)
 * @param sentences the sentences, in order
 */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /** @return the index of the sentence holding the offset, or the nearest sentence before it */
    public int sentenceAt(int offset) {
        int found = 0;
        for (Sentence s : sentences) {
            if (s.begin() <= offset) {
                found = s.index();
            } else {
                break;
            }
        }
        return found;
    }
}
