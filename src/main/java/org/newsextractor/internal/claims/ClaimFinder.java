package org.newsextractor.internal.claims;

import org.newsextractor.internal.FunctionWords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsextractor.Claim;
import org.newsextractor.Quantity;
import org.newsextractor.Speaker;
import org.newsextractor.internal.entities.ResolvedEntities;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Dependencies;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;
import org.newsextractor.internal.speakers.Source;
import org.newsextractor.internal.speakers.Sources;
import org.newsextractor.internal.speakers.SpeechLexicon;

/**
 * Finds reported speech: "X said (that) CLAUSE", "X told reporters CLAUSE", "X denied NP", "CLAUSE, X said",
 * "CLAUSE, said X", "according to X, CLAUSE", "CLAUSE, according to X", "reported by X to VP". Passages wholly in
 * quotation marks are left to the quotations.
 */
public final class ClaimFinder {
    private static final Set<String> NEGATIONS = FunctionWords.of("negation");
    private static final Set<String> FUTURE_MODALS = FunctionWords.of("future-modal");
    /** "determine which ones are planets": an indirect question is no claim. */
    private static final Set<String> QUESTION_WORDS = FunctionWords.of("question-word");
    private static final Set<String> PASSIVE_AUXILIARIES = FunctionWords.of("passive-auxiliary");
    private static final Set<String> RELATIVES = FunctionWords.of("relative-pronoun");
    /** "called on", "called for": the verb asks for something rather than reporting. */
    private static final Set<String> PHRASAL_REQUESTS = FunctionWords.of("request-particle");
    static final String ACCORDING_TO = "according to";
    private static final String PER = "per";
    private static final Set<String> INFINITIVE_REPORT_HEADS =
            Set.copyOf(org.newsextractor.internal.Resources.lines("speech/infinitive-report-heads.txt"));
    /** How far "according to X" may run on before its comma: "a report released by X on Monday via its website," */
    private static final int SOURCE_PHRASE_TAIL = 16;
    /** Subordinators of adverbial clauses, which a reported clause never opens with ("as", "because", "while"). */
    private static final Set<String> ADVERBIAL_MARKS = FunctionWords.of("adverbial-subordinator");

    private final ClaimLexicon claims;
    private final SpeechLexicon speech;

    /**
     * @param claims the reporting verbs and clause boundaries
     * @param speech the speech lexicon (documents, speech verbs)
     */
    public ClaimFinder(ClaimLexicon claims, SpeechLexicon speech) {
        this.claims = claims;
        this.speech = speech;
    }

    /**
     * @param text     the annotated article
     * @param entities its resolved entities
     * @param numbers  its numbers
     * @param sources  who the speech verbs' subjects name, and which tokens are quoted
     * @return the claims in text order
     */
    public List<Claim> find(AnnotatedText text, ResolvedEntities entities, List<Quantity> numbers, Sources sources) {
        ClauseBounds bounds = new ClauseBounds(claims, speech, sources::isQuoted);
        List<Claim> result = new ArrayList<>();
        Optional<Speaker> last = Optional.empty();
        for (Sentence s : text.sentences()) {
            SentenceScan scan = new SentenceScan(s, sources, bounds, last);
            for (Found f : scan.run()) {
                result.add(claim(text, entities, numbers, bounds, s, f));
                last = Optional.of(f.source());
            }
        }
        return result;
    }

    private static Claim claim(AnnotatedText text, ResolvedEntities entities, List<Quantity> numbers,
                               ClauseBounds bounds, Sentence s, Found f) {
        int begin = s.token(f.from()).begin();
        int end = s.token(f.to() - 1).end();
        Set<String> ids = new LinkedHashSet<>();
        entities.spans().stream()
                .filter(e -> e.getKey().begin() >= begin && e.getKey().end() <= end)
                .forEach(e -> ids.add(e.getValue().id()));
        List<Quantity> inside = numbers.stream().filter(q -> q.begin() >= begin && q.end() <= end).toList();
        return new Claim(f.source(), f.cue(), text.text().substring(begin, end), begin, end, List.copyOf(ids), inside,
                bounds.embedsQuote(s, f.from(), f.to()),
                f.cueText().isEmpty() ? Optional.empty() : Optional.of(f.cueText()));
    }

    /** A claim found in a sentence: source, cue lemma, and the content's token span. */
    private record Found(Speaker source, String cue, int from, int to, String cueText) {
        Found(Speaker source, String cue, int from, int to) {
            this(source, cue, from, to, "");
        }
    }

    /** The claims of one sentence, in order; a cue inside an earlier claim's content is part of that content. */
    private final class SentenceScan {
        private final Sentence s;
        private final Sources sources;
        private final ClauseBounds bounds;
        private Optional<Speaker> last;
        private final List<Found> found = new ArrayList<>();

        SentenceScan(Sentence s, Sources sources, ClauseBounds bounds, Optional<Speaker> last) {
            this.s = s;
            this.sources = sources;
            this.bounds = bounds;
            this.last = last;
        }

        List<Found> run() {
            int covered = -1;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (i < covered && !isNestedReport(i) || sources.isQuoted(t)) {
                    continue;
                }
                Optional<Found> f = isAccordingTo(i) ? accordingTo(i, i + 2)
                        : isPerSource(i) ? accordingTo(i, i + 1)
                        : t.isNoun() ? reportingNoun(i) : reportingVerb(i);
                if (i < covered) {
                    // "A said B had stated that C": B's report is a claim of its own, inside A's
                    f = f.filter(x -> x.source().id().isPresent() && !x.source().equals(last.orElse(null)));
                }
                if (f.isPresent()) {
                    String written = isAccordingTo(i) ? t.text() + " " + s.token(i + 1).text() : t.text();
                    if (isPerSource(i)) {
                        f = f.map(x -> new Found(x.source(), PER, x.from(), x.to()));
                    }
                    f = f.map(x -> new Found(x.source(), x.cue(), x.from(), x.to(), written));
                    found.add(f.get());
                    last = Optional.of(f.get().source());
                    covered = Math.max(covered, f.get().to());
                }
            }
            return found;
        }

        /** @return the sentence's parse when it covers every token (a parse of another tokenization is no use) */
        private Optional<Dependencies> wholeTree() {
            return sources.tree(s).filter(d -> d.size() == s.size());
        }

