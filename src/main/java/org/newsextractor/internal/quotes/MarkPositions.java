package org.newsextractor.internal.quotes;

import org.newsextractor.internal.FunctionWords;
import java.util.Locale;
import java.util.Set;

/**
 * Judges what a quotation mark at a given offset can be, from its neighbours inside one paragraph. Every method
 * looks at a bounded number of chars, so a scan that calls them once per char stays linear.
 */
final class MarkPositions {
    /** Chars after which a mark followed by a word opens a quotation: brackets, dashes and a slash. */
    private static final String OPENING_CONTEXT = "([{<\u2014\u2013-/";

    /** Words that begin with an apostrophe of elision ({@code 'em}, {@code 'til}, rock {@code 'n'} roll). */
    private static final Set<String> ELIDED_WORDS = FunctionWords.of("elided-word");

    private final String text;
    private final int start;
    private final int end;

    /**
     * @param text  the whole text
     * @param start first offset of the paragraph
     * @param end   offset just after the paragraph
     */
    MarkPositions(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /** @return the mark at {@code i}, or null if {@code i} is outside the paragraph or holds no mark */
    QuoteMark markAt(int i) {
        return i >= start && i < end ? QuoteMark.of(text.charAt(i)) : null;
    }

    /**
     * A mark in plain opening position: at the paragraph start, or after whitespace, a bracket, a dash or an
     * opening-shaped mark, and followed by a non-space.
     */
    boolean isOpeningPosition(int i) {
        return openingContextBefore(i) && i + 1 < end && !Chars.isSpace(text.charAt(i + 1));
    }

    /**
     * A straight double mark that opens when outside a quotation: not after a word, followed by a non-space, or
     * spaced from the word it opens between spaces as some sites type it ({@code stated that " if there is ...}).
     */
    boolean straightDoubleCanOpen(int i) {
        if (i > start && Chars.isWordChar(text.charAt(i - 1)) || i + 1 >= end) {
            return false;
        }
        boolean spacedOpening = (i == start || Chars.isSpace(text.charAt(i - 1))) && text.charAt(i + 1) == ' '
                && i + 2 < end && Chars.isWordChar(text.charAt(i + 2));
        return !Chars.isSpace(text.charAt(i + 1)) || spacedOpening;
    }

    /** An opening-shaped mark that sits where a closing one should: after a non-space and before a space or the end. */
    boolean isClearlyClosingPosition(int i) {
        return i > start && !Chars.isSpace(text.charAt(i - 1))
                && (i + 1 >= end || Chars.isSpace(text.charAt(i + 1)) || isClosingPunctuation(text.charAt(i + 1)));
    }

    /** A single mark that can open: not after a letter or digit, before a non-space, and not an elision apostrophe. */
    boolean singleCanOpen(int i) {
        if (i + 1 >= end || Chars.isSpace(text.charAt(i + 1))) {
            return false;
        }
        if (i > start && Chars.isWordChar(text.charAt(i - 1))) {
            return false;
        }
        return !isElisionApostrophe(i);
    }

    /** A single mark that can close: after a non-space and not followed by a letter or digit ({@code don't}). */
    boolean singleCanClose(int i) {
        return i > start && !Chars.isSpace(text.charAt(i - 1))
                && (i + 1 >= end || !Chars.isWordChar(text.charAt(i + 1)));
    }

    /**
     * "the employers' court": a single mark after a plural's "s" and before a lower-case word is a possessive
     * apostrophe, when the quotation it sits in still has a closing mark to come.
     */
    boolean isPluralPossessive(int i) {
        return i > start && text.charAt(i - 1) == 's' && i + 2 < end && text.charAt(i + 1) == ' '
                && Character.isLowerCase(text.charAt(i + 2));
    }

    /**
     * Whether a mark of the family of an open quotation closes it (rather than starting a new one, or being an
     * apostrophe or a nested mark to ignore).
     */
    boolean closesOpenQuote(int i, QuoteMark mark) {
        if (mark.family() == MarkFamily.SINGLE) {
            return mark.shape() != QuoteMark.Shape.OPENING && singleCanClose(i);
        }
        return !startsNewQuote(i, mark);
    }

    /**
     * Whether a double or angle mark met inside an open quotation of its family starts a new quotation, leaving the
     * open one unclosed: it is not closing-shaped and stands in plain opening position. Single marks never do,
     * since they are too often apostrophes.
     */
    boolean startsNewQuote(int i, QuoteMark mark) {
        return mark.family() != MarkFamily.SINGLE && mark.shape() != QuoteMark.Shape.CLOSING && isOpeningPosition(i);
    }

    private boolean openingContextBefore(int i) {
        if (i == start) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Chars.isSpace(before) || OPENING_CONTEXT.indexOf(before) >= 0) {
            return true;
        }
        QuoteMark mark = QuoteMark.of(before);
        return mark != null && mark.shape() == QuoteMark.Shape.OPENING;
    }

    /** {@code '90s}, {@code ’19}, {@code 'em}, {@code 'til}, {@code 'n'}: an apostrophe that begins a word. */
    private boolean isElisionApostrophe(int i) {
        int j = i + 1;
        int digits = 0;
        while (j < end && digits < 5 && Character.isDigit(text.charAt(j))) {
            j++;
            digits++;
        }
        if (digits == 2) {
            return j >= end || !Character.isLetter(text.charAt(j)) || text.charAt(j) == 's';
        }
        if (digits > 0) {
            return false;
        }
        int wordEnd = j;
        while (wordEnd < end && wordEnd - j < 6 && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd == j || (wordEnd < end && Character.isLetter(text.charAt(wordEnd)))) {
            return false;
        }
        return ELIDED_WORDS.contains(text.substring(j, wordEnd).toLowerCase(Locale.ROOT));
    }

    private static boolean isClosingPunctuation(char c) {
        return ".,;:!?)]}\u2026".indexOf(c) >= 0 || QuoteMark.of(c) != null;
    }
}
