package org.newsextractor.internal.entities;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsextractor.internal.Resources;

/**
 * Words that head a person's title or role: the hand-kept heads of {@code models/entities/titles.txt} ("president",
 * "prime") and the one-word titles of CoreNLP's KBP gazetteer ({@code models/entities/titles-corenlp.txt}:
 * "prosecutor", "coach", "archbishop"). Loaded once per JVM.
 */
public final class TitleWords {
    private static volatile Set<String> loaded;

    private TitleWords() {
    }

    /** @return the title words, lower case */
    public static Set<String> all() {
        Set<String> s = loaded;
        if (s == null) {
            Set<String> words = new HashSet<>();
            for (String file : new String[] {"entities/titles.txt", "entities/titles-corenlp.txt"}) {
                for (String w : Resources.lines(file)) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            s = Set.copyOf(words);
            loaded = s;
        }
        return s;
    }
}
