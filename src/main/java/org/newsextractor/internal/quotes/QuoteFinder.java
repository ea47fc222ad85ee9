package org.newsextractor.internal.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where quoted passages are in plain (often scraped and damaged) article text. Pure text processing: no
 * NLP, no state; one instance can be shared between threads. Runs in time linear in the length of the text and
 * never throws on any input.
 *
 * <p>Rules, in short:
 * <ul>
 *   <li>Paragraphs are separated by blank lines; in a text with no blank line at all, by single line breaks.
 *       A quotation never extends past its paragraph: one left open ends at the paragraph end, unclosed.</li>
 *   <li>Double marks ({@code " “ ” „ ‟}), single marks ({@code ' ‘ ’ ‚ ‹ ›}) and guillemets ({@code « »}) are
 *       supported and may be mixed; a passage is closed only by a mark of its own family, and marks of other
 *       families inside it are ignored as nested.</li>
 *   <li>A straight {@code "} opens when followed by a non-space and not preceded by a letter or digit; inside a
 *       quotation it closes, unless it stands in plain opening position (after a space, before a word), where it
 *       leaves the open quotation unclosed and starts a new one. Curly marks follow their shape, but a closing
 *       glyph in opening position opens when a closer follows, and an opening glyph in closing position closes.</li>
 *   <li>A closing mark glued to the next word ({@code movements”Against}) still closes. A doubled opening mark
 *       ({@code ““There}) counts as one. A stray closing mark with nothing open is ignored.</li>
 *   <li>Single marks are quotation marks only when they pair at word boundaries: an opener not after a letter,
 *       a closer not before one, and a closer must exist in the same paragraph. Apostrophes such as
 *       {@code Zelenskyy’s}, {@code don't}, {@code ’90s}, {@code 'em} are left alone.</li>
 *   <li>Empty quotations are dropped. Spans are returned in text order and never overlap.</li>
 * </ul>
 */
public final class QuoteFinder {

    /** Creates a finder; it holds no state. */
    public QuoteFinder() {
    }

    /**
     * @param text the article text; offsets of the result are into exactly this string (null is read as empty)
     * @return the quoted passages in text order, never overlapping
     */
    public List<QuoteSpan> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Paragraph> paragraphs = Paragraphs.split(text);
        List<QuoteSpan> spans = new ArrayList<>();
        QuoteSpan lastOfPrevious = null;
        Paragraph previous = null;
        for (Paragraph paragraph : paragraphs) {
            int first = spans.size();
            new ParagraphScanner(text, paragraph, spans).scan();
            for (int k = first; k < spans.size(); k++) {
                QuoteSpan span = spans.get(k);
                boolean continues = k == first && span.startsParagraph()
                        && ranToParagraphEnd(lastOfPrevious, previous);
                spans.set(k, span.withContinuesPrevious(continues)
                        .withKind(QuoteKindClassifier.classify(text, span, paragraph)));
            }
            lastOfPrevious = spans.size() > first ? spans.get(spans.size() - 1) : null;
            previous = paragraph;
        }
        return List.copyOf(spans);
    }

    private static boolean ranToParagraphEnd(QuoteSpan span, Paragraph paragraph) {
        return span != null && !span.closed() && span.end() == paragraph.end();
    }
}
