package org.newsextractor.internal.nlp.depparse;

/**
 * A sentence's words and tags as embedding ids, looked up once per sentence rather than once per feature. Token
 * 0 is the artificial root and -1 no token, which have ids of their own.
 */
final class SentenceIds {
    private final Vocabulary vocabulary;
    private int[] words = new int[1];
    private int[] tags = new int[1];

    SentenceIds(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void set(String[] sentenceWords, String[] sentenceTags) {
        int n = sentenceWords.length;
        if (words.length < n + 1) {
            words = new int[n + 1];
            tags = new int[n + 1];
        }
        words[0] = vocabulary.rootWord();
        tags[0] = vocabulary.rootTag();
        for (int i = 0; i < n; i++) {
            words[i + 1] = vocabulary.word(sentenceWords[i]);
            tags[i + 1] = vocabulary.tag(sentenceTags[i]);
        }
    }

    int word(int token) {
        return token < 0 ? vocabulary.nullWord() : words[token];
    }

    int tag(int token) {
        return token < 0 ? vocabulary.nullTag() : tags[token];
    }

    /** @return the embedding id of a label index (0 the null label) */
    int label(int labelIndex) {
        return vocabulary.firstLabelId() + labelIndex;
    }
}
