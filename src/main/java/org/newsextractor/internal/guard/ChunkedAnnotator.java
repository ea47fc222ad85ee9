package org.newsextractor.internal.guard;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;
import org.newsextractor.ExtractionInterruptedException;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.TextAnnotator;
import org.newsextractor.internal.nlp.Token;

/**
 * Annotates a text piece by piece ({@link TextChunker}), checking the deadline and the thread's interrupt status
 * between pieces, and joins the pieces' sentences with offsets into the whole text. CoreNLP's cost per piece is
 * bounded, so an article cannot run on long past its budget.
 */
public final class ChunkedAnnotator implements TextAnnotator {
    /** Big enough to hold several paragraphs, small enough that one piece takes well under a second. */
    static final int MAX_CHUNK_CHARS = 5_000;

    private final TextAnnotator inner;
    private final TextChunker chunker;
    private volatile boolean warm;

    /**
     * @param inner            the annotator for one piece
     * @param maxSentenceChars longest run without a sentence end that reaches the annotator in one piece
     */
    public ChunkedAnnotator(TextAnnotator inner, int maxSentenceChars) {
        this.inner = inner;
        this.chunker = new TextChunker(maxSentenceChars, Math.max(maxSentenceChars, MAX_CHUNK_CHARS));
    }

    /** Makes the inner annotator load its models now, so that loading is not charged to an article's budget. */
    public void warmUp() {
        if (!warm) {
            inner.annotate("Warm-up.");
            warm = true;
        }
    }

    /** Annotates with no deadline; interrupts are still honoured. */
    @Override
    public AnnotatedText annotate(String text) {
        return annotate(text, Deadline.none());
    }

    /**
     * @param text     the text to annotate
     * @param deadline checked before each piece
     * @return the annotated text, with offsets into {@code text}
     */
    public AnnotatedText annotate(String text, Deadline deadline) {
        List<Sentence> sentences = new ArrayList<>();
        for (TextChunker.Chunk chunk : chunker.chunks(text)) {
            deadline.check();
            String piece = text.substring(chunk.begin(), chunk.end());
            if (!JunkDetector.looksLikeText(piece)) {
                continue;   // binary junk or symbols: nothing to find, and the taggers are slowest on it
            }
            AnnotatedText part;
            try {
                part = inner.annotate(piece);
            } catch (RuntimeInterruptedException e) {
                // CoreNLP's taggers clear the interrupt status when they notice it; set it again for the caller.
                Thread.currentThread().interrupt();
                throw new ExtractionInterruptedException(e);
            }
            for (Sentence s : part.sentences()) {
                sentences.add(new Sentence(sentences.size(), shift(s.tokens(), chunk.begin())));
            }
        }
        deadline.check();
        return new AnnotatedText(text, sentences);
    }

    private static List<Token> shift(List<Token> tokens, int offset) {
        if (offset == 0) {
            return tokens;
        }
        List<Token> shifted = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            shifted.add(new Token(t.index(), t.text(), t.begin() + offset, t.end() + offset, t.pos(), t.lemma(),
                    t.ner(), t.normalized()));
        }
        return shifted;
    }
}
