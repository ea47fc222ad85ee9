package org.newsextractor.internal.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsextractor.internal.Resources;

/**
 * Repairs three tagging faults around speech verbs. One hides a speaker: a speech verb between its subject and a quotation tagged as a
 * noun ("A statement from the airline read: '...'" tagged "airline read" a compound noun). A word whose verb lemma
 * is a speech verb ({@code models/speech/verbs.txt}), right after a noun and right before the quotation (a colon
 * or comma and an opening mark, or the mark itself), is read as a past-tense verb. The other makes a number a
 * speaker: "811 confirmed cases" tagged "confirmed" a verb with "811" its subject; a speech verb's participle
 * between a number and a noun is an adjective. The third hides a described speaker: "The Austrian continued:" tagged
 * an adjective and a participle; a capitalized adjective after "the" before a speech verb is the verb's subject.
 */
final class SpeechVerbTags {
    private static final Set<String> SPEECH_VERBS = Set.copyOf(Resources.lines("speech/verbs.txt"));

    private SpeechVerbTags() {
    }

    /** @return the tokens, with the three faults above retagged */
    static List<Token> repair(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isNominalAdjectiveBeforeSpeechVerb(tokens, i)) {
                Token verb = tokens.get(i + 1);
                out.set(i, t.retagged("NNP", t.lemma()));
                out.set(i + 1, verb.retagged("VBD", verbLemma(verb)));
                i++;
            } else if (isModifierAfterNumber(tokens, i)) {
                out.set(i, t.retagged("JJ", t.lemma()));
            } else if (isSpeechVerbTaggedAsNounBeforeQuotation(tokens, i)) {
                out.set(i, t.retagged("VBD", verbLemma(t)));
            }
        }
        return out;
    }

    /** "the airline read: '...'": a noun whose verb lemma is a speech verb, after a noun, before a quotation */
    private static boolean isSpeechVerbTaggedAsNounBeforeQuotation(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && tokens.get(i - 1).isNoun()
                && opensQuotationAfter(tokens, i) && SPEECH_VERBS.contains(verbLemma(t));
    }

    /**
     * "The Austrian continued: '...'", "the Swede said": a capitalized adjective after "the" is a nationality used
     * as a noun, and the speech verb after it the verb it is subject of.
     */
    private static boolean isNominalAdjectiveBeforeSpeechVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token verb = tokens.get(i + 1);
        return t.pos().equals("JJ") && t.isCapitalized() && tokens.get(i - 1).lower().equals("the")
                && (verb.pos().equals("VBD") || verb.pos().equals("VBN")) && SPEECH_VERBS.contains(verbLemma(verb));
    }

    private static String verbLemma(Token verb) {
        return Morphology.lemmaStatic(verb.text().toLowerCase(Locale.ROOT), "VBD");
    }

    /** "811 confirmed cases", "12 reported deaths": a speech verb's participle between a number and its noun */
    private static boolean isModifierAfterNumber(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (t.pos().equals("VBD") || t.pos().equals("VBN")) && tokens.get(i - 1).pos().equals("CD")
                && tokens.get(i + 1).pos().matches("NNS?")
                && SPEECH_VERBS.contains(Morphology.lemmaStatic(t.text().toLowerCase(Locale.ROOT), t.pos()));
    }

    /** "read: '", "read, '", "read '": an opening quotation mark right after, or after one colon or comma */
    private static boolean opensQuotationAfter(List<Token> tokens, int i) {
        int next = i + 1;
        String p = tokens.get(next).text();
        if ((p.equals(":") || p.equals(",")) && next + 1 < tokens.size()) {
            next++;
        }
        Token mark = tokens.get(next);
        // the tagger often takes a straight opening mark for a closing one
        return mark.pos().equals("``") || mark.pos().equals("''") && !mark.text().equals("'");
    }
}
