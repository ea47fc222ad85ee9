package org.newsextractor.internal.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ends a sentence at a single line break, where scraped text puts a headline, a caption or a paragraph on a line
 * of its own without a full stop. CoreNLP runs with {@code newlineIsSentenceBreak=two}, so that text wrapped at
 * a fixed width still reads as whole sentences; but then "Putin says rebels signed truce deal" on its own line
 * runs into the first sentence of the story, and the claims and quotations of both go wrong.
 *
 * <p>A text counts as wrapped when more than a fifth of its single line breaks are followed by a lower-case
 * word (a sentence carried on to the next line); wrapped text is left as CoreNLP split it. Otherwise a sentence
 * is cut where a line break stands between two tokens, unless the line ends in a word that cannot end a
 * sentence ("and", "of", "the", a comma) or the next line starts in lower case.
 */
public final class LineBreakSplitter {
    private static final double WRAPPED_SHARE = 0.2;
    private static final Set<String> OPEN_ENDINGS = Set.of("CC", "IN", "DT", "TO", "PRP$", "HYPH", ",", ":");

    private LineBreakSplitter() {
    }

    /**
     * @param text the annotated text
     * @return the same tokens, with sentences cut at line breaks; the text itself when nothing is cut
     */
    public static AnnotatedText split(AnnotatedText text) {
        if (isWrapped(text.text())) {
            return text;
        }
        List<Sentence> out = new ArrayList<>();
        boolean changed = false;
        for (Sentence s : text.sentences()) {
            int from = 0;
            for (int i = 1; i < s.size(); i++) {
                if (breaksAt(text.text(), s.token(i - 1), s.token(i))) {
                    out.add(Sentence.renumbered(out.size(), s.tokens().subList(from, i)));
                    from = i;
                    changed = true;
                }
            }
            out.add(Sentence.renumbered(out.size(), s.tokens().subList(from, s.size())));
        }
        if (!changed) {
            return text;
        }
        return new AnnotatedText(text.text(), out);
    }

    private static boolean breaksAt(String text, Token before, Token after) {
        String gap = text.substring(before.end(), after.begin());
        if (gap.indexOf('\n') < 0) {
            return false;
        }
        char first = after.text().charAt(0);
        return !Character.isLowerCase(first) && !OPEN_ENDINGS.contains(before.pos())
                && !before.text().equals(",");
    }

    /** @return whether lines run on into the next line often enough that the text is wrapped at a width */
    static boolean isWrapped(String text) {
        String[] lines = text.split("\n", -1);
        int breaks = 0;
        int runOn = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String next = lines[i + 1].strip();
            if (lines[i].isBlank() || next.isEmpty()) {
                continue;
            }
            breaks++;
            if (Character.isLowerCase(next.charAt(0))) {
                runOn++;
            }
        }
        return breaks > 0 && runOn > WRAPPED_SHARE * breaks;
    }
}
