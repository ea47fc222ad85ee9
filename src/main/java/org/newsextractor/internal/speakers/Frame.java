package org.newsextractor.internal.speakers;

import java.util.List;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/** The article's sentences together with where its quotations stand, so attribution looks only outside them. */
final class Frame {
    private final AnnotatedText text;
    private final int[] starts;
    private final int[] ends;

    Frame(AnnotatedText text, List<QuoteRegion> quotes) {
        this.text = text;
        this.starts = quotes.stream().mapToInt(QuoteRegion::outerBegin).toArray();
        this.ends = quotes.stream().mapToInt(QuoteRegion::outerEnd).toArray();
    }

    Sentence sentenceAt(int offset) {
        return text.sentences().get(text.sentenceAt(offset));
    }

    /** @return whether the token lies inside a quotation, marks included */
    boolean isQuoted(Token t) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= t.begin()) {
                lo = mid + 1;
            } else if (starts[mid] >= t.end()) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
