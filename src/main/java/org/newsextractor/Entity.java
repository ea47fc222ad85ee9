package org.newsextractor;

import java.util.List;
import java.util.Optional;

/** What people, places and organizations have in common: one record per real entity, with all its mentions. */
public sealed interface Entity permits Person, Place, Organization {
    /** @return an id that is unique within one {@link Extraction}, such as {@code person-1} */
    String id();

    /** @return the fullest name the article uses for the entity */
    String name();

    /** @return every mention of the entity, in text order */
    List<Mention> mentions();

    /**
     * @return the English Wikipedia page the entity links to, as a page name with underscores
     *     ({@code Recep_Tayyip_Erdoğan}), when entity linking is on and the link is known; empty otherwise
     */
    Optional<String> wikipedia();
}
