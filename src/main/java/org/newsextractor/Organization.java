package org.newsextractor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization named in the article: a company, agency, party, news outlet, alliance.
 *
 * @param id       unique within the result, for example {@code org-1}
 * @param name     the fullest name the text uses
 * @param mentions every mention, in text order
 * @param wikipedia the English Wikipedia page the organization links to ({@code NATO}), when linking is on
 */
public record Organization(String id, String name, List<Mention> mentions, Optional<String> wikipedia)
        implements Entity {
    /**
     * Copies the list so the record stays immutable; a null list becomes empty, a null link empty.
     *
     * @param id       unique within the result, for example {@code org-1}
     * @param name     the fullest name the text uses
     * @param mentions every mention, in text order
     * @param wikipedia the English Wikipedia page the organization links to, when known
     */
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        wikipedia = wikipedia == null ? Optional.empty() : wikipedia;
    }

    /**
     * An organization with no Wikipedia link.
     *
     * @param id       unique within the result, for example {@code org-1}
     * @param name     the fullest name the text uses
     * @param mentions every mention, in text order
     */
    public Organization(String id, String name, List<Mention> mentions) {
        this(id, name, mentions, Optional.empty());
    }

    /**
     * @param page the English Wikipedia page name ({@code NATO}), or empty
     * @return a copy with that link
     */
    public Organization withWikipedia(Optional<String> page) {
        return new Organization(id, name, mentions, page);
    }

    /**
     * An organization for tests and fixtures built by hand.
     *
     * @param id       the record id
     * @param name     the organization's name
     * @param mentions the mentions' texts, or none
     * @return the organization, with mentions at offset 0
     */
    public static Organization of(String id, String name, String... mentions) {
        return new Organization(id, name, Records.mentions(mentions));
    }

    @Override
    public String toString() {
        return "Organization " + id + " " + name + " x" + mentions.size() + wikipedia.map(w -> " wikipedia:" + w).orElse("");
    }
}
