package org.newsextractor.internal.speakers;

import org.newsextractor.internal.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsextractor.Entity;
import org.newsextractor.internal.entities.ResolvedEntities;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/** A noun phrase that is the subject (or agent) of a speech verb, with its head word. */
final class Phrase {
    private static final Set<String> LINKING_PREPOSITIONS = FunctionWords.of("linking-preposition");
    /** Words that stand for a group of unnamed sources on their own: "several said", "many told reporters". */
    private static final Set<String> QUANTIFIERS = FunctionWords.of("quantifier");
    /** "at least", "more than", "nearly": words that bound a count, one or two long */
    private static final Set<String> COUNT_BOUNDS = FunctionWords.of("count-bound");
    /** "an unidentified commander": adjectives that only say the source is not named */
    private static final Set<String> UNNAMED = FunctionWords.of("unnamed-adjective");
    private static final Set<String> DETERMINERS = FunctionWords.of("determiner");

    private final Sentence sentence;
    private final int from;
    private final int to;
    private final int head;

    private Phrase(Sentence sentence, int from, int to) {
        this.sentence = sentence;
        this.from = from;
        this.to = to;
        this.head = findHead(sentence, from, to);
    }

    /** @return the phrase over tokens [from, to) of the sentence, for callers that found its bounds by syntax */
    static Phrase span(Sentence sentence, int from, int to) {
        return new Phrase(sentence, from, to);
    }

    /** @return the index of the phrase's first token in its sentence */
    int from() {
        return from;
    }

    /** @return one past the index of the phrase's last token */
    int to() {
        return to;
    }

    /**
     * @return the first name inside the phrase other than its head ("data from the Gun Violence Archive", "a UN
     *     report"), as a phrase of its own; the text after a linking preposition when no name is inside
     */
    Optional<Phrase> nameBehindDocument(ResolvedEntities entities) {
        for (int i = from; i < to; i++) {
            Optional<Entity> e = entities.at(sentence.index(), i);
            if (i != head && e.isPresent()) {
                int j = i;
                while (j + 1 < to && entities.at(sentence.index(), j + 1).equals(e)) {
                    j++;
                }
                return Optional.of(new Phrase(sentence, i, j + 1));
            }
        }
        for (int i = head + 1; i + 1 < to; i++) {
            if (LINKING_PREPOSITIONS.contains(sentence.token(i).lower()) || sentence.token(i).lower().equals("by")) {
                return Optional.of(new Phrase(sentence, i + 1, to)); // "a report from the Mexican government"
            }
        }
        return Optional.empty();
    }

    Token head() {
        return sentence.token(head);
    }

    /**
     * @return the person named at the end of a longer phrase, after a title rather than a preposition: "International
     *     Organization for Migration spokesman Paul Dillon" names Paul Dillon; "a spokesman for Joe Biden" does not
     */
    private Optional<Entity> trailingPerson(ResolvedEntities entities) {
        Optional<Entity> last = entities.at(sentence.index(), to - 1);
        if (last.isEmpty() || !(last.get() instanceof org.newsextractor.Person)) {
            return Optional.empty();
        }
        int start = to - 1;
        while (start > from && entities.at(sentence.index(), start - 1).equals(last)) {
            start--;
        }
        return start > from && !sentence.token(start - 1).pos().matches("IN|TO|CC|,") ? last : Optional.empty();
    }

    /**
     * @return the person a phrase opens with when an affiliation follows: "Vince Edwards of the aid group Worldvision"
     *     names Vince Edwards, however the parser hung the words together
     */
    private Optional<Entity> leadingPerson(ResolvedEntities entities) {
        Optional<Entity> first = entities.at(sentence.index(), from);
        if (first.isEmpty() || !(first.get() instanceof org.newsextractor.Person)) {
            return Optional.empty();
        }
        int end = from + 1;
        while (end < to && entities.at(sentence.index(), end).equals(first)) {
            end++;
        }
        return end < to - 1 && LINKING_PREPOSITIONS.contains(sentence.token(end).lower()) ? first
                : Optional.empty();
    }

    /** @return the person the phrase ends with after a title, else the one it opens with before an affiliation */
    Optional<Entity> personAtAnEnd(ResolvedEntities entities) {
        return trailingPerson(entities).or(() -> leadingPerson(entities));
    }

    /** @return the index of the phrase's sentence in the article */
    int sentenceIndex() {
        return sentence.index();
    }

    Optional<Entity> headEntity(ResolvedEntities entities) {
        return entities.at(sentence.index(), head);
    }

