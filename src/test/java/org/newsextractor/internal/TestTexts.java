package org.newsextractor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Builds annotated texts by hand for tests that must not load CoreNLP. Each sentence is a string of tokens
 * {@code word/POS[/NER[{normalized}][/lemma]]} separated by spaces; the text joins the words with single spaces,
 * except that a word written with a leading {@code +} is glued to the word before it ({@code Li/NNP +-/HYPH +ming/NNP}
 * is the text "Li-ming").
 */
public final class TestTexts {
    private TestTexts() {
    }

    public static AnnotatedText parse(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> result = new ArrayList<>();
        for (String sentence : sentences) {
            List<Token> tokens = new ArrayList<>();
            for (String spec : sentence.trim().split(" +")) {
                String[] f = spec.split("/", -1);
                if (f.length < 2) {
                    throw new IllegalArgumentException("token needs word/POS: " + spec);
                }
                boolean glued = f[0].length() > 1 && f[0].startsWith("+");
                if (glued) {
                    f[0] = f[0].substring(1);
                } else if (text.length() > 0) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(f[0]);
                String ner = f.length > 2 && !f[2].isEmpty() ? f[2] : "O";
                String normalized = "";
                int brace = ner.indexOf('{');
                if (brace >= 0 && ner.endsWith("}")) { // DATE{****1222}: a normalized value
                    normalized = ner.substring(brace + 1, ner.length() - 1);
                    ner = ner.substring(0, brace);
                }
                String lemma = f.length > 3 ? f[3] : f[0].toLowerCase(Locale.ROOT);
                tokens.add(new Token(tokens.size(), f[0], begin, text.length(), f[1], lemma, ner, normalized));
            }
            result.add(new Sentence(result.size(), tokens));
        }
        return new AnnotatedText(text.toString(), result);
    }
}
