package org.newsextractor.internal.speakers;

import java.util.List;
import org.newsextractor.Mention;
import org.newsextractor.Person;
import org.newsextractor.internal.entities.ResolvedEntities;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Dependencies;
import org.newsextractor.internal.nlp.Parses;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/** The article's sentences together with where its quotations stand, so attribution looks only outside them. */
final class Frame {
    private final AnnotatedText text;
    private final int[] starts;
    private final int[] ends;
    private final Parses parses;
    private final boolean blankLinesSeparate;
    private static final java.util.regex.Pattern BLANK_LINE =
            java.util.regex.Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

    Frame(AnnotatedText text, List<QuoteRegion> quotes, Parses parses) {
        this.text = text;
        this.parses = parses;
        this.blankLinesSeparate = BLANK_LINE.matcher(text.text()).find();
        this.starts = quotes.stream().mapToInt(QuoteRegion::outerBegin).toArray();
        this.ends = quotes.stream().mapToInt(QuoteRegion::outerEnd).toArray();
    }

    /** @return the dependency tree of the sentence, when it was parsed */
    java.util.Optional<Dependencies> tree(int sentence) {
        return parses.of(sentence);
    }

    /** @return the tree of the sentence when it was parsed, covering every token */
    java.util.Optional<Dependencies> wholeTree(Sentence s) {
        return tree(s.index()).filter(d -> d.size() == s.size());
    }

    /**
     * @return the subject of the sentence's main clause (the "nsubj" of its first root outside quotations), or -1
     *     when it has none outside quotations
     */
    int mainSubject(Sentence s, Dependencies d) {
        for (int root = 0; root < s.size(); root++) {
            if (d.head(root) < 0 && !isQuoted(s.token(root))) {
                int subject = d.child(root, "nsubj");
                return subject < 0 || isQuoted(s.token(subject)) ? -1 : subject;
            }
        }
        return -1;
    }

    /** @return whether a blank line (a paragraph break) stands between the two offsets */
    boolean paragraphBreakBetween(int from, int to) {
        String between = text.text().substring(Math.max(0, from), Math.max(from, Math.min(to, text.text().length())));
        // as the quote finder reads paragraphs: blank lines separate them when the text has any, else line breaks
        return blankLinesSeparate ? BLANK_LINE.matcher(between).find() : between.indexOf('\n') >= 0;
    }

    /** @return the number of sentences */
    int sentenceCount() {
        return text.sentences().size();
    }

    Sentence sentence(int index) {
        return text.sentences().get(index);
    }

    /**
     * @return the person last mentioned as a likely subject before the offset: the first person named (outside
     *     quotes, not after a preposition) in a sentence
     */
    java.util.Optional<Person> lastPersonSubjectBefore(ResolvedEntities entities, int offset,
                                                        java.util.function.Predicate<Person> compatible) {
        return lastSubjectBefore(entities, entities.people(), offset, compatible);
    }

    /**
     * @param candidates the entities of one kind (people, or organizations)
     * @return the candidate last mentioned as a likely subject before the offset: the first entity of its kind
     *     named (outside quotes, not after a preposition) in a sentence
     */
    <E extends org.newsextractor.Entity> java.util.Optional<E> lastSubjectBefore(
            ResolvedEntities entities, List<E> candidates, int offset, java.util.function.Predicate<E> compatible) {
        E best = null;
        int bestAt = -1;
        for (E p : candidates) {
            if (!compatible.test(p)) {
                continue;
            }
            for (Mention m : p.mentions()) {
                if (m.begin() < offset && m.begin() > bestAt && isSubjectLike(m, p.getClass(), entities)) {
                    best = p;
                    bestAt = m.begin();
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private boolean isSubjectLike(Mention m, Class<?> kind, ResolvedEntities entities) {
        Sentence s = sentence(m.sentence());
        java.util.Optional<Dependencies> tree = tree(s.index());
        if (tree.isPresent() && tree.get().size() == s.size() && isSubjectInTree(m, s, tree.get())) {
            return true;
        }
        // else (no parse, or a misparse): the first entity of its kind named in the sentence, not after a preposition
        for (Token t : s.tokens()) {
            if (isQuoted(t)) {
                continue;
            }
            int i = t.index();
            java.util.Optional<org.newsextractor.Entity> e = entities.at(s.index(), i);
            if (e.isPresent() && kind.isInstance(e.get())
                    && !(i > 0 && (s.token(i - 1).pos().equals("IN") || s.token(i - 1).pos().equals("TO")))) {
                return t.begin() == m.begin() || t.begin() < m.begin() && t.end() >= m.begin();
            }
        }
        return false;
    }

    /** With a parse: the mention is, or is part of, the subject of a verb outside quotations. */
    private boolean isSubjectInTree(Mention m, Sentence s, Dependencies d) {
        for (Token t : s.tokens()) {
            if (t.begin() < m.begin() || t.end() > m.end()) {
                continue;
            }
            int i = t.index();
            if (d.is(i, "nsubj") && !isQuoted(t)) {
                return true;
            }
            int head = d.head(i);
            boolean inName = d.is(i, "compound") || d.is(i, "flat") || d.is(i, "appos");
            if (inName && head >= 0 && d.is(head, "nsubj") && !isQuoted(s.token(head))) {
                return true; // "President Anna Kovac": the name's last word heads the subject
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
