package org.newsextractor.internal.speakers;

import org.newsextractor.internal.FunctionWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsextractor.internal.entities.ResolvedEntities;
import org.newsextractor.internal.nlp.Dependencies;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Attributes a quotation by the dependency trees of its sentences: the reporting predicate nearest to the quoted
 * words in the tree (not in the text) is the event that holds them, and that predicate's source is the speaker.
 * Two reports in one sentence, asides ("said, as reported by the Daily News, ...") and appositions between the
 * subject and the verb are then told apart by structure. A quotation that opens a sentence with no predicate of
 * its own belongs to the event of the sentence before it ("B criticized the decision. '...'").
 */
final class SpeechEvents {
    /** A predicate further than this many arcs from the quoted words does not hold them. */
    private static final int MAX_DISTANCE = 6;
    /** A sentence that only attributes the quotation before it is short: "Smith said on Monday." */
    private static final int MAX_ATTRIBUTION_TOKENS = 12;
    /**
     * Subordinators that make a predicate an aside rather than the sentence's report, unless the quoted words lie in
     * its own clause ("A said ..., while B described it as '...'").
     */
    private static final Set<String> SUBORDINATORS = FunctionWords.of("aside-subordinator");

    /** Subordinators of conditions: "if written by X" is no report. */
    private static final Set<String> CONDITIONALS = FunctionWords.of("conditional");

    /** How many words after the dash the signing name may start: "-- local police spokesperson Jan Holm". */
    private static final int MAX_DASH_WORDS = 6;

    private SpeechEvents() {
    }

    /** A reporting predicate near a quotation, with what ranks it. */
    private record Candidate(int sentence, int predicate, int distance, boolean aside, int gap) {
    }