        /**
         * @return whether the verb at {@code i}, inside an earlier claim's content, reports with a named subject of
         *     its own before it and a "that" clause after it ("said Chief Minister X had stated that ...")
         */
        private boolean isNestedReport(int i) {
            Token t = s.token(i);
            Optional<Dependencies> tree = wholeTree();
            if (tree.isEmpty() || !t.isVerb() || claims.complementOf(t).filter(c -> c == Complement.CLAUSE || c == Complement.OBJECT).isEmpty()) {
                return false;
            }
            int subject = tree.get().child(i, "nsubj");
            int clause = tree.get().child(i, "ccomp");
            return subject >= 0 && subject < i && clause > i && tree.get().child(clause, "nsubj") >= 0;
        }

        /**
         * "the ministry's claim that troops had left", "a warning from the agency that ...": a speech or document
         * noun with a clause of its own introduced by "that", and a named issuer; "expressed concern that ...": a
         * stance noun that its source states in public.
         */
        private Optional<Found> reportingNoun(int n) {
            // The cheap tests first: the sentence is parsed only for a document noun with a "that" after it.
            boolean document = speech.isDocumentNoun(s.token(n));
            if (!document && !claims.isStanceNoun(s.token(n)) || !hasThatAfter(n)) {
                return Optional.empty();
            }
            Optional<Dependencies> tree = wholeTree();
            if (tree.isEmpty()) {
                return Optional.empty();
            }
            Dependencies d = tree.get();
            if (!document && !isExpressedStance(d, n)) {
                return Optional.empty();
            }
            int clause = -1;
            for (int c : d.children(n)) {
                if (c > n && (d.is(c, "acl") || d.is(c, "ccomp")) && hasChildWord(c, d, "mark", "that")
                        && d.child(c, "nsubj") >= 0) {
                    clause = c;
                    break;
                }
            }
            if (clause < 0) {
                return Optional.empty();
            }
            Optional<Source> issuer = sources.issuerOf(s, d, n, last);
            if (issuer.isEmpty()) {
                return Optional.empty();
            }
            int from = d.subtreeFrom(clause);
            while (from < clause && isLeadIn(s.token(from))) {
                from++;
            }
            int to = Math.min(d.subtreeTo(clause), bounds.contentEnd(s, from));
            String noun = s.token(n).lemma().toLowerCase(java.util.Locale.ROOT);
            String cue = document ? noun : s.token(d.head(n)).lemma().toLowerCase(java.util.Locale.ROOT) + " " + noun;
            return content(issuer.get().speaker(), cue, from, to, false);
        }

        /** "expressed concern", "gave assurances": the stance noun is the object of a verb that states it. */
        private boolean isExpressedStance(Dependencies d, int noun) {
            int governor = d.head(noun);
            return governor >= 0 && d.is(noun, "obj") && claims.isExpressingVerb(s.token(governor));
        }

