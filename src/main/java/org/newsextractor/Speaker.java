package org.newsextractor;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said a quotation or is the source of a claim.
 *
 * @param id   the id of the person or organization record, or empty for an unnamed source ("officials")
 * @param name the record's name, or a short label for an unnamed source
 */
public record Speaker(Optional<String> id, String name) {
    /**
     * A null id becomes empty.
     *
     * @param id   the id of the person or organization record, or empty for an unnamed source ("officials")
     * @param name the record's name, or a short label for an unnamed source
     */
    public Speaker {
        Objects.requireNonNull(name, "name");
        id = id == null ? Optional.empty() : id;
    }

    /**
     * The speaker for an entity record.
     *
     * @param entity the person or organization who spoke
     * @return a speaker carrying the entity's id and name
     */
    public static Speaker of(Entity entity) {
        return new Speaker(Optional.of(entity.id()), entity.name());
    }

    /**
     * A speaker with no record in the result, such as "officials" or "police".
     *
     * @param label a short description of the source
     * @return a speaker with no id
     */
    public static Speaker unnamed(String label) {
        return new Speaker(Optional.empty(), label);
    }

    @Override
    public String toString() {
        return name + id.map(i -> " (" + i + ")").orElse("");
    }
}
