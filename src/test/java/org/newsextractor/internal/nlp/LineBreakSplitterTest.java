package org.newsextractor.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakSplitterTest {

    /** One sentence over the whole text, as CoreNLP gives when single line breaks are no sentence ends. */
    private static AnnotatedText oneSentence(String text, String... posByWord) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        int k = 0;
        for (String word : text.split("\\s+")) {
            int begin = text.indexOf(word, at);
            at = begin + word.length();
            tokens.add(new Token(tokens.size(), word, begin, at, posByWord.length > k ? posByWord[k] : "NN",
                    word.toLowerCase(), "O", ""));
            k++;
        }
        return new AnnotatedText(text, List.of(new Sentence(0, tokens)));
    }

    @Test
    void headlineOnItsOwnLineIsItsOwnSentence() {
        AnnotatedText split = LineBreakSplitter.split(oneSentence("Putin says truce signed\nRebels agreed ."));
        assertEquals(2, split.sentences().size());
        Sentence second = split.sentences().get(1);
        assertEquals("Rebels", second.token(0).text());
        assertEquals(0, second.token(0).index());
        assertEquals(1, second.index());
        assertEquals(split.text().indexOf("Rebels"), second.begin());
    }

    @Test
    void lineEndingInAConjunctionOrCommaRunsOn() {
        assertEquals(1, LineBreakSplitter.split(oneSentence("Smith and\nJones left", "NNP", "CC", "NNP", "VBD"))
                .sentences().size());
        assertEquals(1, LineBreakSplitter.split(oneSentence("Smith ,\nJones left", "NNP", ",", "NNP", "VBD"))
                .sentences().size());
    }

    @Test
    void wrappedTextIsLeftAsItWas() {
        String wrapped = "The minister said on Monday that the\nbudget would be cut and that\nspending on"
                + " schools would fall\nSharply next year .";
        assertTrue(LineBreakSplitter.isWrapped(wrapped));
        AnnotatedText text = oneSentence(wrapped);
        assertSame(text, LineBreakSplitter.split(text));
        assertFalse(LineBreakSplitter.isWrapped("Headline\nFirst paragraph .\nSecond paragraph ."));
    }
}
