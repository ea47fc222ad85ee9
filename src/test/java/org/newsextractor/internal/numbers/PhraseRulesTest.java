package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;
import org.newsextractor.internal.numbers.NumberPhraseReader.Phrase;

/** Each form that continues a whole number, on its own, on made-up hand-tagged phrases. */
class PhraseRulesTest {

    private final NumberPhraseReader reader = new NumberPhraseReader(NumberLexicon.shared());

    /** @return what the rule reads after the whole number that starts the tagged phrase */
    private Optional<Phrase> after(PhraseRules.AfterCardinal rule, String tagged) {
        Sentence s = Tagged.text(tagged).sentences().get(0);
        Phrase whole = reader.cardinal(s, 0).orElseThrow();
        return rule.read(reader, s, 0, whole);
    }

    private static void assertPhrase(Optional<Phrase> p, int end, double value) {
        assertTrue(p.isPresent(), "expected a longer number");
        assertEquals(end, p.get().end());
        assertEquals(value, p.get().value(), 1e-9 * Math.max(1, Math.abs(value)));
    }

    @Test
    void digitNotation() {
        assertPhrase(after(new PhraseRules.DigitNotation(), "2/CD +^/SYM +10/CD"), 3, 1024);
        assertEquals(Optional.empty(), after(new PhraseRules.DigitNotation(), "2/CD apples/NNS"));
    }

    @Test
    void fractionWord() {
        assertPhrase(after(new PhraseRules.FractionWord(), "three/CD fifths/NNS of/IN it/PRP"), 2, 0.6);
        assertEquals(Optional.empty(), after(new PhraseRules.FractionWord(), "three/CD boats/NNS"));
    }

    @Test
    void over() {
        assertPhrase(after(new PhraseRules.Over(), "one/CD over/IN four/CD"), 3, 0.25);
        assertEquals(Optional.empty(), after(new PhraseRules.Over(), "2000/CD over/IN 3/CD years/NNS"));
    }

    @Test
    void outOf() {
        assertPhrase(after(new PhraseRules.OutOf(), "two/CD out/IN of/IN five/CD"), 4, 0.4);
    }

    @Test
    void inShare() {
        assertPhrase(after(new PhraseRules.InShare(), "one/CD in/IN eight/CD"), 3, 0.125);
        assertEquals(Optional.empty(),
                after(new PhraseRules.InShare(), "5/CD in/IN 2019/CD/DATE{2019}"));
    }

    @Test
    void andFraction() {
        assertPhrase(after(new PhraseRules.AndFraction(), "seven/CD and/CC a/DT half/NN"), 4, 7.5);
        assertPhrase(after(new PhraseRules.AndFraction(), "two/CD and/CC a/DT half/NN million/CD"), 5, 2_500_000);
        assertEquals(Optional.empty(), after(new PhraseRules.AndFraction(), "seven/CD and/CC eight/CD"));
    }

    @Test
    void mixedFraction() {
        // the fixture cannot write a slash inside a word, so the tokens are built by hand: "3 1/2 cups"
        Sentence s = new Sentence(0, List.of(new Token(0, "3", 0, 1, "CD", "3", "NUMBER", ""),
                new Token(1, "1/2", 2, 5, "CD", "1/2", "NUMBER", ""), new Token(2, "cups", 6, 10, "NNS", "cup", "O", "")));
        Phrase whole = reader.cardinal(s, 0).orElseThrow();
        assertPhrase(new PhraseRules.MixedFraction().read(reader, s, 0, whole), 2, 3.5);
    }

    @Test
    void hyphenScale() {
        assertPhrase(after(new PhraseRules.HyphenScale(), "300/CD +-/HYPH +million/CD charge/NN"), 3, 3e8);
        assertEquals(Optional.empty(), after(new PhraseRules.HyphenScale(), "300/CD +-/HYPH +strong/JJ crowd/NN"));
        assertEquals(Optional.empty(), after(new PhraseRules.HyphenScale(), "300/CD -/HYPH million/CD"));
    }
}
