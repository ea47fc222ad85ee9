package org.newsextractor.internal.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsextractor.Claim;
import org.newsextractor.Quotation;

/**
 * A quoted fragment inside reported speech ("the writer supposes a “cultural ... replacement” of ...") gives the
 * words of the claim's source: quotations left without a speaker take it.
 */
public final class QuotedFragments {
    private QuotedFragments() {
    }

    /**
     * @param quotations the quotations, some perhaps without a speaker
     * @param claims     the claims found in the same text
     * @return the quotations, those without a speaker that lie inside a claim's content given its source and cue
     */
    public static List<Quotation> attributeFromClaims(List<Quotation> quotations, List<Claim> claims) {
        List<Quotation> result = new ArrayList<>(quotations.size());
        for (Quotation q : quotations) {
            Optional<Claim> holder = q.speaker().isPresent() ? Optional.empty()
                    : claims.stream().filter(c -> c.begin() <= q.begin() && q.end() <= c.end()).findFirst();
            result.add(holder.map(c -> new Quotation(q.text(), q.begin(), q.end(), Optional.of(c.source()),
                    q.cue().or(() -> Optional.of(c.cue())), q.cueText().or(c::cueText))).orElse(q));
        }
        return result;
    }
}
