package org.newsextractor.internal.nlp;

/**
 * One token as the rest of the library sees it, independent of CoreNLP's classes.
 *
 * @param index      position in its sentence, from 0
 * @param text       the characters of the original text at [begin, end)
 * @param begin      offset into the original text
 * @param end        offset one past the token
 * @param pos        Penn Treebank part of speech
 * @param lemma      the lemma, lower-cased by CoreNLP for most words
 * @param ner        coarse NER tag (PERSON, LOCATION, ORGANIZATION, MISC, NUMBER, DATE, ...) or "O"
 * @param normalized CoreNLP's normalized value for numeric tags, or "" when it has none
 */
public record Token(int index, String text, int begin, int end, String pos, String lemma, String ner,
                   String normalized) {

    /** @return the same token with another part of speech and lemma, for the tag repairs before parsing */
    Token retagged(String newPos, String newLemma) {
        return new Token(index, text, begin, end, newPos, newLemma, ner, normalized);
    }

    public boolean isNer(String tag) {
        return ner.equals(tag);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
