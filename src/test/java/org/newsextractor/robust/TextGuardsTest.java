package org.newsextractor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.guard.CharacterBlanker;
import org.newsextractor.internal.guard.MarkupBlanker;
import org.newsextractor.internal.guard.TextChunker;

/** The length-keeping text guards: markup and junk characters blanked, text cut into bounded pieces. */
class TextGuardsTest {

    @Test
    void tagsCommentsAndScriptsBecomeSpacesOfEqualLength() {
        String html = "<p class=\"x\">Joe Biden said <b>\"hi\"</b>.</p><!-- \"no\" --><script>var a = \"b\";"
                + "</script>\nEnd &amp; 3 < 4 > 2.";
        String blanked = MarkupBlanker.blank(html);
        assertEquals(html.length(), blanked.length());
        assertEquals("Joe Biden said", blanked.substring(13, 27));
        assertTrue(blanked.startsWith("\n\n"), "a paragraph tag starts a new paragraph");
        assertTrue(!blanked.contains("<") || blanked.contains("3 < 4 > 2"), blanked);
        assertTrue(!blanked.contains("var") && !blanked.contains("no\""), blanked);
        assertTrue(blanked.endsWith("End &amp; 3 < 4 > 2."), "text with stray brackets is kept: " + blanked);
    }

    @Test
    void textWithoutMarkupIsReturnedAsIs() {
        String text = "Prices rose 3 < 4 percent, said \"Jane\".";
        assertSame(text, MarkupBlanker.blank(text));
    }

    @Test
    void markupBlankingIsLinearOnHostilePatterns() {
        String hostile = "<!-- a <b".repeat(50_000) + "< < < >".repeat(50_000);
        long start = System.nanoTime();
        assertEquals(hostile.length(), MarkupBlanker.blank(hostile).length());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeSpacesButPairsAndBreaksStay() {
        String text = "a\u0000b\u0007\n\tc\uD800d\uDC00e😀f\uFEFF\r\n";
        assertEquals("a b \n\tc d e😀f \r\n", CharacterBlanker.blank(text));
    }

    @Test
    void piecesCoverTheTextAndRespectTheSentenceLimit() {
        TextChunker chunker = new TextChunker(100, 500);
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            String text = HostileInputs.random(random);
            List<TextChunker.Chunk> chunks = chunker.chunks(text);
            int at = 0;
            for (TextChunker.Chunk c : chunks) {
                assertEquals(at, c.begin(), "no gap");
                assertTrue(c.end() > c.begin(), "no empty piece");
                assertTrue(c.end() - c.begin() <= 500, "piece of " + (c.end() - c.begin()));
                assertTrue(c.end() == text.length() || !Character.isLowSurrogate(text.charAt(c.end()))
                        || !Character.isHighSurrogate(text.charAt(c.end() - 1)), "surrogate pair kept whole");
                at = c.end();
            }
            assertEquals(text.length(), at, "covers the text");
        }
    }

    @Test
    void aBlankLineIsPreferredAndShortTextsStayWhole() {
        TextChunker chunker = new TextChunker(100, 300);
        assertEquals(List.of(new TextChunker.Chunk(0, 12)), chunker.chunks("Short text. "));
        String para = "Words here. ".repeat(20);   // 240 chars
        List<TextChunker.Chunk> chunks = chunker.chunks(para + "\n\n" + para);
        assertEquals(para.length() + 2, chunks.get(0).end());
    }

    @Test
    void aRunWithoutSpacesIsCutHard() {
        List<TextChunker.Chunk> chunks = new TextChunker(100, 300).chunks("x".repeat(1_000));
        assertEquals(10, chunks.size());
    }
}
