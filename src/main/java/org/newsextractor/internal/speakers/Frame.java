package org.newsextractor.internal.speakers;

import java.util.List;
import org.newsextractor.Mention;
import org.newsextractor.Person;
import org.newsextractor.internal.entities.ResolvedEntities;
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

    Sentence sentence(int index) {
        return text.sentences().get(index);
    }

    /**
     * @return the person last mentioned as a likely subject before the offset: the first person named (outside
     *     quotes, not after a preposition) in a sentence
     */
    java.util.Optional<Person> lastPersonSubjectBefore(ResolvedEntities entities, int offset) {
        Person best = null;
        int bestAt = -1;
        for (Person p : entities.people()) {
            for (Mention m : p.mentions()) {
                if (m.begin() < offset && m.begin() > bestAt && isSubjectLike(m, entities)) {
                    best = p;
                    bestAt = m.begin();
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private boolean isSubjectLike(Mention m, ResolvedEntities entities) {
        Sentence s = sentence(m.sentence());
        for (Token t : s.tokens()) {
            if (isQuoted(t)) {
                continue;
            }
            int i = t.index();
            java.util.Optional<org.newsextractor.Entity> e = entities.at(s.index(), i);
            if (e.isPresent() && e.get() instanceof Person
                    && !(i > 0 && (s.token(i - 1).pos().equals("IN") || s.token(i - 1).pos().equals("TO")))) {
                return t.begin() == m.begin() || t.begin() < m.begin() && t.end() >= m.begin();
            }
        }
        return false;
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
