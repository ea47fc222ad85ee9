package org.newsextractor.internal.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsextractor.internal.Resources;
import org.newsextractor.internal.nlp.Token;

/**
 * The reporting verbs and clause boundaries of reported speech, from {@code models/speech/claim-verbs.txt} and
 * {@code models/speech/claim-boundaries.txt}.
 */
public final class ClaimLexicon {
    private final Map<String, Complement> verbs = new HashMap<>();
    private final Set<String> afterComma = new HashSet<>();
    private final Set<String> anywhere = new HashSet<>();
    private final Set<String> keptParticiples = new HashSet<>();
    private final Set<String> relatives = new HashSet<>();
    private final Set<String> expressingVerbs = new HashSet<>();
    private final Set<String> stanceNouns = new HashSet<>();

    /** Loads the packaged lexicons. */
    public ClaimLexicon() {
        this(Resources.table("speech/claim-verbs.txt"), Resources.table("speech/claim-boundaries.txt"));
        for (String[] row : Resources.table("speech/expressed-stances.txt")) {
            Set<String> kind = row[0].strip().equals("verb") ? expressingVerbs : stanceNouns;
            kind.add(row[1].strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * @param verbs      rows of lemma and complement ({@code clause}, {@code any}, {@code object})
     * @param boundaries rows of kind ({@code after-comma}, {@code anywhere}, {@code keep-participle},
     *                   {@code relative}) and word
     */
    ClaimLexicon(List<String[]> verbs, List<String[]> boundaries) {
        for (String[] row : verbs) {
            this.verbs.put(row[0].toLowerCase(Locale.ROOT),
                    Complement.valueOf(row[1].strip().toUpperCase(Locale.ROOT)));
        }
        for (String[] row : boundaries) {
            String word = row[1].strip().toLowerCase(Locale.ROOT);
            switch (row[0].strip()) {
                case "after-comma" -> afterComma.add(word);
                case "anywhere" -> anywhere.add(word);
                case "keep-participle" -> keptParticiples.add(word);
                case "relative" -> relatives.add(word);
                default -> throw new IllegalStateException("unknown boundary kind " + row[0]);
            }
        }
    }

    /** @return what the verb reports, when the token is a reporting verb */
    Optional<Complement> complementOf(Token token) {
        return token.isVerb() ? Optional.ofNullable(verbs.get(token.lemma().toLowerCase(Locale.ROOT)))
                : Optional.empty();
    }

    /** @return whether the token is a verb that reports speech or belief ("said", "denied", "estimated") */
    public boolean isReportingVerb(Token token) {
        return complementOf(token).isPresent();
    }

    /** @return whether a sentence with the token may report a claim: a reporting verb or a stance noun */
    public boolean isReportingCue(Token token) {
        return isReportingVerb(token) || isStanceNoun(token);
    }

    /** @return whether a reported clause ends before ", WORD" */
    boolean endsAfterComma(Token next) {
        if (next.pos().equals("VBG")) {
            return !keptParticiples.contains(next.lower());
        }
        return afterComma.contains(next.lower());
    }

    /** @return whether the word is a relative pronoun (", which he said ...") */
    boolean isRelative(Token token) {
        return relatives.contains(token.lower());
    }

    /** @return whether the noun names a stance that, once expressed, reports a clause ("concern", "assurances") */
    boolean isStanceNoun(Token token) {
        return token.isNoun() && stanceNouns.contains(token.lower());
    }

    /** @return whether the verb states a stance noun in public ("expressed", "voiced", "gave") */
    boolean isExpressingVerb(Token token) {
        return token.isVerb() && expressingVerbs.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /** @return whether a reported clause ends before the word wherever it stands */
    boolean endsAnywhere(Token token) {
        return anywhere.contains(token.lower());
    }
}
