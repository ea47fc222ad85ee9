package org.newsextractor.internal.entities;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsextractor.internal.Resources;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Finds the titles or roles the text gives a person: before the name ("White House press secretary Jen Psaki")
 * or in an apposition after it ("Bob Menendez, chairman of the Senate Foreign Relations Committee,").
 */
public final class TitleFinder {
    private static final int MAX_TITLE_TOKENS = 8;
    private final Set<String> titleWords = TitleWords.all();

    /**
     * @param person the person's cluster
     * @return the distinct titles, in text order
     */
    public List<String> titles(EntityCluster person) {
        Set<String> titles = new LinkedHashSet<>();
        for (NameSpan span : person.spans()) {
            String before = titleBefore(span);
            if (before != null) {
                titles.add(before);
            }
            String after = titleAfter(span);
            if (after != null) {
                titles.add(after);
            }
            String apposed = titleInAppositionBefore(span);
            if (apposed != null) {
                titles.add(apposed);
            }
        }
        return List.copyOf(titles);
    }

    boolean isTitleWord(Token token) {
        return titleWords.contains(token.lower());
    }

    /** The run of title words and their modifiers right before the name, if it holds a title word. */
    private String titleBefore(NameSpan span) {
        Sentence s = span.sentence();
        int start = span.from();
        boolean hasTitleWord = false;
        while (start > 0 && span.from() - start < MAX_TITLE_TOKENS) {
            Token t = s.token(start - 1);
            boolean titleWord = isTitleWord(t);
            boolean modifier = t.isProperNoun() || t.pos().equals("JJ") || t.pos().startsWith("NN");
            if (!titleWord && !modifier || t.pos().equals("POS") || EntityType.fromNer(t.ner()) == EntityType.PERSON) {
                break;
            }
            hasTitleWord |= titleWord;
            start--;
        }
        if (!hasTitleWord) {
            return null;
        }
        return text(s, start, span.from());
    }

    /**
     * "The prime minister, Alan Hughes, said": a title phrase that the name stands in apposition to, before it; the
     * name must close the apposition with a comma or end the sentence.
     */
    private String titleInAppositionBefore(NameSpan span) {
        Sentence s = span.sentence();
        int comma = span.from() - 1;
        boolean closed = span.to() >= s.size() || s.token(span.to()).text().equals(",")
                || s.token(span.to()).pos().equals(".");
        if (comma < 1 || !closed || !s.token(comma).text().equals(",")) {
            return null;
        }
        int start = comma;
        boolean hasTitleWord = false;
        while (start > 0 && comma - start < MAX_TITLE_TOKENS) {
            Token t = s.token(start - 1);
            boolean nominal = t.pos().matches("DT|JJ.*|NN.*|POS|PRP\\$");
            if (!nominal || EntityType.fromNer(t.ner()) == EntityType.PERSON) {
                break;
            }
            hasTitleWord |= isTitleWord(t);
            start--;
        }
        boolean opensClause = start == 0 || s.token(start - 1).pos().matches("IN|TO|VB.*|,|CC");
        if (!hasTitleWord || !opensClause || !isTitleWord(s.token(comma - 1))) {
            return null; // the phrase must end in its title word: "the country's prime minister"
        }
        while (start < comma && s.token(start).pos().equals("DT")) {
            start++;
        }
        return text(s, start, comma);
    }

    /** ", chairman of the Senate Foreign Relations Committee," right after the name. */
    private String titleAfter(NameSpan span) {
        Sentence s = span.sentence();
        int i = span.to();
        if (i >= s.size() || !s.token(i).text().equals(",")) {
            return null;
        }
        int start = i + 1;
        if (start < s.size() && (s.token(start).lower().equals("the") || s.token(start).lower().equals("a"))) {
            start++;
        }
        if (start >= s.size() || !isTitleWordNear(s, start)) {
            return null;
        }
        int end = start;
        while (end < s.size() && !s.token(end).text().equals(",") && end - start < MAX_TITLE_TOKENS * 2
                && !s.token(end).isVerb()) {
            end++;
        }
        if (end >= s.size() || !s.token(end).text().equals(",")) {
            return null;
        }
        return text(s, start, end);
    }

    private boolean isTitleWordNear(Sentence s, int start) {
        for (int i = start; i < Math.min(s.size(), start + 3); i++) {
            if (isTitleWord(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Sentence s, int from, int to) {
        if (from >= to) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (i > from && t.begin() > s.token(i - 1).end()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString().strip();
    }
}
