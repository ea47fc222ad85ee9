package org.newsextractor.internal.entities;

import java.util.Map;
import java.util.Set;
import org.newsextractor.internal.Resources;

/** The words the name rules give a role, by class, from {@code models/entities/name-words.tsv}. */
final class NameWords {
    private static final String FILE = "entities/name-words.tsv";
    private static final Map<String, Set<String>> CLASSES = Resources.wordClasses(FILE);

    private NameWords() {
    }

    /** @return the words of a class of the file, as written (case matters) */
    static Set<String> of(String wordClass) {
        return Resources.wordClass(CLASSES, FILE, wordClass);
    }
}
