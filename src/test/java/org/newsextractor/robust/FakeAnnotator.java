package org.newsextractor.robust;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.TextAnnotator;
import org.newsextractor.internal.nlp.Token;

/**
 * A stand-in for CoreNLP: one sentence per call, a token per run of non-spaces, optionally slow on every piece
 * longer than the warm-up text.
 */
final class FakeAnnotator implements TextAnnotator {
    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private final long millisPerCall;
    final AtomicInteger calls = new AtomicInteger();
    final List<String> pieces = new java.util.concurrent.CopyOnWriteArrayList<>();

    FakeAnnotator(long millisPerCall) {
        this.millisPerCall = millisPerCall;
    }

    @Override
    public AnnotatedText annotate(String text) {
        calls.incrementAndGet();
        pieces.add(text);
        if (millisPerCall > 0 && text.length() > 20) {
            try {
                Thread.sleep(millisPerCall);
            } catch (InterruptedException e) {
                throw new RuntimeInterruptedException(e);   // as CoreNLP's taggers do
            }
        }
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(tokens.size(), m.group(), m.start(), m.end(), "NN", m.group(), "O", ""));
        }
        return new AnnotatedText(text, tokens.isEmpty() ? List.of() : List.of(new Sentence(0, tokens)));
    }
}
