package org.newsextractor.internal.speakers;

import org.newsextractor.internal.FunctionWords;
import java.util.Set;
import org.newsextractor.internal.nlp.Dependencies;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Reads a speech event off a sentence's dependency tree: who is the source of a reporting predicate, and which
 * words name it. The rules follow Universal Dependencies, not word order, so they hold for any layout of the
 * sentence: "X said", "said X", "X, also a lawyer, said", "X gave ... and said", "a statement which said", "was
 * reported by X", "according to X".
 */
final class SpeechSyntax {
    private static final Set<String> RELATIVE_PRONOUNS = FunctionWords.of("relative-pronoun");
    /** How many words a dateline's region and agency may take after its place ("Venezuela", "(Reuters)"). */
    private static final int DATELINE_TAIL = 8;
    /** Dependents that belong to a noun phrase naming a source ("President Anna Kovac", "the ministry's"). */
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod", "det", "nmod:poss", "nummod",
            "case", "nmod", "fixed", "punct");
    /** How far a chain of coordinated or subordinate predicates is followed up to a subject. */
    private static final int MAX_CHAIN = 4;

    private SpeechSyntax() {
    }

    /**
     * @param s         the sentence
     * @param d         its tree
     * @param predicate index of a reporting verb, or of "according" in "according to"
     * @return the index of the head of the phrase naming the source, or -1
     */
    static int sourceHead(Sentence s, Dependencies d, int predicate) {
        return sourceHead(s, d, predicate, 0);
    }

    private static int sourceHead(Sentence s, Dependencies d, int p, int depth) {
        if (depth > MAX_CHAIN) {
            return -1;
        }
        if (isAccordingTo(s, p)) {
            // "according to X": "according" is a case marker of X
            int x = d.head(p);
            return x >= 0 && x != p ? x : -1;
        }
        if (s.token(p).lemma().equals("quote") || isQuotedAsSaying(s, d, p)) {
            // "X was quoted by the paper as saying", "the paper quoted X as saying", "X was quoted by the paper
            // telling reporters": the words are X's
            int quote = s.token(p).lemma().equals("quote") ? p : quoteVerbOf(s, d, p);
            int passive = d.child(quote, "nsubj:pass");
            int object = d.child(quote, "obj");
            return passive >= 0 ? passive : object;
        }
        int agent = agent(s, d, p);
        if (agent >= 0) {
            return agent; // "was reported by local media", "the decree signed by the Pope"
        }
        int subject = nearestChild(d, p, "nsubj");
        if (subject >= 0 && s.token(subject).pos().equals("CD")) {
            // "The Church, on October 18, 2008 accused": the year taken for a second subject
            for (int c : d.children(p)) {
                if (c < subject && d.is(c, "nsubj") && s.token(c).isNoun()) {
                    subject = c;
                }
            }
        }
        int content = d.child(p, "ccomp");
        if (subject >= 0 && content >= 0 && d.subtreeFrom(content) < subject && subject < d.subtreeTo(content)) {
            return -1; // a misparse: the source cannot stand inside the words it reports
        }
        if (subject >= 0 && s.token(subject).isVerb()) {
            subject = -1; // a verb for a subject is a misparse ("one resident, who asked ..., told")
        }
        if (subject < 0 && d.is(p, "acl:relcl") && d.head(p) >= 0 && hasRelativePronoun(s, d, p)) {
            return d.head(p); // "X, who ..., told": the noun the relative clause hangs on
        }
        if (subject >= 0 && !d.is(subject, "nsubj:pass")) {
            if (RELATIVE_PRONOUNS.contains(s.token(subject).lower()) && subject >= 2
                    && s.token(subject - 1).text().equals(",") && s.token(subject - 2).isProperNoun()) {
                // "deferred comment to Bohrer, who said": a relative pronoun after a comma follows its name,
                // wherever the parser hung the clause
                return subject - 2;
            }
            if (RELATIVE_PRONOUNS.contains(s.token(subject).lower()) && d.head(p) >= 0
                    && (d.is(p, "acl") || d.is(p, "dep") && s.token(d.head(p)).isNoun())) {
                // "a statement which said", "Jensen, who denied": the noun the relative clause describes (the
                // parser sometimes hangs the clause on it as a bare dependent)
                return d.head(p);
            }
            if (RELATIVE_PRONOUNS.contains(s.token(subject).lower()) && subject >= 2
                    && s.token(subject - 1).text().equals(",") && s.token(subject - 2).isNoun()) {
                // "welcomed by India, which has indicated that": the noun before the relative pronoun, where the
                // parser hung the relative clause on the main verb
                return subject - 2;
            }
            return subject;
        }
        int inverted = subject < 0 ? invertedSubject(s, d, p) : -1;
        if (inverted >= 0) {
            return inverted;
        }
        int head = d.head(p);
        if (head < 0) {
            return -1;
        }
        boolean passive = d.child(p, "nsubj:pass") >= 0 || d.child(p, "aux:pass") >= 0;
        if (d.is(p, "conj") && !passive
                || (d.is(p, "advcl") || d.is(p, "xcomp")) && s.token(p).pos().equals("VBG")) {
            // not "voters were electing ..., and X has been declared the winner": a passive has its own subject
            // "gave its sympathies and said", "said, adding that": the subject of the first predicate
            return sourceHead(s, d, head, depth + 1);
        }
        boolean afterComma = p > 0 && s.token(p - 1).text().equals(",");
        if (afterComma && d.is(p, "dep") && head < p && head > 1 && s.token(head - 1).text().equals(",")
                && s.token(head).pos().matches("VBD|VBN")) {
            // "A spokesman for the ministry, asked about the plans, said ...": the parser took the reduced
            // relative "asked" for the main verb; its subject is the speaker's
            int headSubject = d.child(head, "nsubj");
            if (headSubject >= 0 && headSubject < head) {
                return headSubject;
            }
        }
        if (s.token(p).pos().equals("VBG") && afterComma && (d.is(p, "dep") || d.is(p, "parataxis"))) {
            // "X told Y that ..., adding that ...", hung by the parser on a verb inside the report: the participle
            // goes with the sentence's main clause
            int root = p;
            while (d.head(root) >= 0 && depth + 1 < MAX_CHAIN) {
                root = d.head(root);
            }
            return root != p && d.head(root) < 0 ? sourceHead(s, d, root, depth + 1) : -1;
        }
        if (isInfinitive(s, d, p)) {
            // "X took to Twitter to say", "X had another word to describe it": the subject of the verb the
            // infinitive (or the noun it describes) hangs on; not "urged Y to say", where Y would speak
            int governor = d.is(p, "acl") && d.is(head, "obj") ? d.head(head) : head;
            boolean objectControl = d.is(p, "xcomp") && d.child(governor, "obj") >= 0;
            // only at the top: "The White House said Biden wanted to brief allies '...'" is the White House's report
            if (governor >= 0 && d.head(governor) < 0 && s.token(governor).isVerb() && !objectControl) {
                int controller = d.child(governor, "nsubj");
                return controller >= 0 && !s.token(controller).isVerb() ? controller : -1;
            }
        }
        if (d.is(p, "acl") && s.token(p).pos().equals("VBG") && s.token(head).isNoun()
                && (!afterComma || issuer(s, d, head) >= 0)) {
            // "a caller saying", "a call from a woman saying": the noun the participle describes, or the issuer
            // of the message it describes; after a comma only a message with its issuer, as the participle may
            // hang on the whole clause ("arrested the man, saying ...")
            return head;
        }
        return -1; // "the statement released": no subject of its own, and no agent found
    }

    /** @return whether the predicate's subject is a relative pronoun: "X, who said ...", "which reported" */
    public static boolean hasRelativeSubject(Sentence s, Dependencies d, int p) {
        int subject = d.child(p, "nsubj");
        return subject >= 0 && subject < p && RELATIVE_PRONOUNS.contains(s.token(subject).lower());
    }

    private static boolean hasRelativePronoun(Sentence s, Dependencies d, int p) {
        for (int c : d.children(p)) {
            if (RELATIVE_PRONOUNS.contains(s.token(c).lower()) && c < p) {
                return true;
            }
        }
        return false;
    }

    /** "quoted ... as saying": a participle under a form of "quote". */
    private static boolean isQuotedAsSaying(Sentence s, Dependencies d, int p) {
        return s.token(p).pos().equals("VBG") && quoteVerbOf(s, d, p) >= 0;
    }

    /** @return "quoted" that the participle hangs on, directly or through its agent ("quoted by the paper telling") */
    private static int quoteVerbOf(Sentence s, Dependencies d, int p) {
        int head = d.head(p);
        if (head >= 0 && s.token(head).lemma().equals("quote")) {
            return head;
        }
        int verb = head >= 0 && d.is(head, "obl") ? d.head(head) : -1;
        return verb >= 0 && s.token(verb).lemma().equals("quote") && agent(s, d, verb) == head ? verb : -1;
    }

    /**
     * @return the child of {@code p} with the relation nearest to it in the text: when a misparse gives a verb two
     *     subjects (one of them inside a quotation before it), the one beside the verb is its own
     */
    private static int nearestChild(Dependencies d, int p, String rel) {
        int best = -1;
        for (int c : d.children(p)) {
            if (d.is(c, rel) && (best < 0 || Math.abs(c - p) < Math.abs(best - p))) {
                best = c;
            }
        }
        return best;
    }

    /** @return the agent of a passive or participle predicate ("reported by X"), or -1 */
    static int agent(Sentence s, Dependencies d, int p) {
        if (!s.token(p).pos().equals("VBN")) {
            return -1;
        }
        for (int c : d.children(p)) {
            if (d.is(c, "obl") || d.is(c, "nmod")) {
                int k = d.child(c, "case");
                if (k >= 0 && s.token(k).lower().equals("by")) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * '"...," said Petrenko, indicating that ...': after a quotation the subject follows the verb, and the parser
     * hangs it on the verb as a complement; the noun right after the verb is the source.
     */
    private static int invertedSubject(Sentence s, Dependencies d, int p) {
        if (p == 0 || !s.token(p - 1).pos().equals("''") || !s.token(p).pos().equals("VBD")) {
            return -1;
        }
        for (int k : d.children(p)) {
            if (k > p && k <= p + 4 && (d.is(k, "xcomp") || d.is(k, "obj") || d.is(k, "dep"))
                    && s.token(k).isNoun()) {
                return k;
            }
        }
        return -1;
    }

    /** @return whether token {@code i} is "according" followed by "to" */
    static boolean isAccordingTo(Sentence s, int i) {
        return s.token(i).lower().equals("according") && i + 1 < s.size()
                && s.token(i + 1).lower().equals("to");
    }

    /**
     * @return the tokens [from, to) of the noun phrase headed by {@code head}: its left modifiers and a trailing
     *     "of"/"for" phrase ("The head of the internal investigators"), without relative clauses or appositions
     */
    static int[] nounPhrase(Sentence s, Dependencies d, int head) {
        int from = head;
        for (int c : d.children(head)) {
            if (c < from && isNamePart(d, c)) {
                from = Math.min(from, d.subtreeFrom(c));
            }
        }
        int to = head + 1;
        for (int c : d.children(head)) {
            if (c >= to && (d.is(c, "compound") || d.is(c, "flat"))) {
                to = c + 1;
            } else if (c >= to && d.is(c, "nmod") && !d.is(c, "nmod:poss") && isOfOrFor(s, d, c)) {
                int end = d.subtreeTo(c);
                for (int a : appositions(s, d, c)) {
                    if (a > c) {
                        end = Math.min(end, d.subtreeFrom(a)); // "a spokeswoman for the group, Jo Lee": not the name
                    }
                }
                to = Math.max(to, end);
            } else if (c >= to && d.is(c, "dep") && d.subtreeFrom(c) == to && s.token(c).pos().startsWith("NNP")) {
                to = d.subtreeTo(c); // "the Department of Fire Regional Superintendent Trevor Tasker", misparsed
            }
        }
        while (from < head && (s.token(from).pos().equals(",") || s.token(from).pos().equals("``")
                || s.token(from).pos().equals("''") || s.token(from).pos().equals("IN")
                || s.token(from).pos().equals("TO") || d.is(from, "case") || d.is(from, "fixed"))) {
            from++; // "according to the federation": the phrase is "the federation"
        }
        while (to - 1 > head && isTrailingPunctuation(s.token(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    private static boolean isNamePart(Dependencies d, int c) {
        String r = d.relation(c);
        return NAME_PARTS.contains(r) || r.startsWith("compound") || r.startsWith("flat");
    }

    private static boolean isOfOrFor(Sentence s, Dependencies d, int c) {
        int k = d.child(c, "case");
        if (k < 0) {
            return false;
        }
        String w = s.token(k).lower();
        return w.equals("of") || w.equals("for");
    }

    private static boolean isTrailingPunctuation(Token t) {
        return t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.pos().equals("''")
                || t.pos().equals("``") || t.pos().equals("-RRB-");
    }

    /**
     * @return the appositions of the "of"/"for" phrase after {@code head}: the parser often hangs the name of "a
     *     spokeswoman for the group, Jo Lee" on "group"
     */
    static java.util.List<Integer> appositionsAfterOfPhrase(Sentence s, Dependencies d, int head) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int c : d.children(head)) {
            if (c > head && d.is(c, "nmod") && isOfOrFor(s, d, c)) {
                // on the phrase's head or on a word inside it: "the head of the agency's Africa division, Maria Lopes"
                for (int k = d.subtreeFrom(c); k < d.subtreeTo(c); k++) {
                    for (int a : appositions(s, d, k)) {
                        if (a > c) {
                            out.add(a);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** @return the appositions of {@code head} and proper nouns the parser left as bare dependents */
    static java.util.List<Integer> appositions(Sentence s, Dependencies d, int head) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int c : d.children(head)) {
            if (d.is(c, "appos") || d.relation(c).equals("dep") && s.token(c).isProperNoun()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * @return the index of the dash that ends a dateline opening the sentence ("CARACAS, Venezuela –", "NEW YORK
     *     (Reuters) —": a place in capitals, then its region and the agency), or -1
     */
    static int datelineEnd(Sentence s) {
        int i = 0;
        while (i < s.size() && isAllCaps(s.token(i).text())) {
            i++;
        }
        if (i == 0) {
            return -1;
        }
        for (int k = i; k < Math.min(s.size(), i + DATELINE_TAIL); k++) {
            String t = s.token(k).text();
            if (t.equals("—") || t.equals("–") || t.equals("--") || t.equals("-")) {
                return k;
            }
            // "GENEVA, Aug 25 (Reuters) -": the place, a date, the agency
            boolean tail = t.equals(",") || t.equals("(") || t.equals(")") || s.token(k).isProperNoun()
                    || s.token(k).pos().equals("CD");
            if (!tail) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAllCaps(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')
                && word.chars().anyMatch(Character::isLetter);
    }

    /** @return whether the predicate is a bare infinitive with "to" hung on another word */
    static boolean isInfinitive(Sentence s, Dependencies d, int p) {
        // "to say", "to have said"
        boolean form = s.token(p).pos().equals("VB") || s.token(p).pos().equals("VBN") && d.child(p, "aux") >= 0;
        if (!form || !(d.is(p, "xcomp") || d.is(p, "ccomp") || d.is(p, "advcl")
                || d.is(p, "acl"))) {
            return false;
        }
        int mark = d.child(p, "mark");
        return mark >= 0 && s.token(mark).pos().equals("TO");
    }

    /**
     * @return the head of the phrase naming who issued a document ("the minister's statement", "a UN report",
     *     "the decree signed by the Pope", "a statement from the ministry"), or -1
     */
    static int issuer(Sentence s, Dependencies d, int document) {
        for (int c : d.children(document)) {
            if (d.is(c, "nmod:poss") && !s.token(c).pos().startsWith("PRP")) {
                return c;
            }
        }
        for (int c : d.children(document)) {
            if (d.is(c, "acl")) {
                int a = agent(s, d, c);
                if (a >= 0) {
                    return a;
                }
            }
            if (d.is(c, "nmod") && !d.is(c, "nmod:poss")) {
                int k = d.child(c, "case");
                if (k >= 0 && FunctionWords.of("issuer-preposition").contains(s.token(k).lower())) {
                    return c;
                }
            }
        }
        for (int c : d.children(document)) {
            if (d.is(c, "compound") && s.token(c).isProperNoun()) {
                return c;
            }
        }
        int governor = d.head(document);
        if (governor >= 0 && d.is(document, "obj") && s.token(governor).isVerb()) {
            // "They released a statement which said": the statement's issuer is who released it
            return sourceHead(s, d, governor);
        }
        return -1;
    }
}
