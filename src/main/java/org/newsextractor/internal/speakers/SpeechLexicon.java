package org.newsextractor.internal.speakers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsextractor.internal.Resources;
import org.newsextractor.internal.nlp.Token;

/** The words that attribute speech and the nouns that name unnamed sources, from {@code models/speech/}. */
public final class SpeechLexicon {
    private final Set<String> verbs;
    private final Set<String> groupNouns;
    private final Set<String> documentNouns;
    private final Set<String> speakingNouns;
    private static final Set<String> STATE_INSTITUTIONS = Set.copyOf(Resources.lines("speech/state-institution-nouns.txt"));

    /** Loads the lexicons from the packaged resources. */
    public SpeechLexicon() {
        this(Resources.lines("speech/verbs.txt"), Resources.lines("speech/descriptions.txt"),
                Resources.lines("speech/documents.txt"), SpeakingNouns.load());
    }

    SpeechLexicon(List<String> verbs, List<String> groupNouns, List<String> documentNouns) {
        this(verbs, groupNouns, documentNouns, Set.of());
    }

    private SpeechLexicon(List<String> verbs, List<String> groupNouns, List<String> documentNouns,
                          Set<String> speakingNouns) {
        this.verbs = new HashSet<>(verbs);
        this.groupNouns = new HashSet<>(groupNouns);
        this.documentNouns = new HashSet<>(documentNouns);
        this.speakingNouns = speakingNouns;
    }

    /** @return whether the noun names a kind of organization ("company", "ministry", "airline") */
    public boolean isOrganizationNoun(Token token) {
        return token.isNoun() && SpeakingNouns.organizations().contains(token.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** @return whether the noun names a state's own institution ("the government", "the police") */
    public boolean isStateInstitutionNoun(Token token) {
        return token.isNoun() && STATE_INSTITUTIONS.contains(token.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * @return whether the noun can name someone who speaks: a name NER missed ("Unison"), a person or group
     *     ("official", "witnesses"), an organization ("ministry") or a role ("spokesman"); not a time, a thing or
     *     a document
     */
    public boolean canSpeak(Token token) {
        String w = token.lower();
        return token.isProperNoun() || isAcronym(token) || groupNouns.contains(w) || speakingNouns.contains(w)
                || speakingNouns.contains(token.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** "according to the CECC": an upper-case word the tagger took for a common noun is still a name */
    private static boolean isAcronym(Token token) {
        String t = token.text();
        return t.length() >= 2 && t.chars().allMatch(Character::isUpperCase);
    }

    /** @return whether the common noun names a person or a role ("protester", "spokesman"), not an organization */
    public boolean isPersonNoun(Token token) {
        String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
        return token.isNoun() && !token.isProperNoun() && speakingNouns.contains(lemma) && !isOrganizationNoun(token);
    }

    /** @return whether the token names a document whose author is the real source ("data", "report") */
    public boolean isDocumentNoun(Token token) {
        return documentNouns.contains(token.lower());
    }

    /** @return whether the token is a verb that attributes speech ("said", "told", "warned") */
    public boolean isSpeechVerb(Token token) {
        return token.isVerb() && verbs.contains(token.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** @return whether the token names an unnamed group source ("officials", "police") */
    public boolean isGroupNoun(Token token) {
        return groupNouns.contains(token.lower());
    }
}
