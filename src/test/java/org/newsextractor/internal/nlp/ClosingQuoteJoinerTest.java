package org.newsextractor.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosingQuoteJoinerTest {

    /** Sentences as CoreNLP split them: each part a sentence, tokens at their offsets in the joined text. */
    private static AnnotatedText sentences(String text, String... parts) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (String part : parts) {
            List<Token> tokens = new ArrayList<>();
            for (String word : part.split(" ")) {
                int begin = text.indexOf(word, at);
                at = begin + word.length();
                tokens.add(new Token(tokens.size(), word, begin, at, "NN", word, "O", ""));
            }
            out.add(new Sentence(out.size(), tokens));
        }
        return new AnnotatedText(text, out);
    }

    @Test
    void aClosingMarkThatOpensASentenceGoesBackToTheOneItCloses() {
        String text = "He said: \"No. It will be peaceful.\" Police agreed.";
        AnnotatedText joined = ClosingQuoteJoiner.join(sentences(text, "He said : \" No .", "It will be peaceful .",
                "\" Police agreed ."));
        Sentence second = joined.sentences().get(1);
        assertEquals("\"", second.token(second.size() - 1).text());
        assertEquals("''", second.token(second.size() - 1).pos());
        Sentence third = joined.sentences().get(2);
        assertEquals("Police", third.token(0).text());
        assertEquals(0, third.token(0).index());
        assertEquals(text.indexOf("Police"), third.begin());
    }

    @Test
    void anOpeningMarkStaysWithItsSentence() {
        String spaced = "It ended. \"We won,\" he said.";
        AnnotatedText text = sentences(spaced, "It ended .", "\" We won , \" he said .");
        assertSame(text, ClosingQuoteJoiner.join(text));
        String touching = "It ended.\"We won,\" he said.";
        AnnotatedText glued = sentences(touching, "It ended .", "\" We won , \" he said .");
        assertSame(glued, ClosingQuoteJoiner.join(glued), "a mark followed by a word opens a quotation");
    }
}
