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
    private static final java.util.concurrent.CompletableFuture<Map<String, Place.Kind>> LOADED =
            new java.util.concurrent.CompletableFuture<>();
    private static final java.util.concurrent.atomic.AtomicBoolean STARTED =
            new java.util.concurrent.atomic.AtomicBoolean();
    /** The gazetteer's RELIGION entries (lower case), filled by the same load as the places. */
    private static final java.util.Set<String> RELIGIONS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The gazetteer's NATIONALITY entries (lower case): demonyms such as "ukrainian". */
    private static final java.util.Set<String> NATIONALITIES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Starts reading the gazetteer on a background thread, so that it loads on the second core while CoreNLP loads
     * its models on the first. Later calls do nothing.
     */
    public static void preload() {
        if (STARTED.compareAndSet(false, true)) {
            Thread loader = new Thread(PlaceGazetteer::load, "news-extractor-gazetteer");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private static void load() {
        try {
            Map<String, Place.Kind> t = new HashMap<>(1 << 20);
            read(ROOT + "regexner_caseless.tab", t);
            read(ROOT + "regexner_cased.tab", t);
            LOADED.complete(t);
        } catch (RuntimeException | Error e) {
            LOADED.completeExceptionally(e);
        }
    }

    /**
     * @param name a place name as written
     * @return its kind, or null when the gazetteer does not know it
     */
    public Place.Kind kindOf(String name) {
        return table().get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * @param name a name as written
     * @return whether CoreNLP's gazetteer lists it as a religion ("Islam", "Catholic", "Sunni")
     */
    public boolean isReligion(String name) {
        table();
        return RELIGIONS.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * @param name a name as written
     * @return whether CoreNLP's gazetteer lists it as a nationality, a demonym ("Ukrainian", "British")
     */
    public boolean isNationality(String name) {
        table();
        return NATIONALITIES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Place.Kind> table() {
        if (!STARTED.get() && STARTED.compareAndSet(false, true)) {
            load(); // nobody preloaded: load on this thread
        }
        return LOADED.join();
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
                if (type.equals("RELIGION")) {
                    RELIGIONS.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
                    continue;
                }
                if (type.equals("NATIONALITY")) {
                    NATIONALITIES.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
                    continue;
                }
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
                into.merge(name, kind, (a, b) -> PlaceKinds.rank(a) <= PlaceKinds.rank(b) ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }
}
