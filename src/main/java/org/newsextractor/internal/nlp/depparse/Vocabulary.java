package org.newsextractor.internal.nlp.depparse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedding ids of words and tags as CoreNLP's {@code DependencyParser.getWordID} and {@code getPosID} give them:
 * exact match, else the id of the unknown entry. The special entries mark the root and the absence of a token.
 */
final class Vocabulary {
    static final String UNKNOWN = "-UNKNOWN-";
    static final String ROOT = "-ROOT-";
    static final String NULL = "-NULL-";

    private final Map<String, Integer> words;
    private final Map<String, Integer> tags;
    private final int firstLabelId;
    private final int unknownWord;
    private final int rootWord;
    private final int nullWord;
    private final int unknownTag;
    private final int rootTag;
    private final int nullTag;

    Vocabulary(ParserModel model) {
        words = ids(model.words(), 0);
        tags = ids(model.tags(), model.firstTagId());
        firstLabelId = model.firstLabelId();
        for (String special : List.of(UNKNOWN, ROOT, NULL)) {
            if (!words.containsKey(special) || !tags.containsKey(special)) {
                throw new IllegalStateException("parser model without the entry " + special);
            }
        }
        unknownWord = words.get(UNKNOWN);
        rootWord = words.get(ROOT);
        nullWord = words.get(NULL);
        unknownTag = tags.get(UNKNOWN);
        rootTag = tags.get(ROOT);
        nullTag = tags.get(NULL);
    }

    private static Map<String, Integer> ids(List<String> names, int first) {
        Map<String, Integer> ids = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), first + i);
        }
        return ids;
    }

    int word(String word) {
        Integer id = words.get(word);
        return id != null ? id : unknownWord;
    }

    int tag(String tag) {
        Integer id = tags.get(tag);
        return id != null ? id : unknownTag;
    }

    int rootWord() {
        return rootWord;
    }

    int nullWord() {
        return nullWord;
    }

    int rootTag() {
        return rootTag;
    }

    int nullTag() {
        return nullTag;
    }

    int firstLabelId() {
        return firstLabelId;
    }
}
