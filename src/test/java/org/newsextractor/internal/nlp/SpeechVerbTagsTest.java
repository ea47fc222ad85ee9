package org.newsextractor.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechVerbTagsTest {

    /** Tokens from "word/TAG" pairs, one space apart. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            out.add(new Token(out.size(), word, at, at + word.length(), pair.substring(slash + 1), word.toLowerCase(),
                    "O", ""));
            at += word.length() + 1;
        }
        return out;
    }

    @Test
    void aSpeechVerbTaggedAsANounBeforeAQuotationBecomesAVerb() {
        List<Token> fixed = SpeechVerbTags.repair(tokens("the/DT airline/NN read/NN :/: \"/`` We/PRP"));
        assertEquals("VBD", fixed.get(2).pos());
        assertEquals("read", fixed.get(2).lemma());
        List<Token> tweeted = SpeechVerbTags.repair(tokens("the/DT minister/NN tweeted/NNS ,/, \"/`` We/PRP"));
        assertEquals("VBD", tweeted.get(2).pos());
        assertEquals("tweet", tweeted.get(2).lemma());
    }

    @Test
    void nounsElsewhereStayNouns() {
        // not after a noun, not before a quotation, or not a speech verb
        assertEquals("NN", SpeechVerbTags.repair(tokens("his/PRP$ reply/NN :/: \"/`` No/DT")).get(1).pos());
        assertEquals("NN", SpeechVerbTags.repair(tokens("the/DT airline/NN read/NN the/DT")).get(2).pos());
        assertEquals("NN", SpeechVerbTags.repair(tokens("the/DT bus/NN station/NN :/: \"/`` We/PRP")).get(2).pos());
    }

    @Test
    void aSpeechVerbsParticipleBetweenANumberAndItsNounIsAnAdjective() {
        List<Token> fixed = SpeechVerbTags.repair(tokens("811/CD confirmed/VBD cases/NNS have/VBP"));
        assertEquals("JJ", fixed.get(1).pos());
        assertEquals("VBD", SpeechVerbTags.repair(tokens("Police/NNS confirmed/VBD cases/NNS")).get(1).pos());
    }
}
