package org.newsextractor.internal.quotes;

import java.util.Objects;

/**
 * One quoted passage found in a text. All offsets are char offsets into the exact string given to
 * {@link QuoteFinder#find(String)}.
 *
 * @param begin             start of the quoted content (after the opening mark, leading whitespace skipped)
 * @param end               end (exclusive) of the quoted content (before the closing mark, or at the end of the
 *                          paragraph when unclosed; trailing whitespace trimmed). Punctuation inside the marks,
 *                          such as a trailing comma, is kept.
 * @param openMark          offset of the opening mark (the first one when the mark is doubled, as in {@code ““})
 * @param closeMark         offset of the closing mark, or -1 when there is none
 * @param closed            whether a closing mark was found; false when the passage ran to the end of its paragraph
 *                          or was cut short by a new opening mark of its own family
 * @param paragraph         zero-based index of the paragraph holding the passage (see {@link QuoteFinder} for how
 *                          paragraphs are delimited)
 * @param startsParagraph   whether the opening mark is the first non-whitespace character of its paragraph
 * @param continuesPrevious whether this passage opens its paragraph while the previous paragraph ended inside an
 *                          unclosed quotation: the usual convention for a quotation running over several paragraphs
 * @param family            the family of marks that delimits the passage
 * @param kind              whether the passage is likely a quotation or a term, title or scare quote
 */
public record QuoteSpan(
        int begin,
        int end,
        int openMark,
        int closeMark,
        boolean closed,
        int paragraph,
        boolean startsParagraph,
        boolean continuesPrevious,
        MarkFamily family,
        QuoteKind kind) {

    /** Checks the invariants between the offsets. */
    public QuoteSpan {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(kind, "kind");
        if (openMark < 0 || begin <= openMark || end < begin) {
            throw new IllegalArgumentException(
                    "bad offsets: openMark=" + openMark + " begin=" + begin + " end=" + end);
        }
        if (closed ? closeMark < end : closeMark != -1) {
            throw new IllegalArgumentException("bad closing mark " + closeMark + " for closed=" + closed);
        }
        if (paragraph < 0) {
            throw new IllegalArgumentException("negative paragraph " + paragraph);
        }
    }

    /**
     * @param source the text the span was found in
     * @return the quoted content, as written
     */
    public String text(CharSequence source) {
        return source.subSequence(begin, end).toString();
    }

    /** @return the number of chars of quoted content */
    public int length() {
        return end - begin;
    }

    /** @return a copy of this span with another kind */
    QuoteSpan withKind(QuoteKind newKind) {
        return new QuoteSpan(begin, end, openMark, closeMark, closed, paragraph, startsParagraph,
                continuesPrevious, family, newKind);
    }

    /** @return a copy of this span with another continuation flag */
    QuoteSpan withContinuesPrevious(boolean continues) {
        return new QuoteSpan(begin, end, openMark, closeMark, closed, paragraph, startsParagraph,
                continues, family, kind);
    }
}
