package org.newsextractor.internal.speakers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.nlp.Dependencies;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/** The source of a reporting predicate, read off hand-written Universal Dependencies trees. */
class SpeechSyntaxTest {

    /** Tokens from "word/TAG" pairs, with offsets as if joined by single spaces. */
    private static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            tokens.add(new Token(tokens.size(), word, at, at + word.length(), pair.substring(slash + 1),
                    word.toLowerCase(), "O", ""));
            at += word.length() + 1;
        }
        return new Sentence(0, tokens);
    }

    @Test
    void theSubjectOfTheVerb() {
        Sentence s = sentence("President/NNP Anna/NNP Kovac/NNP said/VBD it/PRP failed/VBD ./.");
        Dependencies d = new Dependencies(new int[] {2, 2, 3, -1, 5, 3, 3},
                new String[] {"compound", "compound", "nsubj", "root", "nsubj", "ccomp", "punct"});
        assertEquals(2, SpeechSyntax.sourceHead(s, d, 3));
        assertArrayEquals(new int[] {0, 3}, SpeechSyntax.nounPhrase(s, d, 2));
    }

    @Test
    void aCoordinatedVerbSharesTheFirstVerbsSubject() {
        // The ministry gave thanks and said ...
        Sentence s = sentence("The/DT ministry/NN gave/VBD thanks/NNS and/CC said/VBD");
        Dependencies d = new Dependencies(new int[] {1, 2, -1, 2, 5, 2},
                new String[] {"det", "nsubj", "root", "obj", "cc", "conj"});
        assertEquals(1, SpeechSyntax.sourceHead(s, d, 5));
    }

    @Test
    void aRelativeClauseSpeaksForTheNounItDescribes() {
        // a statement which said ...
        Sentence s = sentence("a/DT statement/NN which/WDT said/VBD");
        Dependencies d = new Dependencies(new int[] {1, -1, 3, 1},
                new String[] {"det", "root", "nsubj", "acl:relcl"});
        assertEquals(1, SpeechSyntax.sourceHead(s, d, 3));
    }

    @Test
    void thePassiveAgentAndTheObjectOfAccordingTo() {
        // was reported by local media
        Sentence passive = sentence("It/PRP was/VBD reported/VBN by/IN local/JJ media/NNS");
        Dependencies d = new Dependencies(new int[] {2, 2, -1, 5, 5, 2},
                new String[] {"nsubj:pass", "aux:pass", "root", "case", "amod", "obl"});
        assertEquals(5, SpeechSyntax.sourceHead(passive, d, 2));
        // according to the agency
        Sentence according = sentence("Troops/NNS left/VBD according/VBG to/IN the/DT agency/NN");
        Dependencies t = new Dependencies(new int[] {1, -1, 5, 2, 5, 1},
                new String[] {"nsubj", "root", "case", "fixed", "det", "obl"});
        assertEquals(5, SpeechSyntax.sourceHead(according, t, 2));
    }

    @Test
    void aDocumentsIssuerIsItsPossessorAgentOrWhoReleasedIt() {
        // the minister 's statement
        Sentence poss = sentence("the/DT minister/NN 's/POS statement/NN");
        Dependencies p = new Dependencies(new int[] {1, 3, 1, -1}, new String[] {"det", "nmod:poss", "case", "root"});
        assertEquals(1, SpeechSyntax.issuer(poss, p, 3));
        // the decree signed by the Pope
        Sentence agent = sentence("the/DT decree/NN signed/VBN by/IN the/DT Pope/NNP");
        Dependencies a = new Dependencies(new int[] {1, -1, 1, 5, 5, 2},
                new String[] {"det", "root", "acl", "case", "det", "obl"});
        assertEquals(5, SpeechSyntax.issuer(agent, a, 1));
        // They released a statement
        Sentence released = sentence("They/PRP released/VBD a/DT statement/NN");
        Dependencies r = new Dependencies(new int[] {1, -1, 3, 1}, new String[] {"nsubj", "root", "det", "obj"});
        assertEquals(0, SpeechSyntax.issuer(released, r, 3));
    }

    @Test
    void anAppositionIsFoundBesideItsHead() {
        // Dunn 's mother , Carol Dunn , said
        Sentence s = sentence("Dunn/NNP 's/POS mother/NN ,/, Carol/NNP Dunn/NNP ,/, said/VBD");
        Dependencies d = new Dependencies(new int[] {2, 0, 7, 2, 5, 2, 7, -1},
                new String[] {"nmod:poss", "case", "nsubj", "punct", "compound", "appos", "punct", "root"});
        assertEquals(2, SpeechSyntax.sourceHead(s, d, 7));
        assertEquals(List.of(5), SpeechSyntax.appositions(s, d, 2));
    }

    @Test
    void aSubjectInsideTheReportedClauseIsAMisparse() {
        // "a gunman shot shoppers at a store , officials said" parsed with "store" as the subject of "said":
        // the subject stands inside the clause the verb reports, so the tree gives no source
        Sentence s = sentence("gunman/NN shot/VBD shoppers/NNS at/IN store/NN ,/, officials/NNS said/VBD");
        Dependencies d = new Dependencies(new int[] {1, 7, 1, 4, 7, 7, 1, -1},
                new String[] {"nsubj", "ccomp", "obj", "case", "nsubj", "punct", "obl", "root"});
        assertEquals(-1, SpeechSyntax.sourceHead(s, d, 7));
    }
}
