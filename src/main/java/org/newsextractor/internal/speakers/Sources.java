package org.newsextractor.internal.speakers;

import java.util.Optional;
import org.newsextractor.Speaker;
import org.newsextractor.internal.entities.ResolvedEntities;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * One article seen as the attributor sees it, for callers outside this package (reported speech): which tokens
 * are quoted, and who the subject of a speech verb or the phrase after "according to" / "by" names.
 */
public final class Sources {
    private final SpeakerAttributor attributor;
    private final Frame frame;
    private final ResolvedEntities entities;

    Sources(SpeakerAttributor attributor, Frame frame, ResolvedEntities entities) {
        this.attributor = attributor;
        this.frame = frame;
        this.entities = entities;
    }

    /** @return whether the token lies inside a quotation, marks included */
    public boolean isQuoted(Token t) {
        return frame.isQuoted(t);
    }

    /**
     * @param s        the sentence
     * @param verb     index of a speech verb in it
     * @param previous the last source, for pronouns that continue it
     * @return the verb's subject (before it, or after it when inverted: ", said X") and who it names
     */
    public Optional<Source> subjectOf(Sentence s, int verb, Optional<Speaker> previous) {
        return resolve(Phrase.subjectOf(s, verb, frame, entities), s, previous);
    }

    /**
     * @param s        the sentence
     * @param start    index of the first token of a noun phrase ("according to X", "reported by X")
     * @param previous the last source, for pronouns that continue it
     * @return the noun phrase starting there and who it names
     */
    public Optional<Source> phraseAt(Sentence s, int start, Optional<Speaker> previous) {
        Phrase phrase = Phrase.after(s, start, frame);
        Optional<Source> source = resolve(phrase, s, previous);
        if (source.isEmpty() && phrase != null && attributor.lexicon().isDocumentNoun(phrase.head())) {
            // "according to the census": after "according to" or "by", a document is a source of its own
            return Optional.of(new Source(Speaker.unnamed(phrase.textWithoutDeterminer()), phrase.from(), phrase.to()));
        }
        return source;
    }

    /**
     * @param s        the sentence
     * @param last     index of the last token of a noun phrase ("police" in "police, who said")
     * @param previous the last source, for pronouns that continue it
     * @return the noun phrase ending there and who it names
     */
    public Optional<Source> phraseEndingAt(Sentence s, int last, Optional<Speaker> previous) {
        return last < 0 ? Optional.empty() : resolve(Phrase.before(s, last, frame), s, previous);
    }

    /** @return whether the predicate's subject is a relative pronoun: "X, who said ...", "which reported" */
    public boolean hasRelativeSubject(Sentence s, org.newsextractor.internal.nlp.Dependencies d, int predicate) {
        return SpeechSyntax.hasRelativeSubject(s, d, predicate);
    }

    /** @return whether the passive predicate names its doer with "by" ("was confirmed by police") */
    public boolean hasAgent(Sentence s, org.newsextractor.internal.nlp.Dependencies d, int predicate) {
        return SpeechSyntax.agent(s, d, predicate) >= 0;
    }

    /** @return whether the predicate is an infinitive with "to" hung on another word ("to say", "to have said") */
    public boolean isInfinitive(Sentence s, org.newsextractor.internal.nlp.Dependencies d, int predicate) {
        return SpeechSyntax.isInfinitive(s, d, predicate);
    }

    /** @return the dependency tree of the sentence, when it was parsed */
    public Optional<org.newsextractor.internal.nlp.Dependencies> tree(Sentence s) {
        return frame.tree(s.index());
    }

    /**
     * @param s         a parsed sentence
     * @param d         its tree
     * @param predicate index of a reporting verb
     * @param previous  the last source, for pronouns that continue it
     * @return the predicate's source as the tree gives it (subject, agent, relative clause's noun, a document's
     *     issuer, an apposition's name), or empty when the tree names none
     */
    public Optional<Source> sourceOf(Sentence s, org.newsextractor.internal.nlp.Dependencies d, int predicate,
                                     Optional<Speaker> previous) {
        int head = SpeechSyntax.sourceHead(s, d, predicate);
        if (head < 0) {
            return Optional.empty();
        }
        return attributor.sourceAt(frame, s, d, head, entities, s.token(predicate).begin(), previous, 0);
    }

    /**
     * @return the phrase the tree names as the predicate's source, as an unnamed source labelled with its words,
     *     for a report whose source no entity or known noun resolves ("the study found"); empty when quoted
     */
    public Optional<Source> unresolvedSourceOf(Sentence s, org.newsextractor.internal.nlp.Dependencies d,
                                               int predicate) {
        int head = SpeechSyntax.sourceHead(s, d, predicate);
        if (head < 0 || frame.isQuoted(s.token(head))) {
            return Optional.empty();
        }
        int[] span = SpeechSyntax.nounPhrase(s, d, head);
        Phrase phrase = Phrase.span(s, span[0], span[1]);
        return Optional.of(new Source(Speaker.unnamed(phrase.textWithoutDeterminer()), span[0], span[1]));
    }

    /**
     * @param document index of a document or speech noun ("statement", "claim", "warning")
     * @return who issued it, when the sentence names them ("the ministry's claim", "a warning from the agency")
     */
    public Optional<Source> issuerOf(Sentence s, org.newsextractor.internal.nlp.Dependencies d, int document,
                                     Optional<Speaker> previous) {
        int issuer = SpeechSyntax.issuer(s, d, document);
        return issuer < 0 ? Optional.empty()
                : attributor.sourceAt(frame, s, d, issuer, entities, s.token(document).begin(), previous, 1);
    }

    /** @return whether the tree names a phrase as the predicate's source, resolvable or not */
    public boolean hasSourceHead(Sentence s, org.newsextractor.internal.nlp.Dependencies d, int predicate) {
        return SpeechSyntax.sourceHead(s, d, predicate) >= 0;
    }

    private Optional<Source> resolve(Phrase phrase, Sentence s, Optional<Speaker> previous) {
        if (phrase == null) {
            return Optional.empty();
        }
        int at = s.token(phrase.from()).begin();
        return attributor.speakerFor(frame, phrase, entities, at, previous)
                .map(speaker -> new Source(speaker, phrase.from(), phrase.to()));
    }
}
