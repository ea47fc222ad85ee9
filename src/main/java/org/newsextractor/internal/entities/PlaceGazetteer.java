package org.newsextractor.internal.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsextractor.Place;

/**
 * Tells the kind of a place name (country, state or province, city) from the gazetteers that ship in CoreNLP's
 * models jar, the same lists its fine-grained NER uses. Looking up only the names NER already found is far
 * cheaper than running fine-grained NER over every token. Loaded once per JVM, on first use.
 */
public final class PlaceGazetteer {
    private static final String ROOT = "/edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static volatile Map<String, Place.Kind> kinds;

    /**
     * @param name a place name as written
     * @return its kind, or null when the gazetteer does not know it
     */
    public Place.Kind kindOf(String name) {
        return table().get(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Place.Kind> table() {
        Map<String, Place.Kind> t = kinds;
        if (t == null) {
            synchronized (PlaceGazetteer.class) {
                t = kinds;
                if (t == null) {
                    t = new HashMap<>(1 << 20);
                    read(ROOT + "regexner_caseless.tab", t);
                    read(ROOT + "regexner_cased.tab", t);
                    kinds = t;
                }
            }
        }
        return t;
    }

    private static int rank(Place.Kind kind) {
        return switch (kind) {
            case COUNTRY -> 0;
            case STATE_OR_PROVINCE -> 1;
            default -> 2;
        };
    }

    private static void read(String resource, Map<String, Place.Kind> into) {
        try (InputStream in = PlaceGazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // a models jar without gazetteers: every place stays of unknown kind
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                int tab2 = line.indexOf('\t', tab + 1);
                String type = tab2 < 0 ? line.substring(tab + 1) : line.substring(tab + 1, tab2);
                Place.Kind kind = switch (type) {
                    case "COUNTRY" -> Place.Kind.COUNTRY;
                    case "STATE_OR_PROVINCE" -> Place.Kind.STATE_OR_PROVINCE;
                    case "CITY" -> Place.Kind.CITY;
                    default -> null;
                };
                if (kind == null) {
                    continue;
                }
                String name = line.substring(0, tab).toLowerCase(Locale.ROOT);
                // A name listed as both (Georgia, Luxembourg, New York) keeps the larger unit.
                into.merge(name, kind, (a, b) -> rank(a) <= rank(b) ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }
}