    /** @return whether the phrase is a lone quantifier standing for unnamed people ("several said") */
    boolean isQuantifier() {
        return to - from == 1 && QUANTIFIERS.contains(sentence.token(from).lower());
    }

    private static boolean isCoordination(Sentence s, int i) {
        return s.token(i).lower().equals("and") && s.token(i).pos().equals("CC");
    }

    /** @return whether the phrase names someone unspecified: "a spokesman", "one MP", "another official" */
    boolean isIndefinite() {
        String first = sentence.token(from).lower();
        return (first.equals("a") || first.equals("an") || first.equals("one") || first.equals("another"))
                ;
    }

    /** @return whether the phrase opens with "the" or a possessive: it refers to something named before */
    boolean isDefinite() {
        String first = sentence.token(from).lower();
        return first.equals("the") || sentence.token(from).pos().equals("PRP$");
    }

    String textWithoutDeterminer() {
        // A label names the kind of source, as readers and annotators do: "protester" for "one protester", "people"
        // for "two people", "protesters" for "some of the protesters"; the words before a count stay out too.
        int start = from;
        start += countBoundAt(start);
        while (start < to - 1 && isCountOrDeterminer(sentence.token(start))) {
            start++;
            if (start < to - 1 && sentence.token(start).lower().equals("of")) {
                start++; // "some of the protesters"
            }
        }
        if (start < to - 1 && UNNAMED.contains(sentence.token(start).lower())) {
            start++; // "commander" for "an unidentified commander", as annotators label it
        }
        for (int i = to - 2; i >= start; i--) {
            boolean dated = i > 2 && sentence.token(i - 2).text().equals("(")
                    && sentence.token(i - 3).pos().equals("CD");
            if (sentence.token(i).text().equals(")") && dated) {
                start = i + 1; // "Aug 22 (AP) Washington state health officials": a dateline run into the phrase
                break;
            }
        }
        return join(start, to);
    }

    /** @return how many words at {@code i} bound the count after them ("at least one witness": 2), or 0 */
    private int countBoundAt(int i) {
        if (i + 2 < to && COUNT_BOUNDS.contains(sentence.token(i).lower() + " " + sentence.token(i + 1).lower())) {
            return 2;
        }
        boolean beforeCount = i + 2 < to && sentence.token(i + 1).pos().equals("CD");
        return beforeCount && COUNT_BOUNDS.contains(sentence.token(i).lower()) ? 1 : 0;
    }

    private static boolean isCountOrDeterminer(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.equals("CD") || pos.equals("PDT") || pos.equals("PRP$")
                || QUANTIFIERS.contains(t.lower());
    }

    /** @return the phrase as written */
    String text() {
        return join(from, to);
    }

    /** @return the lower-case words that are not determiners */
    List<String> contentWords() {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String w = sentence.token(i).lower();
            if (!DETERMINERS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private String join(int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start && sentence.token(i).begin() > sentence.token(i - 1).end()) {
                b.append(' ');
            }
            b.append(sentence.token(i).text());
        }
        return b.toString();
    }

