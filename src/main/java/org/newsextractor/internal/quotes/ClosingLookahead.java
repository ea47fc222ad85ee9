package org.newsextractor.internal.quotes;

/**
 * Answers "is there a mark of this family further on in the paragraph that would close a quotation?" for a
 * forward scan. Queries must come with non-decreasing offsets; each char is then examined at most once, so the
 * whole scan stays linear even with thousands of unbalanced marks.
 */
final class ClosingLookahead {
    private final MarkPositions positions;
    private final MarkFamily family;
    private final int end;
    private int examinedUpTo;
    private int nextCloser = -1;

    /**
     * @param positions judge of marks in the paragraph
     * @param family    the family whose closing marks are looked for
     * @param start     first offset of the paragraph
     * @param end       offset just after the paragraph
     */
    ClosingLookahead(MarkPositions positions, MarkFamily family, int start, int end) {
        this.positions = positions;
        this.family = family;
        this.end = end;
        this.examinedUpTo = start;
    }

    /**
     * @param from first offset to consider; not smaller than in the previous call
     * @return whether a closing mark of the family occurs at or after {@code from} in the paragraph
     */
    boolean hasCloserFrom(int from) {
        if (nextCloser >= from) {
            return nextCloser < end;
        }
        int i = Math.max(from, examinedUpTo);
        while (i < end && !isCloser(i)) {
            i++;
        }
        nextCloser = i;
        examinedUpTo = i + 1;
        return i < end;
    }

    private boolean isCloser(int i) {
        QuoteMark mark = positions.markAt(i);
        return mark != null && mark.family() == family && positions.closesOpenQuote(i, mark);
    }
}