        private boolean hasThatAfter(int n) {
            for (int i = n + 1; i < s.size(); i++) {
                if (s.token(i).lower().equals("that")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isAccordingTo(int i) {
            return s.token(i).lower().equals("according") && i + 1 < s.size()
                    && s.token(i + 1).lower().equals("to");
        }

        /** "according to X, CLAUSE", "CLAUSE, according to X", "X, according to Y, VP". */
        /** "according to the company's annual report": a document's issuer is the source, over the same words. */
        private Optional<Source> issuerOfDocumentIn(Source phrase) {
            Optional<Dependencies> tree = wholeTree();
            if (tree.isEmpty()) {
                return Optional.empty();
            }
            for (int k = phrase.to() - 1; k >= phrase.from(); k--) {
                if (s.token(k).isNoun() && speech.isDocumentNoun(s.token(k))) {
                    return sources.issuerOf(s, tree.get(), k, last)
                            .map(issuer -> new Source(issuer.speaker(), phrase.from(), phrase.to()));
                }
            }
            return Optional.empty();
        }

        /** "Per a statement by German police, gunfire was reported ...": "per" as "according to", opening a clause. */
        private boolean isPerSource(int i) {
            if (!s.token(i).lower().equals("per") || i > 0 && !s.token(i - 1).text().equals(",") || i + 1 >= s.size()
                    || !s.token(i + 1).pos().matches("DT|PRP\\$|NNPS?")) {
                return false;
            }
            for (int k = i + 2; k < Math.min(s.size(), i + SOURCE_PHRASE_TAIL); k++) {
                if (s.token(k).text().equals(",")) {
                    return true;
                }
            }
            return false;
        }

        /** @param phrase where the source phrase starts, after "according to" or "per" */
        private Optional<Found> accordingTo(int i, int phrase) {
            Optional<Source> src = sources.phraseAt(s, phrase, last);
            if (src.isEmpty()) {
                return Optional.empty();
            }
            Source source = issuerOfDocumentIn(src.get()).orElse(src.get());
            int after = source.to();
            // "According to the El Paso mayor, Dee Margo, ...": the apposition names the source.
            if (after + 1 < s.size() && s.token(after).text().equals(",")) {
                Optional<Source> apposition = sources.phraseAt(s, after + 1, last);
                if (apposition.isPresent() && apposition.get().speaker().id().isPresent()
                        && apposition.get().to() < s.size() && s.token(apposition.get().to()).text().equals(",")) {
                    source = apposition.get();
                    after = source.to();
                }
            }
            // "A happened and, according to X, B happened": the phrase opens the clause after the coordinator
            boolean opensCoordinated = i > 1 && s.token(i - 2).pos().equals("CC");
            if (i > 0 && s.token(i - 1).text().equals(",") && !opensCoordinated) {
                if (!found.isEmpty() && found.get(found.size() - 1).to() >= i - 1) {
                    // "X said CLAUSE, according to officials": the report is X's claim, already found
                    return Optional.empty();
                }
                Optional<Found> before = before(source.speaker(), ACCORDING_TO, i - 1);
                if (before.isPresent()) {
                    return before;
                }
            }
            if (i > 1 && !s.token(i - 1).text().equals(",") && !opensCoordinated && endsSentence(after)
                    && bounds.hasFiniteVerb(s, 0, i) && found.stream().noneMatch(f -> f.to() >= i - 1)) {
                // "North Korea is planning a test according to a report in Yonhap, a news agency.": no comma
                int start = bounds.clauseStartBefore(s, i);
                return content(source.speaker(), ACCORDING_TO, start, i, false);
            }
            after = pastRelativeClause(after);
            int start = skipToComma(after);
            if (start == after && start < s.size() && s.token(start).pos().equals("IN")) {
                return Optional.empty(); // '"...," according to a statement from the agency.': the words were quoted
            }
            int end = bounds.contentEnd(s, start);
            return content(source.speaker(), ACCORDING_TO, start, end, false);
        }

        /** @return whether nothing but an apposition of nouns and the final punctuation follows {@code at} */
        private boolean endsSentence(int at) {
            for (int k = at; k < s.size(); k++) {
                Token t = s.token(k);
                if (!ClauseBounds.isPunctuation(t) && !ClauseBounds.isNominal(t)
                        && !t.pos().matches("DT|IN|JJ|CC|CD|POS|PRP\\$") || sources.isQuoted(t)) {
                    return false;
                }
            }
            return true;
        }

        /** "According to X, who is the UN spokesperson for Y, an IED struck": the clause after the relative one. */
        private int pastRelativeClause(int after) {
            if (after + 1 >= s.size() || !s.token(after).text().equals(",") || !claims.isRelative(s.token(after + 1))) {
                return after;
            }
            for (int j = after + 2; j < Math.min(s.size(), after + SOURCE_PHRASE_TAIL); j++) {
                if (s.token(j).text().equals(",")) {
                    return j;
                }
            }
            return after;
        }

        /** After the source: past its comma, or past "and NBC," when the phrase stopped at a coordination. */
        private int skipToComma(int after) {
            for (int j = after; j < Math.min(s.size(), after + SOURCE_PHRASE_TAIL); j++) {
                Token t = s.token(j);
                if (t.text().equals(",")) {
                    return j + 1;
                }
                // the source's phrase goes on: "a statement from the commission,", "X and Y,", "released by X,"
                boolean phrase = ClauseBounds.isNominal(t) || t.pos().matches("CC|IN|DT|PRP\\$|POS|VBN|JJ|CD");
                if (!phrase) {
                    break;
                }
            }
            return after;
        }

        private Optional<Found> reportingVerb(int v) {
            Token verb = s.token(v);
            Optional<Complement> complement = claims.complementOf(verb);
            boolean declined = v > 0 && s.token(v - 1).lower().equals("to")
                    && !wholeTree().map(d -> isInfinitiveReport(v, d)).orElse(false);
            if (complement.isEmpty() || isNegated(v) || isFuture(v) || declined
                    || v > 0 && s.token(v - 1).pos().matches("DT|PRP\\$|POS")) {
                // "declined to say", "the confirmed death toll": not a report
                return Optional.empty();
            }
            String cue = verb.lemma().toLowerCase(java.util.Locale.ROOT);
            Optional<Dependencies> tree = wholeTree();
            if (tree.isPresent()) {
                Optional<Optional<Found>> read = byTree(v, tree.get(), cue, complement.get());
                if (read.isPresent()) {
                    return read.get();
                }
            }
            boolean clause = complement.get() != Complement.ANY;
            boolean finiteClause = complement.get() == Complement.CLAUSE || complement.get() == Complement.OBJECT;
            if ((verb.pos().equals("VBN") || verb.pos().equals("VBD")) && isPassive(v)) {
                return passive(v, cue, clause);
            }
            boolean afterComma = v > 0 && s.token(v - 1).text().equals(",");
            if (afterComma && !verb.pos().equals("VBG")) {
                Optional<Source> inverted = invertedSource(v);
                if (inverted.isPresent()) {
                    return before(inverted.get().speaker(), cue, v - 1);
                }
            }
            boolean participle = verb.pos().equals("VBG") && afterComma;
            // the tree's subject where it has one: the words before the verb may run into the noun a relative
            // clause hangs on ("the buildings officials said were destroyed")
            Optional<Source> subject = participle ? Optional.empty()
                    : treeSubject(v).or(() -> sources.subjectOf(s, v, last));
            if (subject.isEmpty() && v > 1 && s.token(v - 1).lower().equals("they")) {
                // "CLAUSE, they said" with no earlier source: "they" is the clause's plural subject.
                Optional<Found> before = before(Speaker.unnamed("they"), cue, v - 2);
                Optional<Speaker> plural = before.flatMap(this::pluralSubject);
                if (plural.isPresent()) {
                    return before.map(f -> new Found(plural.get(), f.cue(), f.from(), f.to()));
                }
            }
            if (subject.isEmpty()) {
                // ", adding that", "and said", "upon announcing": the sentence's source continues.
                Optional<Speaker> continued = continuedSource(v);
                if (continued.isEmpty()) {
                    return Optional.empty();
                }
                int start = bounds.contentStart(s, v + 1, complement.get() == Complement.OBJECT);
                int end = bounds.contentEnd(s, start);
                return startsWithAdjunctOnly(start, end) ? Optional.empty()
                        : finiteClause ? clauseContent(continued.get(), cue, v, start, end)
                        : content(continued.get(), cue, start, end, clause);
            }
            Source source = subject.get();
            if (source.from() < v && afterQuotation(source.from())) {
                return Optional.empty(); // '"We are still counting," the mayor said in a video posted online'
            }
            if (isParenthetical(source.from(), v)) {
                // "The Prime Minister, she said, declared ...": the report is what follows the aside
                int start = v + 2;
                return content(source.speaker(), cue, start, bounds.contentEnd(s, start), false);
            }
            if (source.from() > v) {
                // ", said X" or ", reported officials": the content is the clause before.
                return v > 0 ? before(source.speaker(), cue, v - 1) : Optional.empty();
            }
            int start = bounds.contentStart(s, v + 1, complement.get() == Complement.OBJECT);
            int end = bounds.contentEnd(s, start);
            Optional<Found> forward = startsWithAdjunctOnly(start, end)
                    && !s.token(start - 1).lower().equals("that") ? Optional.empty()
                    : finiteClause ? clauseContent(source.speaker(), cue, v, start, end)
                    : content(source.speaker(), cue, start, end, clause);
            boolean nothingAfter = start >= s.size() || s.token(start).text().equals(".") || isClauseBreak(start)
                    || forward.isEmpty() && s.token(start).text().equals(",") // "CLAUSE, X said, with ..."
                    || forward.isEmpty() && !bounds.hasVerb(s, start, s.size())
                    && !bounds.hasQuoted(s, start, s.size()); // "..., X announced in Berlin.", not 'noted "..."'
            if (forward.isPresent() || !nothingAfter) {
                return forward;
            }
            // "CLAUSE, officials said." with nothing after the verb but adjuncts.
            if (source.from() == 0) {
                return Optional.empty();
            }
            Optional<Found> before = before(source.speaker(), cue, commaBeforeSubject(source.from()));
            return before.map(f -> isThey(source) ? new Found(pluralSubject(f).orElse(f.source()), f.cue(),
                    f.from(), f.to()) : f);
        }

        /**
         * @param from where the subject's name starts
         * @return the comma that ends the reported clause before the subject: right before it, or before the titles
         *     and the description it stands in apposition to ("CLAUSE, a military spokesman, Col. Jo Lee, told")
         */
        private int commaBeforeSubject(int from) {
            int k = from - 1;
            while (k > 0 && from - k <= 3 && !s.token(k).text().equals(",") && s.token(k).pos().startsWith("NNP")) {
                k--; // titles before the name: "Lt. Col."
            }
            if (k <= 0 || !s.token(k).text().equals(",")) {
                return from - 1;
            }
            int j = k - 1;
            while (j > 0 && k - j <= 6 && ClauseBounds.isNominal(s.token(j)) && !s.token(j).text().equals(",")) {
                j--;
            }
            // "a military spokesman": a description whose head can speak
            boolean description = j > 0 && j < k - 1 && s.token(j).text().equals(",") && speech.canSpeak(s.token(k - 1));
            return description ? j : k;
        }

        /** @return the verb's subject as the tree gives it, when the sentence was parsed */
        private Optional<Source> treeSubject(int v) {
            Optional<Dependencies> tree = wholeTree();
            if (tree.isEmpty() || tree.get().child(v, "nsubj") < 0) {
                return Optional.empty();
            }
            return sources.sourceOf(s, tree.get(), v, last);
        }

        /**
         * Reads a report off the tree: the source as {@link Sources#sourceOf} finds it, the content as the subtree
         * of the verb's clausal complement (ccomp), of its object for verbs that report a noun phrase ("denied any
         * attempts"), or of the object and its predicate for evaluations ("called the move a disgrace").
         *
         * @return the claim or its definite absence; empty when the tree does not decide (no complement found)
         */
        private Optional<Optional<Found>> byTree(int v, Dependencies d, String cue, Complement complement) {
            boolean infinitive = hasChildWord(v, d, "aux", "to") || hasChildWord(v, d, "mark", "to");
            if (isNegatedInTree(v, d) || hasChildWord(v, d, "aux", FUTURE_MODALS)
                    || infinitive && !isInfinitiveReport(v, d)
                    || d.is(v, "amod") && !s.token(v).pos().equals("VBD")) {
                return Optional.of(Optional.empty()); // "did not say", "will announce", "declined to say"
            }
            if (d.is(v, "amod")) {
                return Optional.empty(); // "but Aer Lingus said media coverage ...", misread as "the said coverage"
            }
            if (complement == Complement.EVALUATION && v + 1 < s.size()
                    && PHRASAL_REQUESTS.contains(s.token(v + 1).lower())) {
                return Optional.of(Optional.empty()); // "called on X to", "called for X": a request
            }
            int[] content = contentSpan(v, d, complement);
            if (content == null) {
                Optional<Optional<Found>> before = clauseBeforeSource(v, d, cue);
                int object = d.child(v, "obj");
                if (before.isEmpty() && object > v && onlyPointsBack(object, d)) {
                    return Optional.of(Optional.empty()); // "stated this at the meeting": the object points back
                }
                return before;
            }
            if (content[0] > v) {
                // the boundaries of reported speech still hold inside the subtree: ", which was ...", "; but"
                content[1] = Math.min(content[1], bounds.contentEnd(s, content[0]));
                if (sources.hasRelativeSubject(s, d, v)) {
                    content[1] = Math.min(content[1], relativeClauseEnd(content[0]));
                }
            }
            boolean inverted = v > 0 && s.token(v - 1).text().equals(",") && !s.token(v).pos().equals("VBG")
                    && !subjectWithAppositionBefore(v, d);
            Optional<Source> invertedSource = inverted ? invertedSource(v) : Optional.empty();
            if (invertedSource.isPresent()) {
                // ", reported officials, with ...": the noun phrase right after the verb closes the clause; parsers
                // often take a noun inside the reported clause for the subject here
                return Optional.of(before(invertedSource.get().speaker(), cue, v - 1));
            }
            Optional<Source> source = sources.sourceOf(s, d, v, last);
            int conjunctHead = d.is(v, "conj") ? d.head(v) : -1;
            if (conjunctHead >= 0 && !found.isEmpty() && found.get(found.size() - 1).to() <= v
                    && found.get(found.size() - 1).to() > conjunctHead && !claims.isReportingVerb(s.token(conjunctHead))) {
                // "said A, and warned B", parsed as if "warned" shared A's subject: the report goes on
                source = Optional.empty();
                Found previous = found.get(found.size() - 1);
                return Optional.of(contentAfter(v, d, cue, complement, previous.source()));
            }
            boolean passive = d.child(v, "nsubj:pass") >= 0 || d.child(v, "aux:pass") >= 0;
            if (source.isEmpty() && passive) {
                return Optional.of(Optional.empty()); // "it was reported that": no source
            }
            boolean participle = s.token(v).pos().equals("VBG") && v > 0 && s.token(v - 1).text().equals(",");
            if (source.isEmpty() && !participle && !sources.hasSourceHead(s, d, v)) {
                // the parser found no subject (a misparse): read the words before the verb
                source = sources.subjectOf(s, v, last).filter(src -> src.to() <= v || src.from() > v);
            }
            if (source.isPresent() && s.token(source.get().from()).lower().equals("whose")) {
                // "the fire, whose cause officials said they were investigating": what is reported is the relative
                // word's noun, outside the clause
                return Optional.of(Optional.empty());
            }
            Optional<Speaker> speaker = source.map(Source::speaker);
            if (speaker.isEmpty() && !sources.hasSourceHead(s, d, v)) {
                speaker = continuedSource(v); // ", adding that", "and said": the sentence's source goes on
            }
            if (speaker.isEmpty() && sources.hasSourceHead(s, d, v)) {
                // "the study found that ...": a report all the same, its source named by the phrase as written
                source = sources.unresolvedSourceOf(s, d, v);
                speaker = source.map(Source::speaker);
            }
            if (speaker.isEmpty()) {
                return Optional.of(Optional.empty());
            }
            return Optional.of(finish(v, d, cue, complement, content, source, speaker.get()));
        }

        /**
         * "CLAUSE, two people familiar with the matter told Reuters.": a verb with no content of its own after it,
         * whose subject follows a comma, reports the clause before that comma.
         *
         * @return the claim, or empty when the tree does not decide
         */
        private Optional<Optional<Found>> clauseBeforeSource(int v, Dependencies d, String cue) {
            Optional<Source> source = sources.sourceOf(s, d, v, last);
            if (source.isEmpty() || source.get().from() < 2 || source.get().to() > v
                    || !s.token(source.get().from() - 1).text().equals(",")
                    || hasVerbUnder(v, d) || bounds.hasQuoted(s, v + 1, Math.min(s.size(), v + 3))) {
                return Optional.empty();
            }
            Optional<Found> before = before(source.get().speaker(), cue, source.get().from() - 1);
            return before.isPresent() ? Optional.of(before) : Optional.empty();
        }

        /**
         * @return whether a verb after {@code v} hangs under it in the tree: "officials said, as rescue teams
         *     scoured ..." leaves the adverbial clause to the sentence's main verb, and the report is the clause before
         */
        private boolean hasVerbUnder(int v, Dependencies d) {
            List<Integer> adverbial = new ArrayList<>();
            for (int c : d.children(v)) {
                int mark = d.child(c, "mark");
                if (c > v && (d.is(c, "advcl") || mark >= 0 && ADVERBIAL_MARKS.contains(s.token(mark).lower()))) {
                    adverbial.add(c); // "said, as rescue teams scoured ...", whichever verb the parser hung it on
                }
                if (c > v && d.is(c, "conj") && d.child(c, "cc") >= 0) {
                    adverbial.add(c); // "CLAUSE, Landsberg said, but was considered ...": another predicate
                }
            }
            for (int k = v + 1; k < s.size(); k++) {
                int at = k;
                boolean inAdverbial = adverbial.stream().anyMatch(c -> d.dominates(c, at));
                if (d.dominates(v, k) && !inAdverbial && bounds.hasVerb(s, k, k + 1)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "The ministry, which said the tests were safe, refused ...": a report inside a relative clause ends where
         * the sentence's own predicate comes back after a comma.
         */
        private int relativeClauseEnd(int from) {
            for (int k = from; k + 1 < s.size(); k++) {
                String next = s.token(k + 1).pos();
                if (s.token(k).text().equals(",") && (next.equals("VBD") || next.equals("VBZ") || next.equals("VBP")
                        || next.equals("MD"))) {
                    return k;
                }
            }
            return s.size();
        }

        private Optional<Found> contentAfter(int v, Dependencies d, String cue, Complement complement,
                                             Speaker speaker) {
            int[] content = contentSpan(v, d, complement);
            if (content == null) {
                return Optional.empty();
            }
            if (content[0] > v) {
                content[1] = Math.min(content[1], bounds.contentEnd(s, content[0]));
            }
            return finish(v, d, cue, complement, content, Optional.empty(), speaker);
        }

        private Optional<Found> finish(int v, Dependencies d, String cue, Complement complement, int[] content,
                                       Optional<Source> source, Speaker found) {
            Optional<Speaker> speaker = Optional.of(found);
            int from = content[0];
            int to = content[1];
            if (isThey(source) && from < v) {
                // "State prosecutors charged ..., they said": "they" is the plural subject of the clause
                Optional<Speaker> plural = pluralSubject(new Found(speaker.get(), cue, from, to));
                if (plural.isPresent()) {
                    speaker = plural;
                }
            }
            if (source.isPresent() && from < source.get().from() && to > source.get().from()) {
                to = source.get().from(); // "CLAUSE, the ministry said": the clause stops before its source
            }
            if (from < v && to > v) {
                to = v;
            }
            while (from < to && isLeadIn(s.token(from))) {
                from++;
            }
            to = throughQuotedPredicate(from, to);
            while (to > from && ClauseBounds.isPunctuation(s.token(to - 1)) && !sources.isQuoted(s.token(to - 1))) {
                to--;
            }
            // A clausal complement is a clause by the tree even when its verb is quoted ('said the plan "is
            // likely to pass"'); only a noun phrase must show a verb of its own to report a clause.
            boolean clause = (complement == Complement.CLAUSE || complement == Complement.OBJECT)
                    && d.child(v, "ccomp") < 0;
            return clause && from > v ? clauseContent(speaker.get(), cue, v, from, to)
                    : content(speaker.get(), cue, from, to, false);
        }

        /**
         * 'announced that the tunnel the miners will ascend "will be ready in the next 24 hours."': a clause whose
         * subject is the writer's and whose predicate is quoted runs on through the quotation; the quotation alone
         * would be no claim, the subject alone no report.
         */
        private int throughQuotedPredicate(int from, int to) {
            boolean opens = to > from && to + 1 < s.size() && s.token(to).pos().equals("``")
                    && sources.isQuoted(s.token(to + 1)) && s.token(to + 1).pos().matches("VBD|VBZ|VBP|MD");
            if (!opens) {
                return to;
            }
            int k = to + 1;
            while (k < s.size() && (sources.isQuoted(s.token(k)) || s.token(k).pos().equals("''"))) {
                k++;
            }
            return k;
        }

        /** @return [from, to) of the reported content, or null when the verb has none in the tree */
        /**
         * "went on to say that", "is reported to have said that": an infinitive report that was made, under a verb of
         * continuation ({@code models/speech/infinitive-report-heads.txt}) or a passive report, at the sentence's top
         */
        private boolean isInfinitiveReport(int v, Dependencies d) {
            int governor = d.head(v);
            if (governor < 0 || d.head(governor) >= 0 || !s.token(governor).isVerb() || isNegatedInTree(governor, d)
                    || !sources.isInfinitive(s, d, v)) {
                return false;
            }
            String lemma = s.token(governor).lemma().toLowerCase(java.util.Locale.ROOT);
            boolean passiveReport = speech.isSpeechVerb(s.token(governor)) && d.child(governor, "aux:pass") >= 0;
            return INFINITIVE_REPORT_HEADS.contains(lemma) || passiveReport;
        }

        /** @return a verb after v that the parser left unlabelled ("dep") with a subject of its own, or -1 */
        private int unlabelledClause(int v, Dependencies d) {
            for (int k : d.children(v)) {
                if (k > v && d.is(k, "dep") && s.token(k).isVerb() && d.child(k, "nsubj") >= 0) {
                    return k;
                }
            }
            return -1;
        }

        private int[] contentSpan(int v, Dependencies d, Complement complement) {
            int c = d.child(v, "ccomp");
            if (c < 0 && complement == Complement.OBJECT && d.child(v, "obj") >= 0) {
                c = unlabelledClause(v, d); // "told him it's not going to happen", the clause left as "dep"
            }
            boolean noSubject = c >= 0 && s.token(c).pos().matches("VBD|VBN|VBG") && d.child(c, "nsubj") < 0
                    && d.child(c, "nsubj:pass") < 0 && d.child(c, "expl") < 0 && d.child(c, "csubj") < 0
                    && d.child(c, "mark") < 0;
            if (noSubject) {
                return null; // "said in a video posted online": a participle the parser hung on the verb
            }
            int mark = c >= 0 ? d.child(c, "mark") : -1;
            if (mark >= 0 && ADVERBIAL_MARKS.contains(s.token(mark).lower())) {
                return null; // "officials said, as rescue teams scoured ...": an adverbial clause, not the report
            }
            if (c >= 0) {
                int object = d.child(v, "obj");
                if (d.is(c, "dep") && d.child(v, "iobj") >= 0 && object > v && object < d.subtreeFrom(c)) {
                    // "told reporters the amount was ...": the parser took the clause's subject for the object
                    return new int[] {d.subtreeFrom(object), d.subtreeTo(c)};
                }
                int to = d.subtreeTo(c);
                if (to < s.size() && s.token(to).pos().matches("MD|VBD|VBZ|VBP") && !sources.isQuoted(s.token(to))) {
                    // "adding that he believes the Union will play ...": the parser cut the clause before its verb
                    to = Math.max(to, bounds.contentEnd(s, d.subtreeFrom(c)));
                }
                return new int[] {d.subtreeFrom(c), to};
            }
            if (complement == Complement.EVALUATION) {
                int object = d.child(v, "obj");
                int judgement = -1;
                for (int k : d.children(v)) {
                    boolean marked = hasChildWord(k, d, "case", FunctionWords.of("judgement-preposition"))
                            || hasChildWord(k, d, "mark", "as");
                    boolean infinitive = hasChildWord(k, d, "mark", "to");
                    // "called the move a disgrace", not "called the police after hearing shots"
                    boolean verbal = s.token(k).pos().startsWith("VB");
                    if (k > v && (d.is(k, "xcomp") && !infinitive && !verbal
                            || (d.is(k, "advcl") || d.is(k, "obl")) && marked)) {
                        judgement = k;
                        break;
                    }
                }
                if (judgement < 0 && object > v) {
                    // "accused the opposition of lying": the parser often hangs the judgement on the object
                    for (int k : d.children(object)) {
                        if (k > object && d.is(k, "nmod")
                                && hasChildWord(k, d, "case", FunctionWords.of("judgement-preposition"))) {
                            judgement = k;
                            break;
                        }
                    }
                }
                boolean judgedInside = judgement >= 0 && d.is(judgement, "xcomp") && d.child(judgement, "nsubj") >= 0;
                if (object >= 0 && object < v) {
                    return new int[] {v, v}; // "what he described as ...": the judged thing is a relative pronoun
                }
                if (judgement < 0 || object < 0 && !judgedInside) {
                    return null; // "described as a discussion": nothing judged
                }
                int judged = judgedInside ? d.child(judgement, "nsubj") : -1;
                int predicateFrom = judged >= 0 ? d.subtreeTo(judged) : d.subtreeFrom(judgement);
                if (isWhollyQuoted(predicateFrom, d.subtreeTo(judgement))) {
                    return new int[] {v, v}; // 'called it "a non-starter"': the judgement is a quotation only
                }
                int from = object >= 0 ? d.subtreeFrom(object) : d.subtreeFrom(judgement);
                return new int[] {Math.max(v + 1, from), d.subtreeTo(judgement)};
            }
            if (complement == Complement.ANY) {
                int object = d.child(v, "obj");
                int passiveSubject = d.child(v, "nsubj:pass");
                if (object < 0 && passiveSubject >= 0 && passiveSubject < v && sources.hasAgent(s, d, v)
                        && d.child(v, "xcomp") < 0) {
                    // "Her death has been confirmed by the editor": what is confirmed is the passive subject, unless
                    // an infinitive says it ("were reported by local media to have visited")
                    return new int[] {d.subtreeFrom(passiveSubject), d.subtreeTo(passiveSubject)};
                }
                if (object >= 0 && object > v) {
                    // "confirmed the player had signed": parsers often take a clause's subject for the object,
                    // so the content runs on to where reported speech ends, not only to the object's end
                    if (onlyPointsBack(object, d)) {
                        return null;
                    }
                    int to = Math.max(d.subtreeTo(object), bounds.contentEnd(s, d.subtreeFrom(object)));
                    for (int k : d.children(v)) {
                        if (k > object && (d.is(k, "obl") || d.is(k, "advcl"))
                                && hasChildWord(k, d, "case", "as")) {
                            to = Math.max(to, d.subtreeTo(k)); // "identified the suspect as ..."
                        }
                    }
                    return new int[] {d.subtreeFrom(object), to};
                }
            }
            return null;
        }

        /**
         * "stated this at the meeting", "confirmed it on Monday": a lone pronoun object with no verb after it (not
         * "said it would" or "said this too was", which the parser can misread) reports nothing of its own.
         */
        private boolean onlyPointsBack(int object, Dependencies d) {
            int next = object + 1;
            while (next < s.size() && s.token(next).pos().startsWith("RB")) {
                next++; // "said this too was unrelated"
            }
            boolean verbAfter = next < s.size() && (s.token(next).isVerb() || s.token(next).pos().equals("MD"));
            return d.subtreeTo(object) - d.subtreeFrom(object) == 1 && s.token(object).pos().matches("PRP|DT")
                    && !verbAfter;
        }

        /** "that", a comma or a colon before the reported clause is not part of it. */
        private boolean isLeadIn(Token t) {
            return t.lower().equals("that") && t.pos().matches("IN|WDT|DT") || t.text().equals(",")
                    || t.text().equals(":") || t.text().equals("--");
        }

        private boolean isNegatedInTree(int v, Dependencies d) {
            for (int c : d.children(v)) {
                if ((d.is(c, "advmod") || d.is(c, "neg")) && NEGATIONS.contains(s.token(c).lower())) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasChildWord(int v, Dependencies d, String relation, String word) {
            return hasChildWord(v, d, relation, Set.of(word));
        }

        private boolean hasChildWord(int v, Dependencies d, String relation, Set<String> words) {
            for (int c : d.children(v)) {
                if (d.is(c, relation) && words.contains(s.token(c).lower())) {
                    return true;
                }
            }
            return false;
        }

        /** "wrote on Twitter", "agreed to add": a preposition, and no clause after it. */
        private boolean startsWithAdjunctOnly(int start, int end) {
            return bounds.startsWithPreposition(s, start) && !bounds.opensWithAdjunctThenClause(s, start, end);
        }

        /** @return whether a quotation ends right before this token, a comma aside: the quotation is the report */
        private boolean afterQuotation(int from) {
            int k = from - 1;
            while (k >= 0 && s.token(k).text().equals(",") && !sources.isQuoted(s.token(k))) {
                k--;
            }
            return k >= 0 && sources.isQuoted(s.token(k));
        }

        /** ", she said," between commas, after the start of a clause. */
        private boolean isParenthetical(int subjectFrom, int v) {
            return subjectFrom >= 2 && subjectFrom < v && s.token(subjectFrom - 1).text().equals(",")
                    && v + 2 < s.size() && s.token(v + 1).text().equals(",") && v - subjectFrom <= 3
                    && !sources.isQuoted(s.token(subjectFrom - 1)) && bounds.hasFiniteVerb(s, v + 2, s.size());
        }

        /** ", reported officials," / ", said the ministry.": a noun phrase right after the verb, ending the clause. */
        /**
         * "Rui Neves, the opposition leader, accused ...": the comma before the verb closes its subject's apposition,
         * so the noun phrase after the verb is its object, not an inverted source.
         */
        private boolean subjectWithAppositionBefore(int v, Dependencies d) {
            int subject = d.child(v, "nsubj");
            return subject >= 0 && subject < v && d.subtreeTo(subject) >= v - 1
                    && d.children(subject).stream().anyMatch(c -> d.is(c, "appos") && c < v);
        }

        private Optional<Source> invertedSource(int v) {
            if (claims.complementOf(s.token(v)).filter(c -> c == Complement.OBJECT || c == Complement.EVALUATION)
                    .isPresent()) {
                // "..., a spokesman told reporters", "..., accused the opposition of lying": who is told or judged is
                // never the source
                return Optional.empty();
            }
            Optional<Source> after = sources.phraseAt(s, v + 1, last);
            if (after.isEmpty()) {
                return Optional.empty();
            }
            int end = after.get().to();
            boolean closes = end >= s.size() || ClauseBounds.isPunctuation(s.token(end)) && !sources.isQuoted(s.token(end))
                    || bounds.isTimeOrAdverb(s.token(end)) || opensAdjunctOnly(end);
            return closes ? after : Optional.empty();
        }

        /** "in a statement", "without giving figures": a preposition, and no verb of a clause before the next mark. */
        private boolean opensAdjunctOnly(int at) {
            if (!s.token(at).pos().equals("IN") || s.token(at).lower().equals("that")) {
                return false;
            }
            int end = at;
            while (end < s.size() && !ClauseBounds.isPunctuation(s.token(end))) {
                end++;
            }
            return !bounds.hasFiniteVerb(s, at, end) && !bounds.hasQuoted(s, at, end);
        }

        private boolean isThey(Source source) {
            return source.to() - source.from() == 1 && s.token(source.from()).lower().equals("they");
        }

        private boolean isThey(Optional<Source> source) {
            return source.isPresent() && isThey(source.get());
        }

        /** "State prosecutors charged ..., they said": "they" is the plural subject of the clause. */
        private Optional<Speaker> pluralSubject(Found f) {
            Token head = s.token(f.from());
            Optional<Source> subject = sources.phraseAt(s, f.from(), Optional.empty());
            return subject.filter(src -> s.token(src.to() - 1).pos().equals("NNS")
                    || s.token(src.to() - 1).pos().equals("NNPS") || src.speaker().id().isPresent())
                    .filter(src -> src.from() == f.from() && head.pos().matches("NN.*|JJ|DT"))
                    .map(Source::speaker);
        }

        private boolean isClauseBreak(int i) {
            String t = s.token(i).text();
            return t.equals("—") || t.equals("–") || t.equals("--") || t.equals(";") || t.equals(",")
                    && i + 1 < s.size() && claims.endsAfterComma(s.token(i + 1));
        }

        /** "were reported by local media to have visited": the agent is the source. */
        private Optional<Found> passive(int v, String cue, boolean clause) {
            if (v + 2 >= s.size() || !s.token(v + 1).lower().equals("by")) {
                return Optional.empty();
            }
            Optional<Source> agent = sources.phraseAt(s, v + 2, last);
            if (agent.isEmpty()) {
                return Optional.empty();
            }
            int start = bounds.contentStart(s, agent.get().to(), false);
            return content(agent.get().speaker(), cue, start, bounds.contentEnd(s, start), clause);
        }

        /** The source of a verb without a subject of its own. */
        private Optional<Speaker> continuedSource(int v) {
            int p = v - 1;
            while (p >= 0 && (s.token(p).pos().startsWith("RB") || s.token(p).pos().equals("MD"))) {
                p--;
            }
            if (p >= 1 && RELATIVES.contains(s.token(p).lower()) && s.token(p - 1).text().equals(",")) {
                // "police, who said ...": the phrase before the relative pronoun.
                Optional<Source> antecedent = sources.phraseEndingAt(s, p - 2, last);
                if (antecedent.isPresent()) {
                    return Optional.of(antecedent.get().speaker());
                }
            }
            if (!found.isEmpty()) {
                return Optional.of(found.get(found.size() - 1).source());
            }
            for (int i = v - 1; i >= 0; i--) {
                Token t = s.token(i);
                if (t.isVerb() && !sources.isQuoted(t)) {
                    int verb = i;
                    Optional<Speaker> subject = sources.subjectOf(s, verb, last).filter(src -> src.to() <= verb)
                            .map(Source::speaker);
                    if (subject.isPresent()) {
                        return subject; // "Tom Watson called ... and said", "X was met ... upon announcing"
                    }
                }
            }
            return Optional.empty();
        }

        /** The clause that ends at the comma before a source: "CLAUSE, officials said". */
        private Optional<Found> before(Speaker source, String cue, int comma) {
            if (comma < 1 || !s.token(comma).text().equals(",") || sources.isQuoted(s.token(comma))) {
                return Optional.empty();
            }
            int start = bounds.clauseStartBefore(s, comma);
            if (!bounds.hasFiniteVerb(s, start, comma) && !hasVerbWithSubject(start, comma)
                    || quotationOfItsOwnBefore(start, comma)) {
                return Optional.empty();
            }
            return content(source, cue, start, comma, false);
        }

        /**
         * 'In the region where he comes from, "there was a small turnout", one observer said': a quotation set off by
         * a comma before the source is what the source said, and the words before it no report of theirs.
         */
        private boolean quotationOfItsOwnBefore(int start, int comma) {
            for (int k = start; k < comma; k++) {
                Token t = s.token(k);
                if (sources.isQuoted(t)) {
                    return k > start && (s.token(k - 1).text().equals(",") || s.token(k - 1).text().equals(":"));
                }
            }
            return false;
        }

        /**
         * @return whether the tree gives a verb in [from, to) a subject there: "The cyclone killed 82 people" is a
         *     clause even where the tagger read "killed" as a participle
         */
        private boolean hasVerbWithSubject(int from, int to) {
            Optional<Dependencies> tree = wholeTree();
            if (tree.isEmpty()) {
                return false;
            }
            for (int k = from; k < to; k++) {
                int subject = tree.get().child(k, "nsubj");
                if (s.token(k).isVerb() && subject >= from && subject < k && !sources.isQuoted(s.token(k))) {
                    return true;
                }
            }
            return false;
        }

        /** A claim over [start, end) unless it is too short, wholly quoted, or lacks the clause its verb needs. */
        private Optional<Found> content(Speaker source, String cue, int start, int end, boolean clause) {
            if (end - start < 2 || bounds.unquotedWords(s, start, end) < 1) {
                return Optional.empty();
            }
            if (start == 0 && s.token(0).pos().equals("CC")) {
                return content(source, cue, 1, end, clause); // "But slowing winds helped, authorities said"
            }
            Token first = s.token(start);
            boolean coordinatedVerb = first.pos().equals("CC") && start + 1 < end && s.token(start + 1).isVerb();
            if (ClauseBounds.isPunctuation(first) && !sources.isQuoted(first) || coordinatedVerb) {
                // ", adding ...", ": \"...\"", "what they could confirm and said ...": not a reported clause
                return Optional.empty();
            }
            if (sources.isQuoted(first) && !quotedSubjectThenVerb(start, end)) {
                return Optional.empty(); // said "We couldn't win," and ...: the quotation is the words
            }
            if (clause && !bounds.hasVerb(s, start, end) || QUESTION_WORDS.contains(first.lower())) {
                return Optional.empty();
            }
            boolean participle = first.pos().equals("VBG") || first.pos().equals("VBN");
            if (clause && participle && !bounds.hasFiniteVerb(s, start, end)) {
                return Optional.empty(); // "said following his victory": an adjunct, not a reported clause
            }
            return Optional.of(new Found(source, cue, start, end));
        }

        /**
         * The content of a verb that reports a clause ("said", "told X"), not a noun phrase or a judgement: it needs a
         * finite verb of its own ("found the first victim in a burnt-out car" reports nothing), and words skipped
         * after the verb cannot leave it without its subject ("contended with roads that were washed out"), unlike
         * "what officials said was ...".
         */
        private Optional<Found> clauseContent(Speaker source, String cue, int v, int start, int end) {
            if (start >= end || start >= s.size()) {
                return Optional.empty();
            }
            boolean subjectless = start > v + 1 && s.token(start).pos().matches("VBD|VBZ|VBP");
            if (!bounds.hasClauseVerb(s, start, end) || subjectless) {
                return Optional.empty();
            }
            return content(source, cue, start, end, true);
        }

        /** 'adding that "malicious hands" were behind ...': a quoted subject, then the clause's own verb. */
        private boolean quotedSubjectThenVerb(int start, int end) {
            int u = start;
            while (u < end && (sources.isQuoted(s.token(u)) || s.token(u).pos().equals("''"))) {
                u++;
            }
            return u > start && u < end && (s.token(u).pos().matches("VBD|VBZ|VBP|MD"));
        }

        /** "will announce its decision at 10 a.m.": what is still to be said is no report. */
        private boolean isFuture(int v) {
            for (int i = Math.max(0, v - 2); i < v; i++) {
                if (FUTURE_MODALS.contains(s.token(i).lower())) {
                    return true;
                }
            }
            return false;
        }

        private boolean isNegated(int v) {
            for (int i = Math.max(0, v - 2); i < v; i++) {
                if (NEGATIONS.contains(s.token(i).lower())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * @return whether every word of [from, to) stands in quotation marks: 'called it "a non-starter"' is a
         *     quotation only, 'called the move a "betrayal"' a claim too
         */
        private boolean isWhollyQuoted(int from, int to) {
            boolean quoted = false;
            for (int k = from; k < to; k++) {
                Token t = s.token(k);
                if (sources.isQuoted(t)) {
                    quoted = true;
                } else if (!ClauseBounds.isPunctuation(t) && !t.pos().matches("``|''")) {
                    return false;
                }
            }
            return quoted;
        }

        /** "was reported", "was on Wednesday reported": a form of "be" before the verb, past adverbs and times. */
        private boolean isPassive(int v) {
            int p = v - 1;
            while (p >= 0 && (bounds.isTimeOrAdverb(s.token(p)) || s.token(p).pos().equals("IN")
                    && p + 1 < v && bounds.isTimeOrAdverb(s.token(p + 1)))) {
                p--;
            }
            return p >= 0 && PASSIVE_AUXILIARIES.contains(s.token(p).lower());
        }
    }
}
