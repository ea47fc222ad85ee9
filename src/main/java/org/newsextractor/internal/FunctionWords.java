package org.newsextractor.internal;

import java.util.Map;
import java.util.Set;

/**
 * English function words by the role our rules give them ({@code models/text/function-words.tsv}): relative
 * pronouns, subordinators, auxiliaries, negations and the like. Loaded once; the sets are immutable.
 */
public final class FunctionWords {
    private static final String FILE = "text/function-words.tsv";
    private static final Map<String, Set<String>> CLASSES = Resources.wordClasses(FILE);

    private FunctionWords() {
    }

    /**
     * @param wordClass a class of the file ("relative-pronoun", "negation", ...)
     * @return its words, lower case
     * @throws IllegalArgumentException for a class the file does not have (a typo in the code)
     */
    public static Set<String> of(String wordClass) {
        return Resources.wordClass(CLASSES, FILE, wordClass);
    }
}
