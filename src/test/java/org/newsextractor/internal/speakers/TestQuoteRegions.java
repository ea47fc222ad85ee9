package org.newsextractor.internal.speakers;

import java.util.ArrayList;
import java.util.List;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/** Quote regions for hand-built texts: the tokens between the marks {@code “} and {@code ”} (each its own token). */
public final class TestQuoteRegions {
    private TestQuoteRegions() {
    }

    /** @return one region per pair of marks, one paragraph per sentence */
    public static List<QuoteRegion> of(AnnotatedText text) {
        List<QuoteRegion> regions = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Token open = null;
            for (Token t : s.tokens()) {
                if (t.text().equals("“")) {
                    open = t;
                } else if (t.text().equals("”") && open != null) {
                    regions.add(new QuoteRegion(open.end() + 1, t.begin() - 1, open.begin(), t.end(), s.index(),
                            open.index() == 0));
                    open = null;
                }
            }
        }
        return regions;
    }
}
