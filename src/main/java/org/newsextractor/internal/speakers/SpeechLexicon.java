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

    /** Loads the lexicons from the packaged resources. */
    public SpeechLexicon() {
        this(Resources.lines("speech/verbs.txt"), Resources.lines("speech/descriptions.txt"),
                Resources.lines("speech/documents.txt"));
    }

    SpeechLexicon(List<String> verbs, List<String> groupNouns, List<String> documentNouns) {
        this.verbs = new HashSet<>(verbs);
        this.groupNouns = new HashSet<>(groupNouns);
        this.documentNouns = new HashSet<>(documentNouns);
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
