package org.newsextractor.internal.nlp;

/** Splits a text into sentences and tokens with part of speech, lemma and named-entity tags. */
public interface TextAnnotator {
    /**
     * @param text the text to annotate; returned offsets point into it
     * @return the annotated text
     */
    AnnotatedText annotate(String text);
}
