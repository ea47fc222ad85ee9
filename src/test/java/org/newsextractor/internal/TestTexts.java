package org.newsextractor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Builds annotated texts by hand for tests that must not load CoreNLP: the one hand-tagged fixture language of the
 * tests. Each sentence is a string of space-separated tokens {@code word[/POS[/NER[/lemma]]]}, with an optional
 * normalized value in braces after the NER tag ({@code 94,000/CD/NUMBER{94000.0}}; a space inside it is written
 * "_"). POS defaults to NN, NER to O, the lemma to the lower-case word ("be" for the forms of "be"). The text joins
 * the words with single spaces, sentences too, except that a word written with a leading {@code +} is glued to the
 * word before it ({@code Li/NNP +-/HYPH +ming/NNP} is the text "Li-ming"). A slash inside a word is written "%2F"
 * ({@code km/NN +%2F/SYM +h/NN} is "km/h"). A sentence written with a leading line break starts a new line of the
 * text, as a paragraph or a page's dateline does.
 */
public final class TestTexts {
    private static final Set<String> FORMS_OF_BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");

    private TestTexts() {
    }

    public static AnnotatedText parse(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> result = new ArrayList<>();
        for (String sentence : sentences) {
            List<Token> tokens = new ArrayList<>();
            if (sentence.startsWith("\n") && text.length() > 0) {
                text.append('\n');
            }
            for (String spec : sentence.trim().split(" +")) {
                boolean glued = spec.length() > 1 && spec.startsWith("+");
                if (glued) {
                    spec = spec.substring(1);
                } else if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                }
                String normalized = "";
                int brace = spec.indexOf('{');
                if (brace >= 0 && spec.indexOf('}', brace) > 0) { // DATE{****1222}: a normalized value
                    int close = spec.lastIndexOf('}');
                    normalized = spec.substring(brace + 1, close).replace('_', ' ');
                    spec = spec.substring(0, brace) + spec.substring(close + 1);
                }
                String[] f = spec.split("/", -1);
                String word = f[0].replace("%2F", "/");
                String pos = f.length > 1 && !f[1].isEmpty() ? f[1] : "NN";
                String ner = f.length > 2 && !f[2].isEmpty() ? f[2] : "O";
                String lower = word.toLowerCase(Locale.ROOT);
                String lemma = f.length > 3 ? f[3] : FORMS_OF_BE.contains(lower) ? "be" : lower;
                int begin = text.length();
                text.append(word);
                tokens.add(new Token(tokens.size(), word, begin, text.length(), pos, lemma, ner, normalized));
            }
            result.add(new Sentence(result.size(), tokens));
        }
        return new AnnotatedText(text.toString(), result);
    }
}
