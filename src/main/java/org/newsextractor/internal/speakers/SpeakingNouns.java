package org.newsextractor.internal.speakers;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsextractor.internal.Resources;

/**
 * Nouns that can name a source: the animate common nouns ({@link org.newsextractor.internal.AnimateNouns}),
 * organization words ({@code models/entities/org-suffixes.txt}) and title words
 * ({@code models/entities/titles.txt}). Loaded once per JVM.
 */
final class SpeakingNouns {
    private static volatile Set<String> loaded;
    private static volatile Set<String> organizations;

    private SpeakingNouns() {
    }

    /** @return the organization nouns alone ({@code models/speech/organization-nouns.txt}) */
    static Set<String> organizations() {
        Set<String> s = organizations;
        if (s == null) {
            s = Set.copyOf(Resources.lines("speech/organization-nouns.txt"));
            organizations = s;
        }
        return s;
    }

    static Set<String> load() {
        Set<String> s = loaded;
        if (s == null) {
            synchronized (SpeakingNouns.class) {
                s = loaded;
                if (s == null) {
                    Set<String> words = new HashSet<>(org.newsextractor.internal.AnimateNouns.get().commonNouns());
                    for (String w : Resources.lines("entities/org-suffixes.txt")) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                    for (String w : org.newsextractor.internal.entities.TitleWords.all()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                    words.addAll(organizations());
                    s = Set.copyOf(words);
                    loaded = s;
                }
            }
        }
        return s;
    }

}
