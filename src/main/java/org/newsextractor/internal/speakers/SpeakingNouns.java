package org.newsextractor.internal.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsextractor.internal.Resources;

/**
 * Nouns that can name a source: the animate nouns of CoreNLP's coreference dictionaries
 * ({@code edu/stanford/nlp/models/dcoref/animate.unigrams.txt} in its models jar, drawn from Bergsma and Lin's
 * web-scale animacy counts), organization words ({@code models/entities/org-suffixes.txt}) and title words
 * ({@code models/entities/titles.txt}). Loaded once per JVM.
 */
final class SpeakingNouns {
    private static final String ANIMATE = "/edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
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
                    Set<String> words = new HashSet<>(readAnimate());
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

    private static Set<String> readAnimate() {
        Set<String> words = new HashSet<>();
        try (InputStream in = SpeakingNouns.class.getResourceAsStream(ANIMATE)) {
            if (in == null) {
                return words; // another models jar: organization and title words only
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    words.add(w); // common nouns only; names are entities
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ANIMATE, e);
        }
        return words;
    }
}
