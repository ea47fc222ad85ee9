package org.newsextractor.internal.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsextractor.Person;
import org.newsextractor.internal.Resources;

/**
 * The grammatical gender a person's records make likely, so that "she" is not resolved to a man: from a gendered
 * title or honorific the text gives them ("Mrs", "Queen", "spokeswoman"; {@code models/speech/gendered-words.tsv})
 * or from their first name, by the name list CoreNLP's coreference uses
 * ({@code edu/stanford/nlp/models/dcoref/namegender.combine.txt} in its models jar). Unknown when neither says.
 */
final class Genders {
    /** A person's likely gender. */
    enum Gender {
        MALE, FEMALE, UNKNOWN;

        Gender opposite() {
            return this == MALE ? FEMALE : this == FEMALE ? MALE : UNKNOWN;
        }
    }

    private static final String NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static volatile Genders shared;

    private final Map<String, Gender> firstNames;
    private final Map<String, Gender> words;

    Genders(Map<String, Gender> firstNames, Map<String, Gender> words) {
        this.firstNames = firstNames;
        this.words = words;
    }

    /** @return the lists, loaded once per JVM */
    static Genders shared() {
        Genders g = shared;
        if (g == null) {
            synchronized (Genders.class) {
                g = shared;
                if (g == null) {
                    Map<String, Gender> words = new HashMap<>();
                    for (String[] row : Resources.table("speech/gendered-words.tsv")) {
                        words.put(row[0].toLowerCase(Locale.ROOT), Gender.valueOf(row[1].strip()));
                    }
                    g = new Genders(readNames(), Map.copyOf(words));
                    shared = g;
                }
            }
        }
        return g;
    }

    private static Map<String, Gender> readNames() {
        Map<String, Gender> names = new HashMap<>();
        try (InputStream in = Genders.class.getResourceAsStream(NAMES)) {
            if (in == null) {
                return Map.of(); // another models jar without the list: genders from titles only
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                    names.put(f[0].toLowerCase(Locale.ROOT), Gender.valueOf(f[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NAMES, e);
        }
        return Map.copyOf(names);
    }

    /** @return the gender the person's titles or first name make likely */
    Gender of(Person p) {
        for (String title : p.titles()) {
            for (String w : title.toLowerCase(Locale.ROOT).split("[\\s.-]+")) {
                Gender g = words.get(w);
                if (g != null) {
                    return g;
                }
            }
        }
        String[] parts = p.name().split("\\s+");
        if (parts.length < 2) {
            return Gender.UNKNOWN;
        }
        Gender g = words.get(parts[0].toLowerCase(Locale.ROOT).replace(".", ""));
        if (g != null) {
            return g;
        }
        return firstNames.getOrDefault(parts[0].toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
}
