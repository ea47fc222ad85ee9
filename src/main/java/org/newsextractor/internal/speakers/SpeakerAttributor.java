package org.newsextractor.internal.speakers;

import org.newsextractor.internal.FunctionWords;
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
import org.newsextractor.internal.nlp.Dependencies;
import org.newsextractor.internal.nlp.Parses;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Finds who said each quotation, in the layouts news uses: {@code "...," X said}, {@code "...," said X},
 * {@code X said: "..."}, a partial quote inside a sentence whose subject spoke, a pronoun or a description
 * ("the Ukrainian president added") resolved to a person, and a paragraph that only continues the last speaker.
 */
public final class SpeakerAttributor {
    /** A phrase ending in an age that stands for a person: "the 34-year-old", "the twenty-year-old". */
    private static final java.util.regex.Pattern AGED =
            java.util.regex.Pattern.compile("(?i)\\b(\\d+|[a-z]+(-[a-z]+)?)-years?-old$");
    /** How many tokens after the closing mark the classic {@code ", X said"} attribution may take. */
    private static final int NEAR_AFTER_TOKENS = 8;
    /**
     * A paragraph that is only a quotation, with no attribution, continues the last speaker when at most this many
     * paragraphs back: one narrating paragraph may stand between two paragraphs of the same speech.
     */
    private static final int MAX_PARAGRAPH_GAP = 2;
    private static final Set<String> AUXILIARIES = FunctionWords.of("auxiliary");
    /** How many sentences back "the company" may find the organization it stands for. */
    private static final int RECENT_SENTENCES = 3;
    private static final Set<String> MALE_OR_FEMALE = FunctionWords.of("gendered-pronoun");
    private static final Set<String> INDEFINITE_ARTICLES = FunctionWords.of("indefinite-article");
    /** Abbreviated titles and the words they stand for ({@code models/entities/title-abbreviations.tsv}). */
    private static final java.util.Map<String, String> TITLE_ABBREVIATIONS =
            org.newsextractor.internal.Resources.table("entities/title-abbreviations.tsv").stream()
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r[0], r -> r[1]));
    /** Words that place a title's holder in the past ("former", "outgoing") or the present ("new", "incoming"). */
    private static final Set<String> PAST_HOLDER = FunctionWords.of("past-holder");
    private static final Set<String> NEW_HOLDER = FunctionWords.of("new-holder");
    private static final Set<String> DEPUTY_RANK = FunctionWords.of("deputy-rank");

    private final SpeechLexicon lexicon;
    private final Set<String> titleWords;
    private final Genders genders = Genders.shared();

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
        return attribute(text, entities, quotes, Parses.NONE);
    }

    /**
     * @param text     the annotated article
     * @param entities its resolved entities
     * @param quotes   the quotations' regions, in text order
     * @param parses   dependency trees of the sentences that may attribute a quotation
     * @return one quotation per region, with its speaker where the text says
     */
    public List<Quotation> attribute(AnnotatedText text, ResolvedEntities entities, List<QuoteRegion> quotes,
                                     Parses parses) {
        Frame frame = new Frame(text, quotes, parses);
        List<Attribution> found = new ArrayList<>();
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
            found.add(a);
            if (a.speaker().isPresent()) {
                previous = a;
            }
            previousRegion = q;
        }
        attributeOpenParagraphsForward(quotes, found);
        List<Quotation> result = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteRegion q = quotes.get(i);
            Attribution a = found.get(i);
            result.add(new Quotation(text.text().substring(q.begin(), q.end()), q.begin(), q.end(), a.speaker(),
                    a.cueLemma(), a.cueText()));
        }
        return result;
    }

    /**
     * A quotation that fills its paragraph and is left open goes on in the next paragraph, by the usual convention
     * for long quotations: its speaker is the one named where the quotation finally closes ('"This was a poor
     * reply. [new paragraph] "He should have done better," the leader told reporters.'). Read from the end, so a
     * chain of open paragraphs takes the speaker of its last.
     */
    private static void attributeOpenParagraphsForward(List<QuoteRegion> quotes, List<Attribution> found) {
        for (int i = quotes.size() - 2; i >= 0; i--) {
            QuoteRegion q = quotes.get(i);
            QuoteRegion next = quotes.get(i + 1);
            Attribution nextAttribution = found.get(i + 1);
            boolean open = q.outerEnd() == q.end() && q.startsParagraph();
            boolean goesOn = next.startsParagraph() && next.paragraph() == q.paragraph() + 1;
            boolean nextNamed = nextAttribution.speaker().isPresent()
                    && (nextAttribution.cue().isPresent() || found.get(i).speaker().isEmpty());
            if (open && goesOn && nextNamed) {
                found.set(i, new Attribution(nextAttribution.speaker(), nextAttribution.cue()));
            }
        }
    }

    /**
     * @param text     the annotated article
     * @param entities its resolved entities
     * @param quotes   the quotations' regions, in text order
     * @return a view that finds the source of any speech verb in the article, for reported speech
     */
    public Sources sources(AnnotatedText text, ResolvedEntities entities, List<QuoteRegion> quotes) {
        return sources(text, entities, quotes, Parses.NONE);
    }

    /**
     * @param text     the annotated article
     * @param entities its resolved entities
     * @param quotes   the quotations' regions, in text order
     * @param parses   dependency trees of the sentences that may hold reported speech
     * @return a view that finds the source of any speech verb in the article, for reported speech
     */
    public Sources sources(AnnotatedText text, ResolvedEntities entities, List<QuoteRegion> quotes, Parses parses) {
        return new Sources(this, new Frame(text, quotes, parses), entities);
    }

    /**
     * @param text   the annotated article
     * @param quotes the quotations' regions
     * @return the indices of the sentences worth parsing: those with a quotation, a speech or reporting cue,
     *     "according to" or a document ("statement"), and the sentence right before a quotation
     */
    public java.util.function.IntPredicate sentencesToParse(AnnotatedText text, List<QuoteRegion> quotes,
                                                            java.util.function.Predicate<Token> reportingCue) {
        java.util.BitSet wanted = new java.util.BitSet();
        for (QuoteRegion q : quotes) {
            int first = text.sentenceAt(q.outerBegin());
            int last = text.sentenceAt(Math.max(q.outerBegin(), q.outerEnd() - 1));
            wanted.set(first, last + 1);
            if (first > 0) {
                wanted.set(first - 1);
            }
        }
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (lexicon.isSpeechVerb(t) || reportingCue.test(t) || SpeechSyntax.isAccordingTo(s, t.index())
                        || t.isNoun() && lexicon.isDocumentNoun(t)) {
                    wanted.set(s.index());
                    break;
                }
            }
        }
        return wanted::get;
    }

    /** @return the lexicon of speech verbs and source nouns */
    public SpeechLexicon lexicon() {
        return lexicon;
    }

    private Attribution attributeOne(Frame frame, ResolvedEntities entities, QuoteRegion q, Attribution previous) {
        Sentence last = frame.sentenceAt(Math.max(q.outerBegin(), q.outerEnd() - 1));
        Sentence first = frame.sentenceAt(q.outerBegin());
        Optional<Attribution> event = SpeechEvents.attribute(this, frame, entities, q, first, last, previous);
        if (event.isPresent()) {
            return event.get();
        }
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
        Optional<Token> cue = Optional.of(s.token(verb));
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
     * @param s         a parsed sentence
     * @param d         its tree
     * @param predicate index of a reporting predicate in it
     * @param at        where the attributed passage starts
     * @param previous  the last speaker, for participles and pronouns that continue it
     * @return the speaker the predicate's source names, read from the tree
     */
    Optional<Speaker> speakerOfPredicate(Frame frame, Sentence s, Dependencies d, int predicate,
                                         ResolvedEntities entities, int at, Optional<Speaker> previous) {
        if (lexicon.isDocumentNoun(s.token(predicate)) && s.token(predicate).isNoun()) {
            // "warnings from officials", "the minister's statement": the noun's issuer
            int issuer = SpeechSyntax.issuer(s, d, predicate);
            return issuer < 0 ? Optional.empty()
                    : sourceAt(frame, s, d, issuer, entities, at, previous, 1).map(Source::speaker);
        }
        int head = SpeechSyntax.sourceHead(s, d, predicate);
        if (head < 0) {
            // ", adding ...": a participle with no subject of its own continues the last speaker
            boolean participle = s.token(predicate).pos().equals("VBG") && predicate > 0
                    && s.token(predicate - 1).text().equals(",");
            if (participle) {
                return previous;
            }
            // '"...," said the head of the agency, Maria Lopes': the inverted subject, which the parser takes for
            // the object of a verb right after the quotation
            int object = d.child(predicate, "obj");
            boolean afterQuotation = predicate > 0 && (frame.isQuoted(s.token(predicate - 1))
                    || s.token(predicate - 1).pos().equals("''") || s.token(predicate - 1).text().equals(","));
            if (object > predicate && afterQuotation) {
                Optional<Speaker> inverted = sourceAt(frame, s, d, object, entities, at, previous, 0)
                        .map(Source::speaker);
                if (inverted.isPresent()) {
                    return inverted;
                }
            }
            // The parser found no subject (a misparse, or an inverted layout it does not know): read the words.
            Phrase subject = SpeechSyntax.isAccordingTo(s, predicate) ? null
                    : Phrase.subjectOf(s, predicate, frame, entities);
            return subject == null ? Optional.empty() : speakerFor(frame, subject, entities, at, previous);
        }
        return sourceAt(frame, s, d, head, entities, at, previous, 0).map(Source::speaker);
    }

    /**
     * @param head the head token of a phrase naming a source
     * @return who the phrase names, and where it stands: an apposition's name before its possessor ("Dunn's
     *     mother, Carol Dunn"), a name, a document's issuer, else what {@link #speakerFor} makes of the phrase
     */
    Optional<Source> sourceAt(Frame frame, Sentence s, Dependencies d, int head, ResolvedEntities entities, int at,
                              Optional<Speaker> previous, int depth) {
        if (frame.isQuoted(s.token(head)) || depth > 3) {
            return Optional.empty();
        }
        int[] span = SpeechSyntax.nounPhrase(s, d, head);
        int dash = SpeechSyntax.datelineEnd(s);
        if (dash > head) {
            // "CARACAS, Venezuela – The National Electoral Council said": the parser took the dateline for the
            // subject; the source is the name after the dash
            for (int i = dash + 1; i < s.size() && s.token(i).end() <= at; i++) {
                Optional<Entity> named = entities.at(s.index(), i);
                if (named.isPresent() && (named.get() instanceof Person
                        || named.get() instanceof org.newsextractor.Organization)) {
                    int end = i;
                    while (end < s.size() && entities.at(s.index(), end).equals(named)) {
                        end++;
                    }
                    return Optional.of(new Source(Speaker.of(named.get()), dash + 1, end));
                }
            }
            return Optional.empty();
        }
        for (int a : SpeechSyntax.appositions(s, d, head)) {
            Optional<Entity> named = entities.at(s.index(), a);
            boolean speaks = named.isPresent() && (named.get() instanceof Person
                    || named.get() instanceof org.newsextractor.Organization);
            if (speaks && entities.at(s.index(), head).isEmpty()) {
                int[] own = SpeechSyntax.nounPhrase(s, d, a);
                Token h = s.token(head);
                boolean speakingHead = h.isProperNoun() || lexicon.isPersonNoun(h) || lexicon.isGroupNoun(h);
                if (!speakingHead && own[0] > head + 1 && s.token(own[0] - 1).text().equals(",")) {
                    // "threatened many houses, city spokesman John Nicoletti said": the parser hung the speaker
                    // on the last noun of the reported clause; the source is the apposition alone
                    return Optional.of(new Source(Speaker.of(named.get()), own[0], own[1]));
                }
                return Optional.of(new Source(Speaker.of(named.get()), span[0], Math.max(span[1], a + 1)));
            }
        }
        Optional<Person> described = personBeforeDescription(frame, s, span[0], entities);
        if (described.isPresent() && !(entities.at(s.index(), head).orElse(null) instanceof Person)) {
            return Optional.of(new Source(Speaker.of(described.get()), span[0], span[1]));
        }
        Optional<Person> titled = personAfterCoordinatedTitles(s, d, head, entities);
        if (titled.isPresent()) {
            return Optional.of(new Source(Speaker.of(titled.get()), span[0], span[1]));
        }
        if (entities.at(s.index(), head).isEmpty()) {
            for (int a : SpeechSyntax.appositionsAfterOfPhrase(s, d, head)) {
                Optional<Entity> named = entities.at(s.index(), a);
                if (named.isPresent() && named.get() instanceof Person) {
                    return Optional.of(new Source(Speaker.of(named.get()), span[0], Math.max(span[1], a + 1)));
                }
            }
        }
        Optional<Entity> named = entities.at(s.index(), head);
        if (named.isEmpty() || !(named.get() instanceof Person)) {
            // "said Arizona Department of Public Safety spokesman Bart Graves", "Vince Edwards of the aid group
            // Worldvision told": the parser often heads a long run of names on the wrong one
            Phrase whole = Phrase.span(s, span[0], span[1]);
            Optional<Entity> person = whole.personAtAnEnd(entities);
            if (person.isPresent()) {
                return Optional.of(new Source(Speaker.of(person.get()), span[0], span[1]));
            }
        }
        if (named.isPresent()) {
            return Optional.of(new Source(Speaker.of(named.get()), span[0], span[1]));
        }
        boolean voiceless = !lexicon.canSpeak(s.token(head)) && !lexicon.isDocumentNoun(s.token(head));
        if (lexicon.isOrganizationNoun(s.token(head)) || voiceless) {
            for (int c : d.children(head)) {
                // "the state-run Anadolu news agency": the organization named before its kind; "state-run SANA
                // news": before a word that cannot speak for itself
                if (d.is(c, "compound") && entities.at(s.index(), c).orElse(null)
                        instanceof org.newsextractor.Organization organization) {
                    return Optional.of(new Source(Speaker.of(organization), span[0], span[1]));
                }
            }
        }
        if (lexicon.isDocumentNoun(s.token(head))) {
            int issuer = SpeechSyntax.issuer(s, d, head);
            if (issuer >= 0) {
                Optional<Source> behind = sourceAt(frame, s, d, issuer, entities, at, previous, depth + 1);
                if (behind.isPresent()) {
                    return Optional.of(new Source(behind.get().speaker(), span[0], span[1]));
                }
            }
            Optional<Source> earlier = issuerBefore(frame, s, head, entities, at, previous);
            if (earlier.isPresent()) {
                return Optional.of(new Source(earlier.get().speaker(), span[0], span[1]));
            }
            // no issuer known: "reports suggest" gives the label, "the statement said" nobody
        }
        Phrase phrase = Phrase.span(s, span[0], span[1]);
        return speakerFor(frame, phrase, entities, at, previous).map(sp -> new Source(sp, span[0], span[1]));
    }

    /**
     * '"...," Sen. John Kavanagh, a Republican from Fountain Hills said': the parser may take the description for
     * the subject and leave the name before it hanging; a person's name right before ", a ..." that opens the
     * clause (after the quotation or at the sentence's start) is the one described.
     */
    private static Optional<Person> personBeforeDescription(Frame frame, Sentence s, int from,
                                                            ResolvedEntities entities) {
        if (from < 2 || !s.token(from - 1).text().equals(",") || !s.token(from).pos().equals("DT")
                || !INDEFINITE_ARTICLES.contains(s.token(from).lower())) {
            return Optional.empty();
        }
        int name = from - 2;
        if (!(entities.at(s.index(), name).orElse(null) instanceof Person person)) {
            return Optional.empty();
        }
        int start = name;
        while (start > 0 && (entities.at(s.index(), start - 1).equals(entities.at(s.index(), name))
                || s.token(start - 1).isProperNoun())) {
            start--; // the name and the titles before it
        }
        // the name opens the clause: "After meeting John Smith, a spokesman said" is about someone else
        boolean opens = start == 0 || frame.isQuoted(s.token(start - 1));
        return opens ? Optional.of(person) : Optional.empty();
    }

    /**
     * "former senator and party leader Jo Lee": titles joined by "and" before one name, which the parser reads as
     * the first title coordinated with the name; the name is the source. A title with an article ("the minister
     * and Jo Lee") names someone else.
     */
    private static Optional<Person> personAfterCoordinatedTitles(Sentence s, Dependencies d, int head,
                                                                 ResolvedEntities entities) {
        if (entities.at(s.index(), head).isPresent() || !s.token(head).isNoun() || d.child(head, "det") >= 0) {
            return Optional.empty();
        }
        for (int c : d.children(head)) {
            if (d.is(c, "conj") && c > head && entities.at(s.index(), c).orElse(null) instanceof Person person) {
                return Optional.of(person);
            }
        }
        return Optional.empty();
    }

    /**
     * "The ministry released a statement. The statement said ...": a definite document refers back to the same
     * noun in one of the last few sentences, and its issuer there is the source.
     */
    private Optional<Source> issuerBefore(Frame frame, Sentence s, int document, ResolvedEntities entities, int at,
                                          Optional<Speaker> previous) {
        if (document == 0 || !s.token(document - 1).lower().equals("the")) {
            return Optional.empty();
        }
        String lemma = s.token(document).lemma();
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - RECENT_SENTENCES); k--) {
            Sentence before = frame.sentence(k);
            Optional<Dependencies> tree = frame.tree(k);
            if (tree.isEmpty() || tree.get().size() != before.size()) {
                continue;
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                if (before.token(i).lemma().equals(lemma) && before.token(i).isNoun()) {
                    int issuer = SpeechSyntax.issuer(before, tree.get(), i);
                    if (issuer >= 0) {
                        return sourceAt(frame, before, tree.get(), issuer, entities, at, previous, 2);
                    }
                }
            }
        }
        return Optional.empty();
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
        Optional<Entity> trailing = phrase.personAtAnEnd(entities);
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
        // An unnamed source is labelled only when its head denotes people or an organization ("officials", "a
        // spokesman", "the ministry"), never a time, a thing or a document ("seven days", "the tank").
        boolean canSpeak = lexicon.canSpeak(head);
        if (canSpeak && (lexicon.isGroupNoun(head) || head.pos().equals("NNS") || head.pos().equals("NNPS"))) {
            return Optional.of(Speaker.unnamed(phrase.textWithoutDeterminer()));
        }
        if (phrase.isQuantifier() || canSpeak && phrase.isIndefinite()) {
            return Optional.of(Speaker.unnamed(phrase.textWithoutDeterminer())); // "One MP told the BBC"
        }
        Optional<Speaker> organization = organizationDescription(frame, phrase, at, entities);
        if (organization.isPresent()) {
            return organization;
        }
        if (phrase.isDefinite() && (isNationality(head) || AGED.matcher(phrase.text()).find())) {
            // "the 34-year-old said", "the Swede recalled": news names the person, then describes them
            Optional<Person> last = frame.lastPersonSubjectBefore(entities, at, person -> true);
            if (last.isPresent()) {
                return last.map(Speaker::of);
            }
        }
        if (head.isNoun()) {
            Optional<Speaker> described = description(phrase, at, entities).map(Speaker::of);
            return canSpeak ? described.or(() -> Optional.of(Speaker.unnamed(phrase.textWithoutDeterminer())))
                    : described;
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
            Genders.Gender wanted = p.equals("he") || p.equals("him") ? Genders.Gender.MALE : Genders.Gender.FEMALE;
            int here = frame.sentenceAt(pronoun.begin()).index();
            int earliest = frame.sentence(Math.max(0, here - RECENT_SENTENCES)).begin();
            java.util.function.Predicate<Person> compatible = person -> genders.of(person) != wanted.opposite();
            Optional<Speaker> described = unnamedSubjectBefore(frame, here, entities, pronoun.begin(), compatible);
            if (described.isPresent()) {
                return described;
            }
            // a subject of the last few sentences; else a person of that gender named there in any role ("John
            // Kerr and his wife Mary ... she said"); else the last subject of that gender before
            Optional<Person> subject = frame.lastPersonSubjectBefore(entities, pronoun.begin(),
                    compatible.and(person -> lastMentionBefore(person, pronoun.begin()) >= earliest));
            if (subject.isEmpty()) {
                subject = entities.people().stream()
                        .filter(person -> genders.of(person) == wanted)
                        .filter(person -> lastMentionBefore(person, pronoun.begin()) >= earliest)
                        .max(java.util.Comparator.comparingInt(person -> lastMentionBefore(person, pronoun.begin())));
            }
            if (subject.isEmpty()) {
                subject = frame.lastPersonSubjectBefore(entities, pronoun.begin(), compatible);
            }
            if (subject.isPresent()) {
                return subject.map(Speaker::of);
            }
        }
        if (p.equals("it") || p.equals("they")) {
            Optional<Speaker> subject = subjectEarlierInSentence(frame, pronoun, entities);
            if (subject.isPresent()) {
                return subject;
            }
        }
        boolean previousGroup = previous.isPresent() && previous.get().id().isEmpty()
                && namesMany(previous.get().name());
        if (p.equals("they") && previousGroup) {
            return previous; // "'...,' officials said. 'We ...,' they added": the group goes on speaking
        }
        if (p.equals("it")) {
            Optional<Speaker> issuer = documentIssuerBefore(frame, pronoun, entities, previous);
            if (issuer.isPresent()) {
                return issuer;
            }
            Optional<Speaker> organization = organizationSubjectBefore(frame, pronoun, entities);
            if (organization.isPresent()) {
                return organization;
            }
            Optional<Speaker> lastSpeaker = organizationSpeakingInSentenceBefore(frame, pronoun, entities, previous);
            if (lastSpeaker.isPresent()) {
                return lastSpeaker; // "... but Aer Lingus said X. As a result it said Y."
            }
        }
        if (p.equals("it") || p.equals("they")) {
            Optional<Speaker> near = nonPersonAntecedent(frame, pronoun, entities);
            if (near.isPresent()) {
                return near;
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

    /** @return whether an unnamed source's label ends on a plural noun ("officials", not "one man") */
    private static boolean namesMany(String label) {
        String last = label.substring(label.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return !edu.stanford.nlp.process.Morphology.lemmaStatic(last, "NNS").equals(last);
    }

    /**
     * "The alliance unveiled a plan which it said it would carry out", "Researchers offer an explanation: before
     * birth, they say, ...": "it" or "they" later in the sentence is the sentence's own subject, a group or an
     * organization (a plural noun for "they", a singular one for "it").
     */
    private Optional<Speaker> subjectEarlierInSentence(Frame frame, Token pronoun, ResolvedEntities entities) {
        Sentence s = frame.sentenceAt(pronoun.begin());
        Optional<Dependencies> tree = frame.wholeTree(s);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        int subject = frame.mainSubject(s, tree.get());
        if (subject < 0 || subject >= pronoun.index() || !s.token(subject).isNoun()) {
            return Optional.empty();
        }
        boolean plural = s.token(subject).pos().matches("NNS|NNPS");
        if (plural != pronoun.lower().equals("they")) {
            return Optional.empty();
        }
        return sourceAt(frame, s, tree.get(), subject, entities, pronoun.begin(), Optional.empty(), 1)
                .map(Source::speaker)
                .filter(sp -> sp.id().map(id -> !id.startsWith("person-")).orElse(true));
    }

    /**
     * "One protester, a student who gave her name only as Emma, said ... 'I was standing there,' she said": when
     * the sentence before has an unnamed person for its main subject, "he" or "she" is that person: the name its
     * phrase holds, else its label.
     */
    private Optional<Speaker> unnamedSubjectBefore(Frame frame, int here, ResolvedEntities entities, int at,
                                                   java.util.function.Predicate<Person> compatible) {
        if (here == 0) {
            return Optional.empty();
        }
        Sentence prev = frame.sentence(here - 1);
        Optional<Dependencies> tree = frame.wholeTree(prev);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        Dependencies d = tree.get();
        int subject = frame.mainSubject(prev, d);
        if (subject < 0 || !prev.token(subject).pos().equals("NN") || entities.at(prev.index(), subject).isPresent()
                || !lexicon.isPersonNoun(prev.token(subject))) {
            return Optional.empty();
        }
        for (int i = d.subtreeFrom(subject); i < d.subtreeTo(subject); i++) {
            Optional<Entity> named = entities.at(prev.index(), i);
            if (named.isPresent() && named.get() instanceof Person person && !isPossessorOf(d, i, subject)) {
                return compatible.test(person) ? Optional.of(Speaker.of(person)) : Optional.empty();
            }
        }
        int[] span = SpeechSyntax.nounPhrase(prev, d, subject);
        return speakerFor(frame, Phrase.span(prev, span[0], span[1]), entities, at, Optional.empty())
                .filter(sp -> sp.id().isEmpty());
    }

    /** "DeLay's lawyer, Dick DeGuerin": whether token i lies in the possessor of the noun, not in its apposition */
    private static boolean isPossessorOf(Dependencies d, int i, int noun) {
        for (int k = i; k >= 0 && k != noun; k = d.head(k)) {
            if (d.head(k) == noun && d.is(k, "nmod:poss")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The agency appealed for money. '...,' it added.": "it" is the organization the sentence before was about,
     * named or described ("the agency" for the World Food Agency).
     */
    private Optional<Speaker> organizationSubjectBefore(Frame frame, Token pronoun, ResolvedEntities entities) {
        int here = frame.sentenceAt(pronoun.begin()).index();
        if (here == 0) {
            return Optional.empty();
        }
        return mainSubjectSpeaker(frame, frame.sentence(here - 1), entities, pronoun.begin(), Optional.empty(), 1)
                .filter(sp -> sp.id().map(id -> id.startsWith("org-")).orElse(false));
    }

    /** @return the last speaker when it is an organization named in the sentence before the pronoun's */
    private static Optional<Speaker> organizationSpeakingInSentenceBefore(Frame frame, Token pronoun,
                                                                           ResolvedEntities entities,
                                                                           Optional<Speaker> previous) {
        int here = frame.sentenceAt(pronoun.begin()).index();
        if (here == 0 || previous.isEmpty() || previous.get().id().filter(id -> id.startsWith("org-")).isEmpty()) {
            return Optional.empty();
        }
        int from = frame.sentence(here - 1).begin();
        return entities.organizations().stream()
                .filter(o -> o.id().equals(previous.get().id().get()))
                .filter(o -> lastMentionBefore(o, pronoun.begin()) >= from)
                .findFirst().map(Speaker::of);
    }

    /**
     * @param at where the attributed passage starts, for descriptions and pronouns in the subject
     * @return who the subject of the sentence's main clause names, when the sentence was parsed whole
     */
    Optional<Speaker> mainSubjectSpeaker(Frame frame, Sentence s, ResolvedEntities entities, int at,
                                         Optional<Speaker> previous, int depth) {
        Optional<Dependencies> tree = frame.wholeTree(s);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        int subject = frame.mainSubject(s, tree.get());
        return subject < 0 ? Optional.empty()
                : sourceAt(frame, s, tree.get(), subject, entities, at, previous, depth).map(Source::speaker);
    }

    /**
     * "The club issued a statement. '...,' it read.": "it" is the document of the sentence before, and speaks for
     * whoever issued it.
     */
    private Optional<Speaker> documentIssuerBefore(Frame frame, Token pronoun, ResolvedEntities entities,
                                                   Optional<Speaker> previous) {
        int here = frame.sentenceAt(pronoun.begin()).index();
        if (here == 0) {
            return Optional.empty();
        }
        Sentence before = frame.sentence(here - 1);
        Optional<Dependencies> tree = frame.wholeTree(before);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        // the sentence's subject first ("The statement by X was a response to an appeal by Y. It suggests ..."),
        // then the last document named
        int subject = frame.mainSubject(before, tree.get());
        for (int k = before.size(); k >= 0; k--) {
            int i = k == before.size() ? subject : k;
            if (i < 0 || k < before.size() && i == subject) {
                continue;
            }
            Token t = before.token(i);
            if (t.isNoun() && !frame.isQuoted(t) && lexicon.isDocumentNoun(t)) {
                int issuer = SpeechSyntax.issuer(before, tree.get(), i);
                if (issuer >= 0) {
                    return sourceAt(frame, before, tree.get(), issuer, entities, pronoun.begin(), previous, 1)
                            .map(Source::speaker);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "it said", "they said": an organization that was the subject of one of the last few sentences, or, for "they",
     * a plural subject of the sentence before ("The protesters marched ... 'We want justice,' they chanted"),
     * whichever stands nearer.
     */
    private Optional<Speaker> nonPersonAntecedent(Frame frame, Token pronoun, ResolvedEntities entities) {
        int here = frame.sentenceAt(pronoun.begin()).index();
        int earliest = frame.sentence(Math.max(0, here - RECENT_SENTENCES)).begin();
        Optional<org.newsextractor.Organization> org = frame.lastSubjectBefore(entities, entities.organizations(),
                pronoun.begin(), o -> lastMentionBefore(o, pronoun.begin()) >= earliest);
        int orgAt = org.map(o -> lastMentionBefore(o, pronoun.begin())).orElse(-1);
        if (pronoun.lower().equals("they") && here > 0) {
            Sentence prev = frame.sentence(here - 1);
            Optional<Dependencies> tree = frame.tree(prev.index());
            if (tree.isPresent() && tree.get().size() == prev.size()) {
                Dependencies d = tree.get();
                for (int i = 0; i < prev.size(); i++) {
                    boolean mainSubject = d.is(i, "nsubj") && d.head(d.head(i)) < 0 && d.head(i) >= 0;
                    if (mainSubject && prev.token(i).pos().matches("NNS|NNPS") && !frame.isQuoted(prev.token(i))
                            && prev.token(i).begin() > orgAt) {
                        int[] span = SpeechSyntax.nounPhrase(prev, d, i);
                        Optional<Speaker> plural = speakerFor(frame, Phrase.span(prev, span[0], span[1]), entities,
                                pronoun.begin(), Optional.empty());
                        if (plural.isPresent()) {
                            return plural;
                        }
                    }
                }
            }
        }
        return org.map(Speaker::of);
    }

    /**
     * "the company said", "a ministry spokesperson": the organization last mentioned before whose name holds the
     * description's head noun, else, for a bare organization noun ("the company"), the organization last mentioned
     * as a subject in the few sentences before.
     */
    private Optional<Speaker> organizationDescription(Frame frame, Phrase phrase, int at, ResolvedEntities entities) {
        Token head = phrase.head();
        if (!lexicon.isOrganizationNoun(head) || phrase.from() > 0 && head.index() != phrase.to() - 1) {
            return Optional.empty();
        }
        String word = head.lemma().toLowerCase(Locale.ROOT);
        org.newsextractor.Organization best = null;
        int bestAt = -1;
        for (org.newsextractor.Organization o : entities.organizations()) {
            boolean named = java.util.Arrays.stream(o.name().toLowerCase(Locale.ROOT).split("\\W+"))
                    .anyMatch(w -> w.equals(word) || w.equals(head.lower()));
            int last = lastMentionBefore(o, at);
            if (named && last > bestAt) {
                best = o;
                bestAt = last;
            }
        }
        if (best != null) {
            return Optional.of(Speaker.of(best));
        }
        if (phrase.to() - phrase.from() > 2 || !phrase.isDefinite() || lexicon.isStateInstitutionNoun(head)) {
            return Optional.empty(); // "the government said" after a company or agency was named: not that one
        }
        // a bare "the company" stands for an organization that was the subject of this sentence or the last
        int sentence = frame.sentenceAt(at).index();
        int earliest = frame.sentence(Math.max(0, sentence - 1)).begin();
        return frame.lastSubjectBefore(entities, entities.organizations(), at, o -> lastMentionBefore(o, at) >= earliest)
                .map(Speaker::of);
    }

    /** A nationality standing for one person: "the Swede", "the Brazilian". */
    private static boolean isNationality(Token head) {
        return head.isCapitalized() && head.isNoun() && !head.pos().endsWith("S")
                && (head.isNer("NATIONALITY") || head.isNer("MISC"));
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
        // A headline names people by their title before the story names them: "Hong Kong leader announces ..."
        boolean headline = phrase.sentenceIndex() == 0;
        for (Person p : entities.people()) {
            int recency = lastMentionBefore(p, before);
            if (recency < 0 && !headline) {
                continue;
            }
            Set<String> titleTokens = new java.util.HashSet<>();
            for (String t : p.titles()) {
                for (String w : t.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                    String word = w.replace(".", "");
                    titleTokens.add(word);
                    titleTokens.add(TITLE_ABBREVIATIONS.getOrDefault(word, word)); // "Gov." is "the governor"
                }
            }
            int score = 0;
            for (String w : words) {
                if (titleTokens.contains(w.replace(".", ""))) {
                    score++;
                }
            }
            if (contradicts(words, titleTokens)) {
                continue;
            }
            if (score > bestScore || score == bestScore && score > 0 && recency > bestRecency) {
                best = p;
                bestScore = score;
                bestRecency = recency;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "the bank's new chief executive" is not the "former bank chief": a description and a title that place their
     * holder at different times (former, new, incoming, outgoing) or ranks (deputy) name different people.
     */
    private static boolean contradicts(List<String> description, Set<String> title) {
        boolean pastTitle = title.stream().anyMatch(PAST_HOLDER::contains);
        boolean pastDescription = description.stream().anyMatch(PAST_HOLDER::contains);
        boolean newDescription = description.stream().anyMatch(NEW_HOLDER::contains);
        // "Chelyabinsk's governor" is not "Deputy Governor Oleg Klimov", nor "the deputy minister" the minister
        boolean deputyTitle = title.stream().anyMatch(DEPUTY_RANK::contains);
        boolean deputyDescription = description.stream().anyMatch(DEPUTY_RANK::contains);
        return pastTitle && newDescription || pastDescription && !pastTitle && !title.isEmpty()
                || deputyTitle != deputyDescription && !title.isEmpty();
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
