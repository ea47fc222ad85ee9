package org.newsextractor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place named in the article. A place named for its government ("Moscow annexed Crimea") is still a place.
 *
 * @param id       unique within the result, for example {@code place-1}
 * @param name     the fullest name the text uses ("United States")
 * @param kind     what sort of place it is
 * @param mentions every mention, in text order
 * @param wikipedia the English Wikipedia page the place links to ({@code Ukraine}), when linking is on
 */
public record Place(String id, String name, Kind kind, List<Mention> mentions, Optional<String> wikipedia)
        implements Entity {
    /** What sort of place a {@link Place} is. */
    public enum Kind {
        /** A sovereign country. */
        COUNTRY,
        /** A city, town or village. */
        CITY,
        /** A state, province, oblast or similar first-level division. */
        STATE_OR_PROVINCE,
        /** A region that is not an administrative unit: "Donbas", "the Middle East". */
        REGION,
        /** Anything else: streets, buildings, rivers, mountains. */
        OTHER
    }

    /**
     * Copies the list so the record stays immutable; a null kind becomes OTHER, a null link empty.
     *
     * @param id       unique within the result, for example {@code place-1}
     * @param name     the fullest name the text uses ("United States")
     * @param kind     what sort of place it is
     * @param mentions every mention, in text order
     * @param wikipedia the English Wikipedia page the place links to, when known
     */
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        kind = kind == null ? Kind.OTHER : kind;
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        wikipedia = wikipedia == null ? Optional.empty() : wikipedia;
    }

    /**
     * A place with no Wikipedia link.
     *
     * @param id       unique within the result, for example {@code place-1}
     * @param name     the fullest name the text uses ("United States")
     * @param kind     what sort of place it is
     * @param mentions every mention, in text order
     */
    public Place(String id, String name, Kind kind, List<Mention> mentions) {
        this(id, name, kind, mentions, Optional.empty());
    }

    /**
     * @param page the English Wikipedia page name ({@code Ukraine}), or empty
     * @return a copy with that link
     */
    public Place withWikipedia(Optional<String> page) {
        return new Place(id, name, kind, mentions, page);
    }

    /**
     * A place for tests and fixtures built by hand.
     *
     * @param id       the record id
     * @param name     the place's name
     * @param kind     its kind
     * @param mentions the mentions' texts, or none
     * @return the place, with mentions at offset 0
     */
    public static Place of(String id, String name, Kind kind, String... mentions) {
        return new Place(id, name, kind, Records.mentions(mentions));
    }

    @Override
    public String toString() {
        return "Place " + id + " " + name + " " + kind + " x" + mentions.size() + wikipedia.map(w -> " wikipedia:" + w).orElse("");
    }
}
