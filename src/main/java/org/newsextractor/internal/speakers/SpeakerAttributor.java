package org.newsextractor.internal.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsextractor.Entity;
import org.newsextractor.Mention;
import org.newsextractor.Person;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;
import org.newsextractor.internal.entities.ResolvedEntities;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Finds who said each quotation, in the layouts news uses: {@code "...," X said}, {@code "...," said X},
 * {@code X said: "..."}, a partial quote inside a sentence whose subject spoke, a pronoun or a description
 * ("the Ukrainian president added") resolved to a person, and a paragraph that only continues the last speaker.
 */
public final class SpeakerAttributor {
    /** How many tokens after the closing mark the classic {@code ", X said"} attribution may take. */
    private static final int NEAR_AFTER_TOKENS = 8;
    /**
     * A paragraph that is only a quotation, with no attribution, continues the last speaker when at most this many
     * paragraphs back: one narrating paragraph may stand between two paragraphs of the same speech.
     */
    private static final int MAX_PARAGRAPH_GAP = 2;
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "is", "was", "were", "are", "be",
            "been", "will", "would", "did", "does", "do", "also", "later", "earlier", "then", "again",
            "repeatedly", "not", "n't", "previously", "already", "once", "often", "recently", "publicly");
    private static final Set<String> MALE_OR_FEMALE = Set.of("he", "she", "him", "her");

    private final SpeechLexicon lexicon;
    private final Set<String> titleWords;

    /**
     * @param lexicon    the speech verbs and group nouns
     * @param titleWords lower-case title words ("president", "minister") for matching descriptions to people
     */
    public SpeakerAttributor(SpeechLexicon lexicon, Set<String> titleWords) {
        this.lexicon = lexicon;
        this.titleWords = titleWords;
    }

    /**
     * @param text     the annotated article
     * @param entities its resolved entities
     * @param quotes   the quotations' regions, in text order
     * @return one quotation per region, with its speaker where the text says
     */
    public List<Quotation> attribute(AnnotatedText text, ResolvedEntities entities, List<QuoteRegion> quotes) {
        Frame frame = new Frame(text, quotes);
        List<Quotation> result = new ArrayList<>();
        Attribution previous = Attribution.NONE;
        QuoteRegion previousRegion = null;
        for (QuoteRegion q : quotes) {
            Attribution a = attributeOne(frame, entities, q, previous);
            boolean continues = previousRegion != null && previous.speaker().isPresent()
                    && (previousRegion.paragraph() == q.paragraph()
                    || q.startsParagraph() && q.paragraph() - previousRegion.paragraph() <= MAX_PARAGRAPH_GAP);
            if (a.speaker().isEmpty() && continues) {
                a = new Attribution(previous.speaker(), Optional.empty());
            }
            result.add(new Quotation(text.text().substring(q.begin(), q.end()), q.begin(), q.end(), a.speaker(),
                    a.cue()));
            if (a.speaker().isPresent()) {
                previous = a;
            }
            previousRegion = q;
        }
        return result;
    }

    /**
     * @param text     the annotated article
     * @param entities its resolved entities
     * @param quotes   the quotations' regions, in text order
     * @return a view that finds the source of any speech verb in the article, for reported speech
     */
    public Sources sources(AnnotatedText text, ResolvedEntities entities, List<QuoteRegion> quotes) {
        return new Sources(this, new Frame(text, quotes), entities);
    }

    /** @return the lexicon of speech verbs and source nouns */
    public SpeechLexicon lexicon() {
        return lexicon;
    }

    private Attribution attributeOne(Frame frame, ResolvedEntities entities, QuoteRegion q, Attribution previous) {
        Sentence last = frame.sentenceAt(Math.max(q.outerBegin(), q.outerEnd() - 1));
        Sentence first = frame.sentenceAt(q.outerBegin());
        // Candidates in order of how news usually attributes: right after the closing mark, then a verb that
        // introduces the quote, then one later in the sentence. The first that names a speaker wins.
        int[][] candidates = {
            {last.index(), findVerbAfter(frame, last, q.outerEnd(), NEAR_AFTER_TOKENS)},
            {first.index(), accordingTo(first)},
            {first.index(), findVerbBefore(frame, first, q.outerBegin())},
            {last.index(), findVerbAfter(frame, last, q.outerEnd(), Integer.MAX_VALUE)},
        };
        Attribution cueOnly = Attribution.NONE;
        for (int[] c : candidates) {
            if (c[1] < 0) {
                continue;
            }
            Sentence s = frame.sentence(c[0]);
            Attribution a = resolve(frame, entities, s, c[1], q, previous);
            if (a.speaker().isPresent()) {
                return a;
            }
            if (cueOnly.cue().isEmpty()) {
                cueOnly = a;
            }
        }
        return cueOnly;
    }

    /** "According to X, ..." at the start of the sentence attributes everything in it. */
    private static int accordingTo(Sentence s) {
        return s.size() > 2 && s.token(0).lower().equals("according") && s.token(1).lower().equals("to") ? 0 : -1;
    }

    private int findVerbAfter(Frame frame, Sentence s, int offset, int maxTokens) {
        int seen = 0;
        for (Token t : s.tokens()) {
            if (t.begin() < offset || frame.isQuoted(t)) {
                continue;
            }
            if (seen++ >= maxTokens || t.text().equals(";")) {
                break;
            }
            if (lexicon.isSpeechVerb(t) && !isReducedRelative(s, t.index())) {
                return t.index();
            }
        }
        return -1;
    }

    /** "irregularities reported by vote monitors": a participle that describes the noun before it. */
    private static boolean isReducedRelative(Sentence s, int verb) {
        return verb > 0 && verb + 1 < s.size() && s.token(verb).pos().equals("VBN") && s.token(verb - 1).isNoun()
                && s.token(verb + 1).lower().equals("by");
    }

    private int findVerbBefore(Frame frame, Sentence s, int offset) {
        for (int i = s.size() - 1; i >= 0; i--) {
            Token t = s.token(i);
            if (t.end() > offset || frame.isQuoted(t)) {
                continue;
            }
            if (lexicon.isSpeechVerb(t)) {
                return i;
            }
        }
        return -1;
    }

    private Attribution resolve(Frame frame, ResolvedEntities entities, Sentence s, int verb, QuoteRegion q,
                                Attribution previous) {
        Optional<String> cue = Optional.of(s.token(verb).text());
        Phrase subject = Phrase.subjectOf(s, verb, frame, entities);
        if (subject == null) {
            // ", adding, ...": a participle with no subject of its own continues the last speaker.
            boolean participle = s.token(verb).pos().equals("VBG") && verb > 0
                    && s.token(verb - 1).text().equals(",") && s.token(verb).end() <= q.outerBegin();
            return new Attribution(participle ? previous.speaker() : Optional.empty(), cue);
        }
        return new Attribution(speakerFor(frame, subject, entities, q.outerBegin(), previous.speaker()), cue);
    }

    /**
     * @param phrase   the subject phrase of a speech verb
     * @param at       where the attributed passage starts, for finding the person a description or pronoun means
     * @param previous the last speaker, for pronouns that continue it
     * @return the speaker the phrase names: an entity, a person a description or pronoun refers to, or a label
     */
    Optional<Speaker> speakerFor(Frame frame, Phrase phrase, ResolvedEntities entities, int at,
                                 Optional<Speaker> previous) {
        Token head = phrase.head();
        Optional<Entity> trailing = phrase.trailingPerson(entities);
        if (trailing.isPresent()) {
            return Optional.of(Speaker.of(trailing.get()));
        }
        Optional<Entity> named = phrase.headEntity(entities);
        if (named.isPresent()) {
            return Optional.of(Speaker.of(named.get()));
        }
        if (head.pos().startsWith("PRP")) {
            return pronoun(frame, head, entities, previous);
        }
        Optional<Phrase> behind = lexicon.isDocumentNoun(head) ? phrase.nameBehindDocument(entities) : Optional.empty();
        if (behind.isPresent()) {
            // "data from the Gun Violence Archive", "a UN report": the source is who produced the document.
            return speakerFor(frame, behind.get(), entities, at, previous);
        }
        if (lexicon.isGroupNoun(head) || head.pos().equals("NNS") || head.pos().equals("NNPS")) {
            return Optional.of(Speaker.unnamed(phrase.textWithoutDeterminer()));
        }
        if (phrase.isIndefinite() || phrase.isQuantifier()) {
            return Optional.of(Speaker.unnamed(phrase.textWithoutDeterminer())); // "One MP told the BBC"
        }
        if (head.isNoun()) {
            return description(phrase, at, entities)
                    .map(Speaker::of).or(() -> Optional.of(Speaker.unnamed(phrase.textWithoutDeterminer())));
        }
        return Optional.empty();
    }

    /**
     * "he continued": the person mentioned last outside quotations and not as the object of a preposition ("Speaking
     * to Martin Smith, he said"); failing that, the last speaker.
     */
    private Optional<Speaker> pronoun(Frame frame, Token pronoun, ResolvedEntities entities,
                                      Optional<Speaker> previous) {
        String p = pronoun.lower();
        if (MALE_OR_FEMALE.contains(p)) {
            Optional<Speaker> subject = frame.lastPersonSubjectBefore(entities, pronoun.begin()).map(Speaker::of);
            if (subject.isPresent()) {
                return subject;
            }
        }
        if (previous.isPresent()) {
            Speaker last = previous.get();
            boolean lastIsPerson = last.id().map(id -> id.startsWith("person-")).orElse(false);
            if (MALE_OR_FEMALE.contains(p) == lastIsPerson) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    /**
     * "the Ukrainian president": the person whose titles share the most words with the description, ties going to
     * the one mentioned most recently; a bare title ("the president") goes to the last person with that title.
     */
    private Optional<Person> description(Phrase phrase, int before, ResolvedEntities entities) {
        List<String> words = phrase.contentWords();
        boolean titled = words.stream().anyMatch(titleWords::contains);
        if (!titled) {
            return Optional.empty();
        }
        Person best = null;
        int bestScore = 0;
        int bestRecency = -1;
        for (Person p : entities.people()) {
            int recency = lastMentionBefore(p, before);
            if (recency < 0) {
                continue;
            }
            Set<String> titleTokens = new java.util.HashSet<>();
            for (String t : p.titles()) {
                for (String w : t.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                    titleTokens.add(w.replace(".", ""));
                }
            }
            int score = 0;
            for (String w : words) {
                if (titleTokens.contains(w.replace(".", ""))) {
                    score++;
                }
            }
            if (score > bestScore || score == bestScore && score > 0 && recency > bestRecency) {
                best = p;
                bestScore = score;
                bestRecency = recency;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int lastMentionBefore(Entity e, int offset) {
        int best = -1;
        for (Mention m : e.mentions()) {
            if (m.begin() < offset) {
                best = Math.max(best, m.begin());
            }
        }
        return best;
    }

    static boolean isAuxiliary(Token t) {
        return AUXILIARIES.contains(t.lower()) || t.pos().equals("RB") || t.pos().equals("MD");
    }
}
