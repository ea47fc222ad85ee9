package org.newsextractor.internal.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Flags spans that are probably not someone's words: a closed passage of one to three words that is either
 * title-like (every word capitalized or numeric: a name, title or term such as {@code "COVID-19"}) or a gloss
 * filling a pair of parentheses ({@code ("British exit")}), with no speech verb within a few words on either side. Everything else stays a {@link QuoteKind#QUOTATION}.
 */
final class QuoteKindClassifier {
    private static final int MAX_TITLE_WORDS = 3;
    private static final int WINDOW_BEFORE = 80;
    private static final int WINDOW_AFTER = 50;

    /** Speech words as written (the classifier reads raw text, before tagging): {@code models/speech/speech-word-forms.txt}. */
    private static final Set<String> SPEECH_WORDS = Set.copyOf(
            org.newsextractor.internal.Resources.lines("speech/speech-word-forms.txt"));

    private QuoteKindClassifier() {
    }

    /**
     * @param text      the whole text
     * @param span      a span found in it
     * @param paragraph the paragraph holding the span
     * @return the kind the span most likely is
     */
    static QuoteKind classify(String text, QuoteSpan span, Paragraph paragraph) {
        if (!span.closed() || countWords(text, span.begin(), span.end()) > MAX_TITLE_WORDS) {
            return QuoteKind.QUOTATION;
        }
        if (!isTitleLike(text, span.begin(), span.end()) && !isParenthesizedGloss(text, span)) {
            return QuoteKind.QUOTATION;
        }
        int before = Math.max(paragraph.start(), span.openMark() - WINDOW_BEFORE);
        int after = Math.min(paragraph.end(), span.closeMark() + 1 + WINDOW_AFTER);
        if (hasSpeechWord(text, before, span.openMark()) || hasSpeechWord(text, span.closeMark() + 1, after)) {
            return QuoteKind.QUOTATION;
        }
        return QuoteKind.LIKELY_TERM_OR_TITLE;
    }

    /** At least one word, each starting with an upper-case letter or a digit. */
    static boolean isTitleLike(String text, int begin, int end) {
        int words = 0;
        int i = begin;
        while (i < end) {
            if (!Chars.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            char first = text.charAt(i);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
                return false;
            }
            words++;
            i = wordEnd(text, i, end);
        }
        return words > 0;
    }

    /** @return the number of words in {@code [begin, end)}, counting no further than one past the title limit */
    static int countWords(String text, int begin, int end) {
        int words = 0;
        int i = begin;
        while (i < end && words <= MAX_TITLE_WORDS) {
            if (Chars.isWordChar(text.charAt(i))) {
                words++;
                i = wordEnd(text, i, end);
            } else {
                i++;
            }
        }
        return words;
    }

    /** A quotation that fills a pair of parentheses, as a gloss does: {@code anti-Brexit ("British exit")}. */
    private static boolean isParenthesizedGloss(String text, QuoteSpan span) {
        int before = span.openMark() - 1;
        int after = span.closeMark() + 1;
        return before >= 0 && after < text.length() && text.charAt(before) == '(' && text.charAt(after) == ')';
    }

    private static boolean hasSpeechWord(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i, to);
            boolean wholeWord = (i == from || !Character.isLetter(text.charAt(i - 1)))
                    && (end == to || !Character.isLetter(text.charAt(end)));
            if (wholeWord && SPEECH_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Words run over letters, digits and inner hyphens, so {@code COVID-19} is one word. */
    private static int wordEnd(String text, int start, int limit) {
        int i = start;
        while (i < limit && (Chars.isWordChar(text.charAt(i))
                || (text.charAt(i) == '-' && i + 1 < limit && Chars.isWordChar(text.charAt(i + 1))))) {
            i++;
        }
        return i;
    }
}
