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
 * or from their first name, by the name lists in CoreNLP's models jar: the one its coreference uses
 * ({@code edu/stanford/nlp/models/dcoref/namegender.combine.txt}) and the counts its quote attribution uses
 * ({@code quoteattribution/gender_filtered.txt}). A name the lists disagree on, or one used for both sexes
 * ("Jan", "Kim"), is no evidence. Unknown when nothing says.
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
    private static final String COUNTS = "/edu/stanford/nlp/models/quoteattribution/gender_filtered.txt";
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
        read(NAMES, line -> {
            String[] f = line.split("\t");
            if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                agree(names, f[0], Gender.valueOf(f[1]));
            }
        });
        // counts of "he"/"she" near the name on the web: a name used for both sexes is no evidence
        read(COUNTS, line -> {
            String[] f = line.split("[\t ]+");
            if (f.length >= 3) {
                long male = Long.parseLong(f[1]);
                long female = Long.parseLong(f[2]);
                Gender g = male >= 4 * female ? Gender.MALE : female >= 4 * male ? Gender.FEMALE : Gender.UNKNOWN;
                agree(names, f[0], g);
            }
        });
        names.values().removeIf(g -> g == Gender.UNKNOWN);
        return Map.copyOf(names);
    }

    /** Records a name's gender; a second, different answer makes it unknown. */
    private static void agree(Map<String, Gender> names, String name, Gender g) {
        names.merge(name.toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
    }

    private static void read(String resource, java.util.function.Consumer<String> line) {
        try (InputStream in = Genders.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // another models jar without the list: genders from titles only
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                try {
                    line.accept(l);
                } catch (NumberFormatException e) {
                    // a malformed line says nothing
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
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