    /**
     * @return the attribution the trees give, or empty when a sentence of the quotation was not parsed or no
     *     predicate there names a speaker (the caller then reads the sentence by its tags)
     */
    static Optional<Attribution> attribute(SpeakerAttributor attributor, Frame frame, ResolvedEntities entities,
                                           QuoteRegion q, Sentence first, Sentence last, Attribution previous) {
        List<Candidate> candidates = new ArrayList<>();
        for (int si = first.index(); si <= last.index(); si++) {
            Optional<Dependencies> tree = frame.tree(si);
            Sentence s = frame.sentence(si);
            if (tree.isEmpty() || tree.get().size() != s.size()) {
                return Optional.empty();
            }
            candidates.addAll(candidates(attributor, frame, s, tree.get(), q));
        }
        // The main report before asides ("as reported by", "after telling"), then the nearest in the tree.
        candidates.sort(Comparator.comparing(Candidate::aside).thenComparingInt(Candidate::distance)
                .thenComparingInt(Candidate::gap));
        for (Candidate c : candidates) {
            Sentence s = frame.sentence(c.sentence());
            Optional<org.newsextractor.Speaker> speaker = attributor.speakerOfPredicate(frame, s,
                    frame.tree(c.sentence()).orElseThrow(), c.predicate(), entities, q.outerBegin(), previous.speaker());
            Optional<Token> cue = Optional.of(s.token(c.predicate()));
            if (speaker.isPresent()) {
                return Optional.of(new Attribution(speaker, cue));
            }
        }
        Optional<Attribution> introduced = verbBeforeColon(attributor, frame, entities, q, first, previous);
        if (introduced.isPresent()) {
            return introduced;
        }
        if (candidates.isEmpty() && continuesInNextSentence(frame, last)) {
            // '"Why now?" asked Grace Mensah.': the splitter ended the sentence at the question mark
            Optional<Attribution> after = splitAttribution(attributor, frame, entities, q,
                    frame.sentence(last.index() + 1), previous);
            if (after.isPresent()) {
                return after;
            }
        }
        if (candidates.isEmpty()) {
            Optional<Attribution> signed = nameAfterDash(frame, entities, q, last);
            if (signed.isPresent()) {
                return signed;
            }
        }
        if (candidates.isEmpty() && opensSentence(frame, first, q) && first.index() > 0) {
            Optional<Attribution> before = previousSentence(attributor, frame, entities, q,
                    frame.sentence(first.index() - 1), previous);
            if (before.isPresent()) {
                return before;
            }
        }
        if (candidates.isEmpty()) {
            Optional<Attribution> headline = namedBeforeColon(frame, entities, q, first);
            if (headline.isPresent()) {
                return headline;
            }
        }
        if (candidates.isEmpty() && last.index() + 1 < frame.sentenceCount()) {
            Optional<Attribution> after = nextSentence(attributor, frame, entities, q,
                    frame.sentence(last.index() + 1), previous);
            if (after.isPresent()) {
                return after;
            }
        }
        if (candidates.isEmpty() && opensSentence(frame, first, q) && first.index() > 0) {
            return previousSubject(attributor, frame, entities, q, frame.sentence(first.index() - 1), previous);
        }
        boolean noSpeechVerb = candidates.stream()
                .noneMatch(c -> attributor.lexicon().isSpeechVerb(frame.sentence(c.sentence()).token(c.predicate())));
        if (noSpeechVerb && !opensSentence(frame, first, q)) {
            // 'Mahama rejected as "fraudulent" the results', "the farmers demanded 'a fair price'": words quoted
            // inside a sentence with no speech verb are those of the subject the sentence is about, named or not,
            // also when they run on into the next sentence ('One witness saw the helicopter "flying low. It ..."')
            return attributor.mainSubjectSpeaker(frame, first, entities, q.outerBegin(), previous.speaker(), 0)
                    .or(() -> verblessHead(attributor, frame, entities, q, first, previous))
                    .map(sp -> new Attribution(Optional.of(sp), Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * "Scottish Justice Secretary 'acutely aware of unusual publicity' in Kular case": a headline with no verb of
     * its own, whose head noun stands before the quoted words, gives that noun's words.
     */
    private static Optional<org.newsextractor.Speaker> verblessHead(SpeakerAttributor attributor, Frame frame,
                                                                   ResolvedEntities entities, QuoteRegion q,
                                                                   Sentence s, Attribution previous) {
        if (s.tokens().stream().anyMatch(t -> t.isVerb() && !frame.isQuoted(t))) {
            return Optional.empty(); // the cheap test first: only a verbless sentence is parsed for this
        }
        Optional<Dependencies> tree = frame.wholeTree(s);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        for (int root = 0; root < s.size(); root++) {
            Token head = s.token(root);
            if (tree.get().head(root) < 0) {
                return head.isNoun() && !frame.isQuoted(head) && head.end() <= q.outerBegin()
                        ? attributor.sourceAt(frame, s, tree.get(), root, entities, q.outerBegin(),
                                previous.speaker(), 0).map(Source::speaker)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * 'Her coach, Erik Dahl, was moved. "I have never ..."': a quotation with no attribution of its own, in the
     * same paragraph as a sentence about a named person or organization, gives that subject's words. A paragraph of
     * only quotation after a paragraph of narration without quotations about a named person ('Goalkeeper Jo Lee was
     * also disappointed. [new paragraph] "The ball was bouncing ..."') gives that person's words too.
     */
    private static Optional<Attribution> previousSubject(SpeakerAttributor attributor, Frame frame,
                                                         ResolvedEntities entities, QuoteRegion q, Sentence prev,
                                                         Attribution previous) {
        if (endsInQuotation(frame, prev)) {
            return Optional.empty();
        }
        if (!frame.paragraphBreakBetween(prev.end(), q.outerBegin())) {
            return subjectOf(attributor, frame, entities, q, prev, previous);
        }
        if (!q.startsParagraph()) {
            return Optional.empty();
        }
        List<Sentence> paragraph = new ArrayList<>();
        for (int k = prev.index(); k >= 0; k--) {
            Sentence s = frame.sentence(k);
            if (s.tokens().stream().anyMatch(frame::isQuoted)) {
                return Optional.empty(); // a paragraph with a quotation has had its speaker
            }
            paragraph.add(s);
            if (k == 0 || frame.paragraphBreakBetween(frame.sentence(k - 1).end(), s.begin())) {
                break;
            }
        }
        for (Sentence s : paragraph) {
            Optional<Attribution> person = subjectOf(attributor, frame, entities, q, s, previous)
                    .filter(a -> a.speaker().flatMap(org.newsextractor.Speaker::id)
                            .map(id -> id.startsWith("person-")).orElse(false));
            if (person.isPresent()) {
                return person;
            }
        }
        return Optional.empty();
    }

    /** @return the named main subject of the sentence, as the speaker of the quotation */
    private static Optional<Attribution> subjectOf(SpeakerAttributor attributor, Frame frame,
                                                   ResolvedEntities entities, QuoteRegion q, Sentence s,
                                                   Attribution previous) {
        return attributor.mainSubjectSpeaker(frame, s, entities, q.outerBegin(), previous.speaker(), 0)
                .filter(sp -> sp.id().isPresent())
                .map(sp -> new Attribution(Optional.of(sp), Optional.empty()));
    }

    /**
     * The rest of a sentence split after the quotation: its main speech verb names the speaker, as its subject or,
     * inverted, right after it ("asked opposition candidate Grace Mensah", which the parser takes for an object).
     */
    private static Optional<Attribution> splitAttribution(SpeakerAttributor attributor, Frame frame,
                                                          ResolvedEntities entities, QuoteRegion q, Sentence next,
                                                          Attribution previous) {
        Optional<Dependencies> tree = frame.wholeTree(next);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        Dependencies d = tree.get();
        for (int i = 0; i < next.size(); i++) {
            if (d.head(i) >= 0 || !isPredicate(attributor, next, d, i)) {
                continue;
            }
            Token cue = next.token(i);
            Optional<org.newsextractor.Speaker> speaker = attributor.speakerOfPredicate(frame, next, d, i, entities,
                    q.outerBegin(), previous.speaker());
            int object = d.child(i, "obj");
            if (speaker.isEmpty() && object > i) {
                speaker = attributor.sourceAt(frame, next, d, object, entities, q.outerBegin(), previous.speaker(), 0)
                        .map(Source::speaker);
            }
            return speaker.map(sp -> new Attribution(Optional.of(sp), Optional.of(cue)));
        }
        return Optional.empty();
    }

    /**
     * 'Fern laughed: "He said the same ..."', 'X expressed enthusiasm over the capture: "..."': any verb whose
     * clause ends in a colon right before the quotation introduces it, and its subject speaks.
     */
    private static Optional<Attribution> verbBeforeColon(SpeakerAttributor attributor, Frame frame,
                                                         ResolvedEntities entities, QuoteRegion q, Sentence s,
                                                         Attribution previous) {
        int colon = -1;
        for (Token t : s.tokens()) {
            if (t.end() <= q.outerBegin()) {
                colon = t.text().equals(":") ? t.index() : -1;
            }
        }
        if (colon < 2 || frame.isQuoted(s.token(colon - 1))) {
            return Optional.empty();
        }
        Optional<Dependencies> tree = frame.wholeTree(s);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        // "Fern laughed:", or the clause's verb further back: "X expressed enthusiasm over the capture:"
        int verb = s.token(colon - 1).isVerb() ? colon - 1 : tree.get().head(colon);
        if (verb < 0 || verb >= colon || !s.token(verb).isVerb()) {
            return Optional.empty();
        }
        int subject = tree.get().child(verb, "nsubj");
        if (subject < 0 || subject > verb) {
            return Optional.empty();
        }
        Token cue = s.token(verb);
        return attributor.sourceAt(frame, s, tree.get(), subject, entities, q.outerBegin(), previous.speaker(), 0)
                .map(Source::speaker)
                .map(sp -> new Attribution(Optional.of(sp), Optional.of(cue)));
    }

    /** @return whether the next sentence opens in lower case: the same sentence, split after a "?" or "!" */
    private static boolean continuesInNextSentence(Frame frame, Sentence last) {
        if (last.index() + 1 >= frame.sentenceCount()) {
            return false;
        }
        Token first = frame.sentence(last.index() + 1).token(0);
        return Character.isLowerCase(first.text().charAt(0));
    }

    /**
     * '"Roads are blocked" -- police spokesperson Jan Holm.': a dash right after the quotation, then a name, signs it.
     */
    private static Optional<Attribution> nameAfterDash(Frame frame, ResolvedEntities entities, QuoteRegion q,
                                                       Sentence s) {
        int i = 0;
        while (i < s.size() && s.token(i).begin() < q.outerEnd()) {
            i++;
        }
        while (i < s.size() && s.token(i).text().matches("[,.]")) {
            i++;
        }
        if (i >= s.size() || !s.token(i).text().matches("-{1,3}|\u2013|\u2014|\u2015")) {
            return Optional.empty();
        }
        for (int k = i + 1; k < s.size() && k <= i + MAX_DASH_WORDS; k++) {
            Optional<org.newsextractor.Entity> named = entities.at(s.index(), k);
            if (named.isPresent() && !(named.get() instanceof org.newsextractor.Place)) {
                return Optional.of(new Attribution(Optional.of(org.newsextractor.Speaker.of(named.get())),
                        Optional.empty()));
            }
            if (s.token(k).pos().startsWith("VB")) {
                return Optional.empty(); // "-- and then they left": a sentence goes on, no signature
            }
        }
        return Optional.empty();
    }

    /**
     * 'Mayor Tom Reed: "We will rebuild"': in headlines and captions, a name and a colon right before the quotation,
     * with nothing else before it in the sentence, names who speaks.
     */
    private static Optional<Attribution> namedBeforeColon(Frame frame, ResolvedEntities entities, QuoteRegion q,
                                                          Sentence s) {
        int colon = -1;
        for (Token t : s.tokens()) {
            if (t.begin() >= q.outerBegin()) {
                break;
            }
            colon = t.text().equals(":") ? t.index() : colon;
        }
        if (colon < 1 || s.token(colon).end() > q.outerBegin()) {
            return Optional.empty();
        }
        if (colon + 1 < s.size() && s.token(colon + 1).begin() < q.outerBegin()) {
            return Optional.empty(); // words between the colon and the quotation
        }
        Optional<org.newsextractor.Entity> named = entities.at(s.index(), colon - 1);
        if (named.isEmpty() || named.get() instanceof org.newsextractor.Place) {
            return Optional.empty();
        }
        for (int i = 0; i < colon; i++) {
            boolean partOfName = entities.at(s.index(), i).equals(named) || s.token(i).isProperNoun()
                    || s.token(i).pos().equals("DT");
            if (!partOfName) {
                return Optional.empty(); // "The mayor said the plan was simple:" is no headline
            }
        }
        return Optional.of(new Attribution(Optional.of(org.newsextractor.Speaker.of(named.get())), Optional.empty()));
    }

    /**
     * '"We will win." Smith said.': a sentence that only attributes (its main verb is a speech verb that reports
     * nothing of its own) gives the quotation right before it its speaker.
     */
    private static Optional<Attribution> nextSentence(SpeakerAttributor attributor, Frame frame,
                                                      ResolvedEntities entities, QuoteRegion q, Sentence next,
                                                      Attribution previous) {
        Optional<Dependencies> tree = frame.wholeTree(next);
        if (tree.isEmpty() || next.begin() < q.outerEnd() || frame.paragraphBreakBetween(q.outerEnd(), next.begin())
                || next.size() > MAX_ATTRIBUTION_TOKENS || frame.isQuoted(next.token(0))) {
            return Optional.empty();
        }
        Dependencies d = tree.get();
        for (int i = 0; i < next.size(); i++) {
            boolean reportsNothing = d.child(i, "ccomp") < 0 && d.child(i, "obj") < 0 && d.child(i, "xcomp") < 0;
            if (d.head(i) < 0 && reportsNothing && isPredicate(attributor, next, d, i)) {
                Optional<org.newsextractor.Speaker> speaker = attributor.speakerOfPredicate(frame, next, d, i,
                        entities, q.outerBegin(), previous.speaker());
                Token cue = next.token(i);
                return speaker.map(sp -> new Attribution(Optional.of(sp), Optional.of(cue)));
            }
        }
        return Optional.empty();
    }

    private static List<Candidate> candidates(SpeakerAttributor attributor, Frame frame, Sentence s, Dependencies d,
                                              QuoteRegion q) {
        List<Integer> inside = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.begin() >= q.outerBegin() && t.end() <= q.outerEnd()) {
                inside.add(t.index());
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (inside.isEmpty()) {
            return out;
        }
        for (Token t : s.tokens()) {
            int i = t.index();
            if (frame.isQuoted(t) || !isPredicate(attributor, s, d, i) || isConditional(s, d, i)) {
                continue;
            }
            int distance = Integer.MAX_VALUE;
            for (int k : inside) {
                distance = Math.min(distance, d.distance(i, k));
            }
            if (distance > MAX_DISTANCE) {
                continue;
            }
            int gap = i < inside.get(0) ? inside.get(0) - i : i - inside.get(inside.size() - 1);
            // holding the quotation is holding most of it: a misparse may hang one quoted word on a verb before it
            boolean holds = 2 * inside.stream().filter(k -> d.dominates(i, k) && k != i).count() >= inside.size();
            out.add(new Candidate(s.index(), i, distance, isAside(s, d, i) && !holds, gap));
        }
        // '"...," X said on Saturday, ISNA reported': a report after the quotation's own verb relays it
        int end = inside.get(inside.size() - 1);
        List<Candidate> relayed = new ArrayList<>();
        for (Candidate c : out) {
            boolean relays = c.predicate() > end && out.stream()
                    .anyMatch(o -> o.predicate() > end && o.predicate() < c.predicate() && !o.aside());
            relayed.add(relays ? new Candidate(c.sentence(), c.predicate(), c.distance(), true, c.gap()) : c);
        }
        return relayed;
    }

    /**
     * A speech verb that reports (not "the deaths reported"), "according" of "according to", or a document or
     * speech noun with its issuer ("warnings from officials", "the minister's statement").
     */
    static boolean isPredicate(SpeakerAttributor attributor, Sentence s, Dependencies d, int i) {
        if (SpeechSyntax.isAccordingTo(s, i)) {
            return true;
        }
        Token t = s.token(i);
        if (t.isNoun() && attributor.lexicon().isDocumentNoun(t)) {
            return SpeechSyntax.issuer(s, d, i) >= 0;
        }
        if (!attributor.lexicon().isSpeechVerb(t)) {
            return false;
        }
        boolean modifier = d.is(i, "amod") || d.is(i, "acl") && !d.is(i, "acl:relcl") && t.pos().equals("VBN")
                && SpeechSyntax.agent(s, d, i) < 0;
        return !modifier;
    }

    /** "as reported by ...", "while X wrote ...": a subordinate or participial report ranks after the main one. */
    private static boolean isAside(Sentence s, Dependencies d, int i) {
        int mark = d.child(i, "mark");
        if (mark >= 0 && SUBORDINATORS.contains(s.token(mark).lower())) {
            return true;
        }
        if (i > 0 && SUBORDINATORS.contains(s.token(i - 1).lower())) {
            return true;
        }
        if (d.is(i, "acl:relcl") || hasRelativeWord(s, d, i)) {
            return true; // "the region from where the president hails", "the man who told police ..."
        }
        Token t = s.token(i);
        boolean hasAuxiliary = d.child(i, "aux") >= 0;
        return t.pos().equals("VBN") && !hasAuxiliary || t.pos().equals("VBG") && !hasAuxiliary;
    }

    private static boolean hasRelativeWord(Sentence s, Dependencies d, int i) {
        for (int c : d.children(i)) {
            if (c < i && s.token(c).pos().matches("WRB|WDT|WP")) {
                return true;
            }
        }
        return false;
    }

    /** "if written by the suspect": a conditional clause reports no one's words. */
    private static boolean isConditional(Sentence s, Dependencies d, int i) {
        int mark = d.child(i, "mark");
        String before = i > 0 ? s.token(i - 1).lower() : "";
        return CONDITIONALS.contains(before) || mark >= 0 && CONDITIONALS.contains(s.token(mark).lower());
    }

    /** @return whether nothing but punctuation stands before the quotation in its first sentence */
    private static boolean opensSentence(Frame frame, Sentence s, QuoteRegion q) {
        for (Token t : s.tokens()) {
            if (t.begin() >= q.outerBegin()) {
                return true;
            }
            if (!frame.isQuoted(t) && Character.isLetterOrDigit(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "B also criticized the decision via Twitter. '...'": the main report of the sentence before. */
    private static Optional<Attribution> previousSentence(SpeakerAttributor attributor, Frame frame,
                                                          ResolvedEntities entities, QuoteRegion q, Sentence prev,
                                                          Attribution previous) {
        Optional<Dependencies> tree = frame.wholeTree(prev);
        if (tree.isEmpty() || endsInQuotation(frame, prev)) {
            return Optional.empty();
        }
        Dependencies d = tree.get();
        for (int i = prev.size() - 1; i >= 0; i--) {
            Token t = prev.token(i);
            boolean main = d.head(i) < 0 || d.is(i, "conj") && d.head(d.head(i)) < 0;
            if (!main || frame.isQuoted(t) || !isPredicate(attributor, prev, d, i)) {
                continue;
            }
            Optional<org.newsextractor.Speaker> speaker = attributor.speakerOfPredicate(frame, prev, d, i, entities,
                    q.outerBegin(), previous.speaker());
            if (speaker.isPresent()) {
                return Optional.of(new Attribution(speaker, Optional.of(t)));
            }
        }
        return Optional.empty();
    }

    /** A sentence that ends in a quotation has had its own words attributed; it does not introduce the next. */
    private static boolean endsInQuotation(Frame frame, Sentence s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            Token t = s.token(i);
            if (Character.isLetterOrDigit(t.text().charAt(0))) {
                return frame.isQuoted(t);
            }
        }
        return false;
    }
}
