package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.List;
import org.newsextractor.Quantity;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Finds the words between a count and the noun it counts: "94,000 Russian troops" gives ["Russian"], "48 damaged
 * apartments" gives ["damaged"]. Only counts whose unit is a noun in the text get modifiers.
 */
final class CountedNounModifiers {
    /** Noun phrases are short; a longer gap means the unit came from elsewhere in the sentence. */
    private static final int MAX_GAP = 5;

    private CountedNounModifiers() {
    }

    static List<Quantity> attach(AnnotatedText text, List<Quantity> numbers) {
        List<Quantity> out = new ArrayList<>(numbers.size());
        for (Quantity q : numbers) {
            out.add(q.kind() == Quantity.Kind.COUNT && q.unit().isPresent() ? withModifiers(text, q) : q);
        }
        return out;
    }

    private static Quantity withModifiers(AnnotatedText text, Quantity q) {
        Sentence s = text.sentences().get(text.sentenceAt(q.begin()));
        int i = 0;
        while (i < s.size() && s.token(i).begin() < q.end()) {
            i++;
        }
        if (i < s.size() && s.token(i).lower().equals("of")) {
            i++; // "a total of 39", "hundreds of protesters"
        }
        List<String> words = new ArrayList<>();
        String unit = q.unit().get();
        for (int k = i; k < s.size() && k - i <= MAX_GAP; k++) {
            Token t = s.token(k);
            if (t.text().equalsIgnoreCase(unit)) {
                return words.isEmpty() ? q : q.withModifiers(words);
            }
            boolean modifier = t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN")
                    || t.pos().equals("HYPH");
            if (!modifier) {
                return q;
            }
            if (!t.pos().equals("HYPH")) {
                words.add(t.text());
            }
        }
        return q;
    }
}
