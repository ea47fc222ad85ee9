package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsextractor.Quantity;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Builds an {@link AnnotatedText} by hand from CoreNLP-style tagged words, for tests without models.
 *
 * <p>Each sentence is a string of space-separated items {@code word/POS[/NER[{normalized}]]}; a space inside a
 * normalized value is written "_". An item starting with "~" is glued to the previous word (no space), as in
 * "90 ~-/HYPH ~minute/NN". A slash inside a word is written "%2F" ("km ~%2F/SYM ~h/NN"). Sentences are joined by
 * a space.
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
                String word = parts[0].replace("%2F", "/");
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

    /** @return the numbers the extractor finds in the tagged sentences, each checked to quote its own span */
    static List<Quantity> numbers(NumberExtractor extractor, String... sentences) {
        AnnotatedText text = text(sentences);
        List<Quantity> found = extractor.extract(text, Optional.empty());
        for (Quantity q : found) {
            assertEquals(text.text().substring(q.begin(), q.end()), q.text(), "text must be the original span");
        }
        return found;
    }

    /** @return the one number the extractor finds; fails when it finds none or several */
    static Quantity onlyNumber(NumberExtractor extractor, String... sentences) {
        List<Quantity> found = numbers(extractor, sentences);
        assertEquals(1, found.size(), () -> "expected one number, got " + found);
        return found.get(0);
    }
}
