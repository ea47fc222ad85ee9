package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One gold person, place or organization: a real-world entity the article names.
 *
 * @param name    the fullest name the text uses
 * @param aliases every other way the text names it
 * @param titles  role phrases the text attaches to a person; empty for places and organizations
 * @param kind    the kind of a place (COUNTRY, CITY, ...); empty for people and organizations
 */
public record GoldEntity(String name, List<String> aliases, List<String> titles, Optional<String> kind) {
    /**
     * Checks the name; null lists become empty.
     *
     * @param name    the fullest name the text uses
     * @param aliases every other way the text names it
     * @param titles  role phrases the text attaches to a person; empty for places and organizations
     * @param kind    the kind of a place (COUNTRY, CITY, ...); empty for people and organizations
     */
    public GoldEntity {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        titles = titles == null ? List.of() : List.copyOf(titles);
        kind = kind == null ? Optional.empty() : kind;
    }

    /**
     * A gold entity with aliases only, for tests built by hand.
     *
     * @param name    the entity's name
     * @param aliases its other names
     * @return the entity, with no titles and no kind
     */
    public static GoldEntity of(String name, String... aliases) {
        return new GoldEntity(name, List.of(aliases), List.of(), Optional.empty());
    }

    /** @return the name followed by the aliases: every name a matching record may carry */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }
}
