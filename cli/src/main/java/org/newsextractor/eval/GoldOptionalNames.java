package org.newsextractor.eval;

import java.util.List;

/**
 * Names whose extraction is neither rewarded nor punished, per entity section.
 *
 * @param people        optional person names
 * @param places        optional place names
 * @param organizations optional organization names
 */
public record GoldOptionalNames(List<String> people, List<String> places, List<String> organizations) {
    /** No optional names at all. */
    public static final GoldOptionalNames NONE = new GoldOptionalNames(List.of(), List.of(), List.of());

    /**

     * Null lists become empty.

     *

     * @param people        optional person names

     * @param places        optional place names

     * @param organizations optional organization names

     */
    public GoldOptionalNames {
        people = people == null ? List.of() : List.copyOf(people);
        places = places == null ? List.of() : List.copyOf(places);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }
}
