package org.newsextractor.internal.quotes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the quoted passages of one paragraph in a single forward pass.
 *
 * <p>Outside a quotation, a mark opens one when its shape and position allow it (see {@link #opens}). Inside a
 * quotation only marks of the same family matter: one closes it, or, if it stands in plain opening position,
 * leaves it unclosed and opens a new one. Marks of other families inside a quotation are nested and ignored.
 * A quotation still open at the paragraph end ends there, unclosed.
 */
final class ParagraphScanner {
    private final String text;
    private final Paragraph paragraph;
    private final MarkPositions positions;
    private final Map<MarkFamily, ClosingLookahead> lookaheads = new EnumMap<>(MarkFamily.class);
    private final List<QuoteSpan> out;

    private MarkFamily openFamily;
    private int openMark;
    private int contentStart;

    /**
     * @param text      the whole text
     * @param paragraph the paragraph to scan
     * @param out       where found spans are appended, in order
     */
    ParagraphScanner(String text, Paragraph paragraph, List<QuoteSpan> out) {
        this.text = text;
        this.paragraph = paragraph;
        this.positions = new MarkPositions(text, paragraph.start(), paragraph.end());
        this.out = out;
    }

    /** Scans the paragraph, appending its spans (kind {@link QuoteKind#QUOTATION}, not yet continuations). */
    void scan() {
        int i = paragraph.start();
        while (i < paragraph.end()) {
            QuoteMark mark = QuoteMark.of(text.charAt(i));
            if (mark == null) {
                i++;
            } else if (openFamily == null) {
                i = opens(i, mark) ? open(i, mark.family()) : i + 1;
            } else if (mark.family() != openFamily) {
                i++;
            } else if (positions.startsNewQuote(i, mark)) {
                emit(i, -1);
                i = open(i, mark.family());
            } else if (positions.closesOpenQuote(i, mark) && !(mark.family() == MarkFamily.SINGLE
                    && positions.isPluralPossessive(i) && lookahead(mark.family()).hasCloserFrom(i + 1))) {
                emit(i, i);
                openFamily = null;
                i++;
            } else {
                i++;
            }
        }
        if (openFamily != null) {
            emit(paragraph.end(), -1);
            openFamily = null;
        }
    }

    /** Whether a mark met outside any quotation opens one. */
    private boolean opens(int i, QuoteMark mark) {
        if (mark.family() == MarkFamily.SINGLE) {
            // A paragraph that opens with a single mark and a capital is quoted speech even with no closing mark:
            // British style leaves the mark off where the quotation runs on into the next paragraph.
            boolean opensParagraph = i == paragraph.start() && i + 1 < paragraph.end()
                    && Character.isUpperCase(text.charAt(i + 1));
            return positions.singleCanOpen(i) && (opensParagraph || lookahead(mark.family()).hasCloserFrom(i + 1));
        }
        return switch (mark.shape()) {
            case OPENING -> !positions.isClearlyClosingPosition(i) && i + 1 < paragraph.end();
            case EITHER -> positions.straightDoubleCanOpen(i);
            case CLOSING -> positions.isOpeningPosition(i) && lookahead(mark.family()).hasCloserFrom(i + 1);
        };
    }

    /** Opens a quotation at {@code i}, swallowing a doubled opening mark; returns where the content starts. */
    private int open(int i, MarkFamily family) {
        openFamily = family;
        openMark = i;
        int next = i + 1;
        int k = skipSpaces(next);
        while (k < paragraph.end() && isRepeatedOpening(k, family)) {
            next = k + 1;
            k = skipSpaces(next);
        }
        contentStart = next;
        return next;
    }

    private boolean isRepeatedOpening(int k, MarkFamily family) {
        QuoteMark mark = QuoteMark.of(text.charAt(k));
        if (mark == null || mark.family() != family) {
            return false;
        }
        boolean wordFollows = k + 1 < paragraph.end() && !Chars.isSpace(text.charAt(k + 1));
        return mark.shape() == QuoteMark.Shape.OPENING || (mark.shape() == QuoteMark.Shape.EITHER && wordFollows);
    }

    /** Records the open quotation as ending at {@code limit}; drops it when nothing but whitespace is quoted. */
    private void emit(int limit, int closeMark) {
        int begin = skipSpaces(contentStart);
        int end = limit;
        while (end > begin && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (begin >= end) {
            return;
        }
        boolean startsParagraph = openMark == paragraph.start();
        out.add(new QuoteSpan(begin, end, openMark, closeMark, closeMark >= 0, paragraph.index(), startsParagraph,
                false, openFamily, QuoteKind.QUOTATION));
    }

    private int skipSpaces(int i) {
        int k = i;
        while (k < paragraph.end() && Chars.isSpace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private ClosingLookahead lookahead(MarkFamily family) {
        return lookaheads.computeIfAbsent(family,
                f -> new ClosingLookahead(positions, f, paragraph.start(), paragraph.end()));
    }
}
