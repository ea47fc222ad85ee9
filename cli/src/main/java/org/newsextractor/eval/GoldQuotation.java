package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One gold quotation.
 *
 * @param text           the words between the quotation marks, as written
 * @param speaker        the name of the gold person or organization who said it, or a short label
 * @param speakerAliases other acceptable answers for the speaker
 */
public record GoldQuotation(String text, String speaker, List<String> speakerAliases) {
    /**
     * Checks the fields; a null alias list becomes empty.
     *
     * @param text           the words between the quotation marks, as written
     * @param speaker        the name of the gold person or organization who said it, or a short label
     * @param speakerAliases other acceptable answers for the speaker
     */
    public GoldQuotation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        speakerAliases = speakerAliases == null ? List.of() : List.copyOf(speakerAliases);
    }

    /** @return the speaker followed by its aliases */
    public List<String> speakerNames() {
        List<String> all = new ArrayList<>();
        all.add(speaker);
        all.addAll(speakerAliases);
        return List.copyOf(all);
    }
}
