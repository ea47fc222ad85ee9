package org.newsextractor.internal.entities;

import java.util.List;
import java.util.Locale;
import org.newsextractor.Place;

/** Decides a place's kind from the gazetteer, falling back on the words of its name. */
final class PlaceKinds {
    private PlaceKinds() {
    }

    /** National capitals (folded): a CITY even where the gazetteer also lists the name as a region. */
    private static final java.util.Set<String> CAPITALS = org.newsextractor.internal.Resources
            .lines("entities/capitals.txt").stream().map(EntityResolver::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final java.util.Set<String> BUILDING_WORDS = java.util.Set.copyOf(
            org.newsextractor.internal.Resources.lines("entities/building-words.txt"));

    /** @return whether the name is a national capital's ("Kyiv", "Kiev") */
    static boolean isCapital(String name) {
        return CAPITALS.contains(EntityResolver.key(name));
    }

    static Place.Kind kindOf(EntityCluster cluster, PlaceGazetteer gazetteer) {
        return kindOf(cluster, gazetteer, java.util.Optional.empty());
    }

    /**
     * @param linked the kind the place's Wikipedia page says, used when the gazetteer knows none of the place's
     *               names ("Gdańsk" links to {@code Gdańsk}, listed as "gdansk"; "Gilroy" to {@code
     *               Gilroy,_California})
     */
    static Place.Kind kindOf(EntityCluster cluster, PlaceGazetteer gazetteer, java.util.Optional<Place.Kind> linked) {
        Place.Kind best = null;
        boolean capital = false;
        for (NameSpan s : cluster.spans()) {
            Place.Kind k = gazetteer.kindOf(s.text());
            if (k != null && (best == null || rank(k) < rank(best))) {
                best = k;
            }
            capital |= isCapital(s.text());
        }
        if (capital && best != Place.Kind.COUNTRY) {
            return Place.Kind.CITY; // "Kyiv", "Berlin": a capital, though the gazetteer may call it a region too
        }
        if (best != null) {
            return best;
        }
        if (linked.isPresent()) {
            return linked.get();
        }
        List<String> words = cluster.nameWords();
        if (!words.isEmpty() && (BUILDING_WORDS.contains(words.get(0))
                || BUILDING_WORDS.contains(words.get(words.size() - 1)))) {
            return Place.Kind.OTHER; // "Masjid al-Nur", "Ruben Tayo Stadium"
        }
        String name = cluster.longestName().toLowerCase(Locale.ROOT);
        if (name.matches(".*\\b(avenue|street|road|square|boulevard|bridge|mall|airport|station|river|lake"
                + "|mountain|mount|park|building|tower|palace|hospital|corner|district)$")) {
            return Place.Kind.OTHER;
        }
        if (name.matches(".*\\b(oblast|province|state|county|prefecture|governorate)$")) {
            return Place.Kind.STATE_OR_PROVINCE;
        }
        return Place.Kind.REGION;
    }

    /** Larger units first: a name that is both a country and a city (Singapore) is the country. */
    static int rank(Place.Kind kind) {
        return switch (kind) {
            case COUNTRY -> 0;
            case STATE_OR_PROVINCE -> 1;
            default -> 2;
        };
    }
}
