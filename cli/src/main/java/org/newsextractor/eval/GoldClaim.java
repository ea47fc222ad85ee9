package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One gold claim: a statement attributed to a source in reported speech.
 *
 * @param source        who makes the claim, named as for a quotation's speaker
 * @param sourceAliases other acceptable answers for the source
 * @param cue           the lemma of the attributing verb or phrase; informative only, not scored
 * @param content       the reported clause as written
 */
public record GoldClaim(String source, List<String> sourceAliases, String cue, String content) {
    /**
     * Checks the fields; a null alias list becomes empty and a null cue blank.
     *
     * @param source        who makes the claim, named as for a quotation's speaker
     * @param sourceAliases other acceptable answers for the source
     * @param cue           the lemma of the attributing verb or phrase; informative only, not scored
     * @param content       the reported clause as written
     */
    public GoldClaim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        sourceAliases = sourceAliases == null ? List.of() : List.copyOf(sourceAliases);
        cue = cue == null ? "" : cue;
    }

    /** @return the source followed by its aliases */
    public List<String> sourceNames() {
        List<String> all = new ArrayList<>();
        all.add(source);
        all.addAll(sourceAliases);
        return List.copyOf(all);
    }
}