    /** The head is the last word before a linking preposition ("Officials in Biden"), else the last word. */
    private static int findHead(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (LINKING_PREPOSITIONS.contains(s.token(i).lower()) && s.token(i).pos().equals("IN")
                    || isCoordination(s, i)) {
                return i - 1; // "The CIA and other intelligence agencies": the first named source leads
            }
        }
        return to - 1;
    }

    /**
     * @return the subject of the speech verb at {@code verb}: the agent of a passive ("told by X"), the phrase after
     *     an inverted verb ({@code ", said X"}), the phrase after "according to", or the phrase before the verb
     */
    static Phrase subjectOf(Sentence s, int verb, Frame frame, ResolvedEntities entities) {
        Token v = s.token(verb);
        if (v.lower().equals("according") && verb + 1 < s.size() && s.token(verb + 1).lower().equals("to")) {
            return after(s, verb + 2, frame);
        }
        if (verb + 1 < s.size() && s.token(verb + 1).lower().equals("by") && v.pos().equals("VBN")) {
            Phrase agent = after(s, verb + 2, frame);
            if (agent != null) {
                return agent;
            }
        }
        int p = skipBackOverAdjuncts(s, verb - 1, frame);
        if (p < 0 || frame.isQuoted(s.token(p)) || isPunctuationAfterQuote(s, p, frame)) {
            return after(s, verb + 1, frame);
        }
        Phrase relative = reducedRelative(s, p, frame);
        if (relative != null) {
            return relative;
        }
        Phrase before = before(s, p, frame);
        if (before != null) {
            return before;
        }
        if (s.token(p).text().equals(",")) {
            Phrase named = firstNameInClause(s, verb, frame, entities);
            Phrase apposition = named != null ? null : beforeApposition(s, p, frame);
            // '"...” in Ukraine, said spokesman Paul Dillon': the verb is inverted after an adjunct
            if (named != null || apposition != null) {
                return named != null ? named : apposition;
            }
            // ", asking Cengiz to be": a participle's object is no subject; it continues the last speaker
            return v.pos().matches("VBD|VBZ|VBP") ? after(s, verb + 1, frame) : null;
        }
        return null;
    }

    /** "Unison, the largest local government union, said": the phrase before the apposition is the subject. */
    private static Phrase beforeApposition(Sentence s, int comma, Frame frame) {
        int c = comma - 1;
        while (c > 0 && isNominal(s.token(c)) && !s.token(c).text().equals(",") && !frame.isQuoted(s.token(c))) {
            c--;
        }
        if (c < 1 || c == comma - 1 || !s.token(c).text().equals(",")) {
            return null;
        }
        Phrase subject = before(s, c - 1, frame);
        if (subject != null && subject.from > 0 && s.token(subject.from - 1).text().equals(",")
                && s.token(c + 1).isCapitalized()) {
            // "CLAUSE, a military spokesman, Col. Jo Lee, told reporters": the name in apposition is the source
            return new Phrase(s, c + 1, comma);
        }
        return subject != null && subject.from == 0 ? subject : null;
    }

    /**
     * "Some of the protesters Wikinews interviewed said": a verb right before the speech verb ends a relative clause
     * without "who"; the speaker is the noun phrase before the relative clause's own subject.
     */
    private static Phrase reducedRelative(Sentence s, int p, Frame frame) {
        String pos = s.token(p).pos();
        if (p < 2 || !(pos.equals("VBD") || pos.equals("VBN"))) {
            return null;
        }
        Phrase run = before(s, p - 1, frame);
        if (run == null) {
            return null;
        }
        for (int i = run.to - 2; i >= run.from; i--) {
            Token noun = s.token(i);
            Token next = s.token(i + 1);
            boolean newPhrase = next.isProperNoun() && !noun.isProperNoun() || next.pos().equals("DT")
                    || next.pos().equals("PRP");
            if (noun.isNoun() && newPhrase) {
                return new Phrase(s, run.from, i + 1);
            }
        }
        return null;
    }

    /**
     * @return the last token before {@code p} (inclusive) that is not an adverb, auxiliary, time expression or
     *     parenthesis between a subject and its verb ("Putin on Tuesday called", "the Federal Security Service (FSB)
     *     said")
     */
    private static int skipBackOverAdjuncts(Sentence s, int p, Frame frame) {
        while (p >= 0 && !frame.isQuoted(s.token(p))) {
            if (isSkippable(s, p)) {
                p--;
            } else if (s.token(p).text().equals(")") || s.token(p).text().equals("-RRB-")) {
                int open = p - 1;
                while (open >= 0 && open > p - 8 && !s.token(open).text().equals("(")
                        && !s.token(open).text().equals("-LRB-")) {
                    open--;
                }
                if (open < 0 || open <= p - 8) {
                    break;
                }
                p = open - 1;
            } else {
                break;
            }
        }
        return p;
    }

    /** Adverbs, auxiliaries and time expressions between a subject and its verb ("Putin on Tuesday called"). */
    private static boolean isSkippable(Sentence s, int i) {
        Token t = s.token(i);
        if (SpeakerAttributor.isAuxiliary(t)) {
            return true;
        }
        String ner = t.ner();
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET")) {
            return true;
        }
        return t.pos().equals("IN") && i + 1 < s.size() && !s.token(i + 1).ner().equals("O")
                && (s.token(i + 1).ner().equals("DATE") || s.token(i + 1).ner().equals("TIME"));
    }

    private static boolean isPunctuationAfterQuote(Sentence s, int p, Frame frame) {
        int i = p;
        while (i >= 0 && isPunctuation(s.token(i)) && !frame.isQuoted(s.token(i))) {
            i--;
        }
        return i < p && (i < 0 || frame.isQuoted(s.token(i)));
    }

    private static boolean isPunctuation(Token t) {
        return !t.text().isEmpty() && !Character.isLetterOrDigit(t.text().charAt(0));
    }

    private static boolean isNominal(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.startsWith("PRP")
                || pos.equals("CD") || pos.equals("POS") || pos.equals("HYPH") || !t.ner().equals("O")
                && !isPunctuation(t);
    }

    static Phrase before(Sentence s, int end, Frame frame) {
        int start = end;
        while (start >= 0 && !frame.isQuoted(s.token(start))) {
            Token t = s.token(start);
            // Bounds first: the word before and after must exist before we look at them.
            boolean linking = start > 0 && start < end
                    && (LINKING_PREPOSITIONS.contains(t.lower()) && t.pos().equals("IN")
                    || isCoordination(s, start) && s.token(start - 1).isProperNoun())
                    && s.token(start - 1).isNoun()
                    && s.token(start + 1).pos().matches("NN.*|DT|JJ.*");
            boolean participle = start > 0 && start < end && t.pos().matches("VBG|VBN")
                    && s.token(start - 1).pos().equals("DT"); // "of the ruling Zanu-PF"
            if (!isNominal(t) && !linking && !participle || isOutsideName(s, start)) {
                break;
            }
            if (t.pos().equals("PRP") && start < end) {
                break; // "told him": an object pronoun does not extend the subject
            }
            start--;
        }
        start++;
        if (start == end && QUANTIFIERS.contains(s.token(start).lower())) {
            return new Phrase(s, start, end + 1);
        }
        if (start > end || !hasNoun(s, start, end + 1)) {
            return null;
        }
        return new Phrase(s, start, end + 1);
    }

    static Phrase after(Sentence s, int start, Frame frame) {
        int end = start;
        while (end < s.size() && !frame.isQuoted(s.token(end))) {
            Token t = s.token(end);
            int closing = end > start ? closingParenthesis(s, end) : -1;
            if (closing > 0) {
                end = closing + 1; // "International Organization for Migration (UN Migration) spokesman"
                continue;
            }
            boolean linking = (LINKING_PREPOSITIONS.contains(t.lower()) && t.pos().equals("IN")
                    || isCoordination(s, end)) && end > start && end + 1 < s.size()
                    && (s.token(end + 1).isProperNoun() || s.token(end + 1).pos().equals("DT")
                    && end + 2 < s.size() && s.token(end + 2).isProperNoun());
            if (!isNominal(t) && !linking || t.pos().startsWith("PRP") && end > start) {
                break;
            }
            if (end > start && t.pos().equals("DT") && s.token(end - 1).isNoun()) {
                break; // "According to police the child was playing": a determiner after a noun opens a new phrase
            }
            end++;
        }
        if (end == start || !hasNoun(s, start, end)) {
            return null;
        }
        return new Phrase(s, start, end);
    }

    /** @return the index of the ")" closing a short parenthesis that opens at i, or -1 */
    private static int closingParenthesis(Sentence s, int i) {
        if (!s.token(i).pos().equals("-LRB-")) {
            return -1;
        }
        for (int j = i + 1; j < Math.min(s.size(), i + 6); j++) {
            if (s.token(j).pos().equals("-RRB-")) {
                return j + 1 < s.size() && isNominal(s.token(j + 1)) ? j : -1;
            }
        }
        return -1;
    }

    /**
     * "Yesterday First Great Western said", "ISLAMABAD - Pakistan People's Party said": a time word or a dash with
     * spaces around it (a dateline's) is no part of the subject.
     */
    private static boolean isOutsideName(Sentence s, int i) {
        Token t = s.token(i);
        boolean spacedDash = (t.pos().equals("HYPH") || t.pos().equals(":")) && i > 0 && i + 1 < s.size()
                && s.token(i - 1).end() < t.begin() && t.end() < s.token(i + 1).begin();
        return spacedDash || t.isNer("DATE") || t.isNer("TIME");
    }

    private static boolean hasNoun(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).isNoun() || s.token(i).pos().startsWith("PRP")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Charles Stratford of Al Jazeera, from Kherson ..., said" or "The Senate Minority Leader, Chuck Schumer, said":
     * the first person of the clause, else its first organization.
     */
    private static Phrase firstNameInClause(Sentence s, int verb, Frame frame, ResolvedEntities entities) {
        Phrase person = firstOfKind(s, verb, frame, entities, true);
        return person != null ? person : firstOfKind(s, verb, frame, entities, false);
    }

    private static Phrase firstOfKind(Sentence s, int verb, Frame frame, ResolvedEntities entities,
                                      boolean person) {
        for (int i = 0; i < verb; i++) {
            if (frame.isQuoted(s.token(i))) {
                continue;
            }
            Optional<Entity> e = entities.at(s.index(), i);
            if (e.isPresent() && (person ? e.get() instanceof org.newsextractor.Person
                    : e.get() instanceof org.newsextractor.Organization)) {
                int j = i;
                while (j + 1 < verb && entities.at(s.index(), j + 1).equals(e)) {
                    j++;
                }
                return new Phrase(s, i, j + 1);
            }
        }
        return null;
    }
}
