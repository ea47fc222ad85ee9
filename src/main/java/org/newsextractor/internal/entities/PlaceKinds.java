package org.newsextractor.internal.entities;

import java.util.Locale;
import org.newsextractor.Place;

/** Decides a place's kind from the gazetteer, falling back on the words of its name. */
final class PlaceKinds {
    private PlaceKinds() {
    }

    static Place.Kind kindOf(EntityCluster cluster, PlaceGazetteer gazetteer) {
        Place.Kind best = null;
        for (NameSpan s : cluster.spans()) {
            Place.Kind k = gazetteer.kindOf(s.text());
            if (k != null && (best == null || rank(k) < rank(best))) {
                best = k;
            }
        }
        if (best != null) {
            return best;
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
