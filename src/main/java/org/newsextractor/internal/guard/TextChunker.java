package org.newsextractor.internal.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the pieces that are annotated one at a time, so that the cost of each piece is bounded and a
 * deadline can be checked between them.
 *
 * <p>A piece ends at a blank line where it can (CoreNLP ends a sentence there anyway, so results do not change),
 * else after a sentence end. A run with no sentence end longer than {@code maxSentenceChars} (a page without a
 * full stop, one huge token) is cut at its last space, or anywhere but inside a surrogate pair: the annotator then
 * sees it as separate sentences of bounded length instead of one that costs minutes or is skipped.
 */
public final class TextChunker {
    private final int maxSentenceChars;
    private final int maxChunkChars;

    /**
     * @param maxSentenceChars longest run without a sentence end
     * @param maxChunkChars    longest piece; at least {@code maxSentenceChars}
     */
    public TextChunker(int maxSentenceChars, int maxChunkChars) {
        if (maxSentenceChars < 2 || maxChunkChars < maxSentenceChars) {
            throw new IllegalArgumentException("need 2 <= maxSentenceChars <= maxChunkChars");
        }
        this.maxSentenceChars = maxSentenceChars;
        this.maxChunkChars = maxChunkChars;
    }

    /** A piece of the text: [begin, end). */
    public record Chunk(int begin, int end) {
    }

    /**
     * @param text the text to cut
     * @return pieces that cover the text in order, without gaps
     */
    public List<Chunk> chunks(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int n = text.length();
        int chunkStart = 0;
        int sentenceStart = 0;
        int lastBreak = -1;   // just after a blank line
        int lastStop = -1;    // just after a sentence end
        int lastSpace = -1;   // just after a space
        boolean blankSinceNewline = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (blankSinceNewline) {
                    lastBreak = i + 1;
                    sentenceStart = i + 1;
                }
                blankSinceNewline = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                blankSinceNewline = false;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                lastSpace = i + 1;
                if (endsSentence(text, i)) {
                    lastStop = i + 1;
                    sentenceStart = Math.max(sentenceStart, i + 1);
                }
            } else if (isCjkStop(c)) {
                lastStop = i + 1;
                lastSpace = i + 1;
                sentenceStart = i + 1;
            }
            int cut = -1;
            int limit = i;   // a piece that must be cut ends at or before here, so it stays within its bound
            if (i + 1 - sentenceStart > maxSentenceChars) {
                cut = within(lastSpace, sentenceStart, limit) ? lastSpace : safeCut(text, limit, sentenceStart);
            } else if (i + 1 - chunkStart > maxChunkChars) {
                cut = within(lastBreak, chunkStart, limit) ? lastBreak
                        : within(lastStop, chunkStart, limit) ? lastStop
                        : within(lastSpace, chunkStart, limit) ? lastSpace : safeCut(text, limit, chunkStart);
            }
            if (cut > chunkStart) {
                chunks.add(new Chunk(chunkStart, cut));
                chunkStart = cut;
                sentenceStart = Math.max(sentenceStart, cut);
            }
        }
        if (chunkStart < n) {
            chunks.add(new Chunk(chunkStart, n));
        }
        return chunks;
    }

    /** Whether the space at {@code i} follows a sentence end, allowing closing quotes or brackets between. */
    private static boolean endsSentence(String text, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            char p = text.charAt(j);
            if (p == '.' || p == '!' || p == '?' || p == '\u2026') {
                return true;
            }
            if ("\"'\u201d\u2019)]\u00bb".indexOf(p) < 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean within(int position, int after, int atMost) {
        return position > after && position <= atMost;
    }

    private static boolean isCjkStop(char c) {
        return c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }

    /** {@code at}, moved back by one if it would split a surrogate pair (and that leaves a non-empty piece). */
    private static int safeCut(String text, int at, int start) {
        if (at < text.length() && at - 1 > start && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at))) {
            return at - 1;
        }
        return at;
    }
}
