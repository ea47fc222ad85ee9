package org.newsextractor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The animate nouns of CoreNLP's coreference dictionaries ({@code edu/stanford/nlp/models/dcoref/animate.unigrams.txt}
 * in its models jar, drawn from Bergsma and Lin's web-scale animacy counts): common nouns that denote people
 * ("observer", "spokesman") and the capitalized forms seen as names ("Guy", "Mark"). Loaded once per JVM.
 */
public final class AnimateNouns {
    private static final String ANIMATE = "/edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    private static volatile AnimateNouns loaded;

    private final Set<String> common;
    private final Set<String> capitalized;

    private AnimateNouns(Set<String> common, Set<String> capitalized) {
        this.common = common;
        this.capitalized = capitalized;
    }

    /** @return the lists, read on first use; empty with a models jar that lacks them */
    public static AnimateNouns get() {
        AnimateNouns a = loaded;
        if (a == null) {
            synchronized (AnimateNouns.class) {
                a = loaded;
                if (a == null) {
                    a = read();
                    loaded = a;
                }
            }
        }
        return a;
    }

    /** @return the common nouns, lower case ("observer", "guy") */
    public Set<String> commonNouns() {
        return common;
    }

    /**
     * @return whether a capitalized word is a common noun for a person and never seen as a name: "Observer" in "EU
     *     Chief Observer Eduard Kukan", not "Guy" or "Mark"
     */
    public boolean isOnlyCommonNoun(String word) {
        return common.contains(word.toLowerCase(Locale.ROOT)) && !capitalized.contains(word);
    }

    private static AnimateNouns read() {
        Set<String> common = new HashSet<>();
        Set<String> capitalized = new HashSet<>();
        try (InputStream in = AnimateNouns.class.getResourceAsStream(ANIMATE)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String w = line.strip();
                    if (w.isEmpty()) {
                        continue;
                    }
                    (Character.isLowerCase(w.charAt(0)) ? common : capitalized).add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ANIMATE, e);
        }
        return new AnimateNouns(Set.copyOf(common), Set.copyOf(capitalized));
    }
}
