package org.newsextractor.internal.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives a closing quotation mark back to the sentence it closes. When a quotation runs over two sentences
 * ({@code said: "I assure him ... kidnapped. It will be a peaceful transition." According to ...}), CoreNLP's
 * splitter sees no opening mark in the second sentence and starts the next sentence with the closing one; the
 * quotation then seems to end in the next sentence, whose reporting verb takes it over.
 *
 * <p>A mark that opens a sentence closes the one before when it touches that sentence's last token and is
 * followed by a space or the end of the text, as closing marks are and opening ones are not.
 */
public final class ClosingQuoteJoiner {
    private static final Set<String> DOUBLE_QUOTES = Set.of("\"", "\u201d", "''");

    private ClosingQuoteJoiner() {
    }

    /**
     * @param text the annotated text
     * @return the same tokens, with each stray closing mark moved back; the text itself when none moves
     */
    public static AnnotatedText join(AnnotatedText text) {
        List<Sentence> sentences = text.sentences();
        List<List<Token>> pieces = new ArrayList<>();
        boolean changed = false;
        for (Sentence s : sentences) {
            List<Token> tokens = new ArrayList<>(s.tokens());
            if (!pieces.isEmpty() && tokens.size() > 1 && closesPrevious(text.text(), pieces.get(pieces.size() - 1),
                    tokens.get(0))) {
                Token mark = tokens.remove(0);
                pieces.get(pieces.size() - 1).add(mark.retagged("''", mark.lemma()));
                changed = true;
            }
            pieces.add(tokens);
        }
        if (!changed) {
            return text;
        }
        List<Sentence> out = new ArrayList<>(pieces.size());
        for (List<Token> piece : pieces) {
            out.add(Sentence.renumbered(out.size(), piece));
        }
        return new AnnotatedText(text.text(), out);
    }

    private static boolean closesPrevious(String text, List<Token> previous, Token mark) {
        if (!DOUBLE_QUOTES.contains(mark.text()) || previous.isEmpty()) {
            return false;
        }
        Token before = previous.get(previous.size() - 1);
        return before.end() == mark.begin() && (mark.end() >= text.length()
                || Character.isWhitespace(text.charAt(mark.end())));
    }

}
