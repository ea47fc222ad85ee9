package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Builds an {@link AnnotatedText} by hand from CoreNLP-style tagged words, for tests without models.
 *
 * <p>Each sentence is a string of space-separated items {@code word/POS[/NER[{normalized}]]}; a space inside a
 * normalized value is written "_". An item starting with "~" is glued to the previous word (no space), as in
 * "90 ~-/HYPH ~minute/NN". Sentences are joined by a space.
 */
final class Tagged {

    private static final Set<String> FORMS_OF_BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    private Tagged() {
    }

    static AnnotatedText text(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> built = new ArrayList<>();
        for (String sentence : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            List<Token> tokens = new ArrayList<>();
            boolean first = true;
            for (String item : sentence.trim().split(" +")) {
                boolean glued = item.startsWith("~");
                if (glued) {
                    item = item.substring(1);
                }
                String normalized = "";
                int brace = item.indexOf('{');
                if (brace >= 0) {
                    normalized = item.substring(brace + 1, item.lastIndexOf('}')).replace('_', ' ');
                    item = item.substring(0, brace);
                }
                String[] parts = item.split("/", -1);
                String word = parts[0];
                String pos = parts.length > 1 ? parts[1] : "NN";
                String ner = parts.length > 2 ? parts[2] : "O";
                if (!first && !glued) {
                    text.append(' ');
                }
                first = false;
                int begin = text.length();
                text.append(word);
                String lower = word.toLowerCase(Locale.ROOT);
                String lemma = FORMS_OF_BE.contains(lower) ? "be" : lower;
                tokens.add(new Token(tokens.size(), word, begin, text.length(), pos, lemma, ner, normalized));
            }
            built.add(new Sentence(built.size(), tokens));
        }
        return new AnnotatedText(text.toString(), built);
    }
}
