package org.newsextractor.internal.claims;

import org.newsextractor.internal.FunctionWords;
import java.util.Set;
import java.util.function.Predicate;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;
import org.newsextractor.internal.speakers.SpeechLexicon;

/**
 * Where a reported clause starts and ends around its reporting verb, by token index in one sentence. Works on
 * parts of speech and quote positions only: no parser.
 */
final class ClauseBounds {
    /** "before adding that": a subordinator of time that can open a participle of another report */
    private static final Set<String> TEMPORAL_SUBORDINATORS = FunctionWords.of("temporal-subordinator");

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "—", "–", "--");
    private static final Set<String> SUBORDINATORS = FunctionWords.of("clause-subordinator");
    /** "while", "whereas": a second report in contrast with the first may follow. */
    private static final Set<String> CONTRASTS = FunctionWords.of("contrast-subordinator");
    /** "as", "after": a subordinate report beside the main one ("as Maduro hailed the vote"). */
    private static final Set<String> ASIDES = FunctionWords.of("aside-subordinator");
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    /** How far ahead a complementizer "that" may stand behind adjuncts ("said on the same day that"). */
    private static final int THAT_LOOKAHEAD = 8;
    /** The longest adjunct before a reported clause: "by vetoing their budget," */
    private static final int ADJUNCT_LOOKAHEAD = 10;

    private final ClaimLexicon claims;
    private final SpeechLexicon speech;
    private final Predicate<Token> quoted;

    ClauseBounds(ClaimLexicon claims, SpeechLexicon speech, Predicate<Token> quoted) {
        this.claims = claims;
        this.speech = speech;
        this.quoted = quoted;
    }

    /**
     * Skips what stands between a reporting verb and its content: adverbs and times ("on Friday"), a document
     * ("in a statement"), the person spoken to ("told reporters", "to journalists") and the word "that".
     *
     * @param s      the sentence
     * @param i      the index after the verb
     * @param object whether the verb takes the person spoken to as its object ("told reporters")
     * @return the index where the content starts
     */
    int contentStart(Sentence s, int i, boolean object) {
        int n = s.size();
        boolean objectPending = object;
        while (i < n && !quoted.test(s.token(i))) {
            Token t = s.token(i);
            if (isTimeOrAdverb(t)) {
                i++;
            } else if (isPreposition(t) && timeAfter(s, i + 1) > i + 1) {
                i = timeAfter(s, i + 1); // "on Friday", "during the weekend"
            } else if (isPreposition(t) && documentAfter(s, i + 1) > i + 1) {
                i = documentAfter(s, i + 1); // "in a statement"
            } else if (t.lower().equals("to") && objectAfter(s, i + 1) > i + 1) {
                i = objectAfter(s, i + 1); // "announcing to journalists"
            } else if (objectPending && objectAfter(s, i) > i) {
                i = objectAfter(s, i);
                objectPending = false;
            } else {
                break;
            }
        }
        int that = thatAhead(s, i);
        return that >= 0 ? that + 1 : i;
    }

    /**
     * @return whether the content would start with a preposition ("wrote on Twitter ...", "agreed to add"): an
     *     adjunct or an infinitive, not a reported clause; subordinators ("although", "if") do start clauses
     */
    boolean startsWithPreposition(Sentence s, int start) {
        if (start >= s.size()) {
            return false;
        }
        Token t = s.token(start);
        return (t.pos().equals("IN") || t.pos().equals("TO")) && !SUBORDINATORS.contains(t.lower())
                && !quoted.test(t);
    }

    /** @return the index of a complementizer "that" a few adjunct words ahead ("said on Monday that"), or -1 */
    private int thatAhead(Sentence s, int i) {
        if (i < s.size() && !s.token(i).lower().equals("that") && !isPreposition(s.token(i))
                && !isTimeOrAdverb(s.token(i))) {
            return -1; // "denied all claims that ...": the noun phrase is the content
        }
        for (int j = i; j < Math.min(s.size(), i + THAT_LOOKAHEAD); j++) {
            Token t = s.token(j);
            if (quoted.test(t)) {
                return -1;
            }
            if (t.lower().equals("that") && !t.pos().startsWith("NN")) {
                return j;
            }
            boolean modifier = (t.pos().equals("VBN") || t.pos().equals("VBG")) && j + 1 < s.size()
                    && s.token(j + 1).isNoun(); // "in televised comments that"
            if (t.isVerb() && !modifier || t.pos().equals("MD") || isPunctuation(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * @param s     the sentence
     * @param start where the content starts
     * @return one past the content's last token: the sentence end, a semicolon, colon or dash, ", but" and the
     *     like, or another source with its verb ("and several said"); trailing punctuation left out
     */
    int contentEnd(Sentence s, int start) {
        int n = s.size();
        int end = n;
        for (int j = start + 1; j < n; j++) {
            Token t = s.token(j);
            if (quoted.test(t)) {
                continue;
            }
            int pair = isDash(s, j) ? closingDash(s, j) : -1;
            if (pair > j) {
                j = pair; // "believe an adult - probably a school employee - may still be alive": an aside
                continue;
            }
            if (CLAUSE_BREAKS.contains(t.text()) && !isNumberRangeDash(s, j) || isSpacedHyphen(s, j)
                    || claims.endsAnywhere(t)) {
                end = j;
                break;
            }
            if (j > start + 2 && isParticipleReport(s, j)) {
                end = j; // "said he would not accept the results saying the vote was ...": a second report
                break;
            }
            // "its members, representing 5,000 workers, rejected ...": no break before the clause has its verb
            boolean comma = t.text().equals(",") && !subjectAwaitingItsVerb(s, start, j);
            if (comma && opensQuotedSentence(s, j + 1)) {
                end = j; // 'explained the street was busy, "We heard eight shots."': the quotation is no claim
                break;
            }
            if (comma && j + 1 < n && !quoted.test(s.token(j + 1)) && claims.endsAfterComma(s.token(j + 1))
                    && !isSameSubjectParticiple(s, j + 1)) {
                end = j;
                break;
            }
            if (comma && j + 2 < n && TEMPORAL_SUBORDINATORS.contains(s.token(j + 1).lower())
                    && s.token(j + 2).pos().equals("VBG") && (claims.complementOf(s.token(j + 2)).isPresent()
                    || speech.isSpeechVerb(s.token(j + 2)))) {
                end = j; // "said A, before adding that B": the second report is a claim of its own
                break;
            }
            if (comma && j + 2 < s.size() && claims.isRelative(s.token(j + 1))
                    && (isReportingVerb(s.token(j + 2)) || sourceWithVerbAhead(s, j + 2))) {
                end = j; // ", which he said would ...": a new report begins
                break;
            }
            if (t.pos().equals("CC") && reportingVerbAhead(s, j + 1)) {
                end = j; // "said A, and warned that B": the second verb reports a claim of its own
                break;
            }
            // "said A while B wrote C", "announced the results as Maduro hailed ...": another source's report
            boolean contrast = CONTRASTS.contains(t.lower()) || ASIDES.contains(t.lower());
            if ((comma || t.pos().equals("CC") || contrast) && sourceWithVerbAhead(s, j + 1)) {
                end = j;
                break;
            }
        }
        while (end > start && !quoted.test(s.token(end - 1)) && isPunctuation(s.token(end - 1))) {
            end--;
        }
        return end;
    }

    /** @return whether an opening quotation mark stands at i, before a capitalized word: a quoted sentence */
    private boolean opensQuotedSentence(Sentence s, int i) {
        // the tagger often takes a straight opening mark for a closing one, so either tag will do
        return i + 1 < s.size() && s.token(i).pos().matches("``|''") && quoted.test(s.token(i + 1))
                && s.token(i + 1).isCapitalized();
    }

    private static boolean isDash(Sentence s, int j) {
        String t = s.token(j).text();
        return (t.equals("—") || t.equals("–") || t.equals("--")) && !isNumberRangeDash(s, j) || isSpacedHyphen(s, j);
    }

    /** @return the dash that closes an aside opened by the dash at j, in the same sentence, or -1 */
    private int closingDash(Sentence s, int j) {
        for (int k = j + 1; k < s.size(); k++) {
            if (quoted.test(s.token(k)) || s.token(k).text().equals(";")) {
                continue;
            }
            if (isDash(s, k)) {
                return s.token(k).text().equals(s.token(j).text()) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "the results saying ...", "a ceasefire from Thursday onward saying ...": a speech verb's participle right
     * after a noun, or after an adverb that follows one; not "of saying", "were saying", "were also saying"
     */
    private boolean isParticipleReport(Sentence s, int j) {
        Token t = s.token(j);
        Token before = s.token(j - 1);
        if (before.pos().equals("RB") && j >= 2) {
            before = s.token(j - 2);
        }
        return t.pos().equals("VBG") && speech.isSpeechVerb(t) && !quoted.test(t)
                && (before.pos().startsWith("NN") || before.pos().startsWith("PRP")) && !before.pos().equals("PRP$");
    }

    /** "aged 21–30 years": a dash between two numbers with no space around it joins a range */
    private static boolean isNumberRangeDash(Sentence s, int j) {
        return j > 0 && j + 1 < s.size() && s.token(j - 1).pos().equals("CD") && s.token(j + 1).pos().equals("CD")
                && s.token(j - 1).end() == s.token(j).begin() && s.token(j).end() == s.token(j + 1).begin();
    }

    /** "arrested at the scene - a witness said ...": a hyphen with a space on each side is a dash typed plainly */
    private static boolean isSpacedHyphen(Sentence s, int j) {
        return s.token(j).text().equals("-") && j > 0 && j + 1 < s.size()
                && s.token(j - 1).end() < s.token(j).begin() && s.token(j).end() < s.token(j + 1).begin();
    }

    /**
     * "its members, representing 5,000 workers, rejected ...": the content so far is a bare noun phrase, the comma
     * opens its apposition or relative clause, and the clause's finite verb comes after the next comma.
     */
    private boolean subjectAwaitingItsVerb(Sentence s, int start, int comma) {
        if (!s.token(start).pos().matches("DT|PRP\\$|NNS?|NNPS?") || hasVerb(s, start, comma)) {
            return false;
        }
        for (int k = comma + 1; k + 1 < s.size(); k++) {
            if (quoted.test(s.token(k)) || CLAUSE_BREAKS.contains(s.token(k).text())) {
                return false;
            }
            if (s.token(k).text().equals(",")) {
                return s.token(k + 1).pos().matches("VBD|VBZ|VBP|MD");
            }
        }
        return false;
    }

    /**
     * ", while taking money away from ...": a participle after "while" goes on with the reported clause, unless it
     * reports again (", while insisting that ...").
     */
    private boolean isSameSubjectParticiple(Sentence s, int i) {
        return s.token(i).lower().equals("while") && i + 1 < s.size() && s.token(i + 1).pos().equals("VBG")
                && claims.complementOf(s.token(i + 1)).isEmpty() && !speech.isSpeechVerb(s.token(i + 1));
    }

    /**
     * @return whether the content opens with an adjunct and then its clause: "say by vetoing their budget, the
     *     mayor is playing politics", "said after the meeting, the talks had failed"
     */
    boolean opensWithAdjunctThenClause(Sentence s, int start, int end) {
        for (int c = start + 1; c < Math.min(end, start + ADJUNCT_LOOKAHEAD); c++) {
            Token t = s.token(c);
            if (quoted.test(t) || hasFiniteVerb(s, c, c + 1)) {
                return false;
            }
            if (t.text().equals(",")) {
                Token subject = c + 1 < end ? s.token(c + 1) : null;
                return subject != null && subject.pos().matches("DT|NNP?S?|PRP|CD|JJ")
                        && hasFiniteVerb(s, c + 1, end);
            }
        }
        return false;
    }

    /**
     * @param s     the sentence
     * @param comma the index of the comma before a source ("..., officials said")
     * @return the start of the clause that ends at the comma: after the last semicolon, colon or dash, else 0
     */
    int clauseStartBefore(Sentence s, int comma) {
        int start = 0;
        for (int j = comma - 1; j >= 0; j--) {
            Token t = s.token(j);
            if (!quoted.test(t) && CLAUSE_BREAKS.contains(t.text())) {
                start = j + 1;
                break;
            }
            boolean contrast = t.text().equals(",") && j + 2 < comma && claims.endsAfterComma(s.token(j + 1))
                    && s.token(j + 1).pos().equals("CC");
            if (!quoted.test(t) && contrast && hasFiniteVerb(s, j + 2, comma)) {
                start = j + 2; // "Figures are hampered by the war, but the government reported ..., SANA reported"
                break;
            }
        }
        boolean discourseAdverb = start + 2 < comma && s.token(start).pos().startsWith("RB")
                && s.token(start + 1).text().equals(",");
        return discourseAdverb ? start + 2 : start; // "Furthermore, the plane was fine, police said"
    }

    /** @return whether [from, to) holds a finite verb outside quotation marks: a clause, not "Speaking to X" */
    boolean hasFiniteVerb(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            String pos = t.pos();
            if (!quoted.test(t) && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether [from, to) holds a quoted token */
    boolean hasQuoted(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (quoted.test(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether [from, to) holds any verb outside quotation marks */
    boolean hasVerb(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (!quoted.test(t) && (t.isVerb() || t.pos().equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether [from, to) holds, outside quotation marks, the verb of a clause: a finite verb or modal, or a
     *     bare verb that is no infinitive ("insisted the budget include funding"), not only participles ("found the
     *     first victim in a burnt-out car")
     */
    boolean hasClauseVerb(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            boolean bare = t.pos().equals("VB") && i > from && !s.token(i - 1).lower().equals("to");
            // "said two people killed in the attack": a participle the tagger could not tell from a past tense,
            // unless it stands before its noun ("a burnt-out car")
            boolean participle = t.pos().equals("VBN") && i > from && i + 1 < to
                    && !s.token(i + 1).pos().matches("NN.*|JJ.*|HYPH|,") && !s.token(i + 1).text().equals("-");
            if (!quoted.test(t) && (t.pos().matches("VBD|VBZ|VBP|MD") || bare || participle)) {
                return true;
            }
        }
        return false;
    }

    /** @return how many words of [from, to) stand outside quotation marks, not counting a leading preposition */
    int unquotedWords(Sentence s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            boolean lead = i == from && (t.pos().equals("IN") || t.pos().equals("TO"));
            if (!quoted.test(t) && !isPunctuation(t) && !lead) {
                count++;
            }
        }
        return count;
    }

    /** @return whether [from, to) holds a quoted token */
    boolean embedsQuote(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (quoted.test(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** "and several said", ", officials told": a short noun phrase followed by a finite reporting verb. */
    private boolean sourceWithVerbAhead(Sentence s, int k) {
        for (int m = k; m < Math.min(s.size(), k + 10); m++) {
            Token t = s.token(m);
            if (quoted.test(t)) {
                return false;
            }
            if (m > k && isReportingVerb(t)) {
                return true;
            }
            boolean hyphenated = t.text().equals("-") || m > k && s.token(m - 1).text().equals("-")
                    && s.token(m - 1).end() == t.begin(); // "state-run" split at its hyphen
            if (!isNominal(t) && !t.pos().startsWith("RB") && !hyphenated) {
                return false;
            }
        }
        return false;
    }

    /** @return whether a finite reporting verb follows at k, past adverbs ("and later warned") */
    private boolean reportingVerbAhead(Sentence s, int k) {
        int m = k;
        while (m < s.size() && s.token(m).pos().startsWith("RB")) {
            m++;
        }
        return m < s.size() && !quoted.test(s.token(m)) && isReportingVerb(s.token(m));
    }

    private boolean isReportingVerb(Token t) {
        boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
        return finite && (claims.complementOf(t).isPresent() || speech.isSpeechVerb(t));
    }

    /** @return the index after "DT? time-words" starting at i, or i when there is none */
    private int timeAfter(Sentence s, int i) {
        int j = i;
        while (j < s.size() && s.token(j).pos().equals("DT")) {
            j++;
        }
        int k = j;
        while (k < s.size() && TIME_TAGS.contains(s.token(k).ner()) && !quoted.test(s.token(k))) {
            k++;
        }
        return k > j ? k : i;
    }

    /** @return the index after "DT? JJ* NOUN" when its noun names a document ("a statement"), or i */
    private int documentAfter(Sentence s, int i) {
        int j = i;
        while (j < s.size() && (s.token(j).pos().equals("DT") || s.token(j).pos().startsWith("JJ")
                || s.token(j).pos().startsWith("NN") && !speech.isDocumentNoun(s.token(j)))) {
            j++;
        }
        return j < s.size() && s.token(j).isNoun() && speech.isDocumentNoun(s.token(j)) ? j + 1 : i;
    }

    /**
     * @return the index after the person spoken to ("reporters", "the press", "state media", "the White House",
     *     "him"): determiner and adjectives, then a pronoun or one run of nouns; i when there is none
     */
    private int objectAfter(Sentence s, int i) {
        int j = i;
        while (j < s.size() && (s.token(j).pos().equals("DT") || s.token(j).pos().equals("PRP$")
                || s.token(j).pos().startsWith("JJ"))) {
            j++;
        }
        if (j >= s.size() || quoted.test(s.token(j))) {
            return i;
        }
        if (s.token(j).pos().equals("PRP")) {
            return j + 1;
        }
        boolean proper = s.token(j).isProperNoun();
        int k = j;
        while (k < s.size() && s.token(k).isNoun() && s.token(k).isProperNoun() == proper
                && !TIME_TAGS.contains(s.token(k).ner())) {
            k++;
        }
        if (k > j && proper && k + 1 < s.size() && s.token(k).pos().equals("POS")
                && s.token(k + 1).isProperNoun()) {
            return objectAfter(s, k + 1); // "told KUT's Trey Shaar"
        }
        return k > j ? k : i;
    }

    static boolean isTimeOrAdverb(Token t) {
        return TIME_TAGS.contains(t.ner()) || t.pos().startsWith("RB") && !t.lower().equals("not")
                && !t.lower().equals("n't");
    }

    private static boolean isPreposition(Token t) {
        return (t.pos().equals("IN") || t.pos().equals("TO")) && !t.lower().equals("that");
    }

    /** Marks and symbols, but not a currency sign that opens an amount ("$5.2 million"). */
    static boolean isPunctuation(Token t) {
        return !t.text().isEmpty() && !Character.isLetterOrDigit(t.text().charAt(0)) && !t.pos().equals("$");
    }

    static boolean isNominal(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.startsWith("PRP")
                || pos.equals("CD") || pos.equals("POS") || !t.ner().equals("O") && !isPunctuation(t);
    }
}
