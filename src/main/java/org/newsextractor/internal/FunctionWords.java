package org.newsextractor.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English function words by the role our rules give them ({@code models/text/function-words.tsv}): relative
 * pronouns, subordinators, auxiliaries, negations and the like. Loaded once; the sets are immutable.
 */
public final class FunctionWords {
    private static final Map<String, Set<String>> CLASSES = load();

    private FunctionWords() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> classes = new HashMap<>();
        for (String[] row : Resources.table("text/function-words.tsv")) {
            if (row.length != 2) {
                throw new IllegalStateException("text/function-words.tsv: expected class and word: "
                        + String.join("\t", row));
            }
            classes.computeIfAbsent(row[0].strip(), k -> new HashSet<>()).add(row[1].strip());
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        classes.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /**
     * @param wordClass a class of the file ("relative-pronoun", "negation", ...)
     * @return its words, lower case
     * @throws IllegalArgumentException for a class the file does not have (a typo in the code)
     */
    public static Set<String> of(String wordClass) {
        Set<String> words = CLASSES.get(wordClass);
        if (words == null) {
            throw new IllegalArgumentException("no word class " + wordClass + " in text/function-words.tsv");
        }
        return words;
    }
}
