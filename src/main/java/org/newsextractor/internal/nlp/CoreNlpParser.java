package org.newsextractor.internal.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;
import org.newsextractor.internal.nlp.depparse.FastDependencyParser;

/**
 * CoreNLP's neural dependency parser (the {@code depparse} annotator's model, English Universal Dependencies) run
 * on one of our sentences at a time, so that only the sentences that can hold an attribution pay for it. It runs
 * as {@link FastDependencyParser}, our faster implementation of the same parser on the same model. The model is
 * loaded once per JVM, on first use; parsing keeps no state between calls, so one instance serves all threads.
 */
public final class CoreNlpParser implements SentenceParser {
    /** Longer sentences are not parsed: the cost grows with length and such "sentences" are rarely prose. */
    public static final int MAX_TOKENS = 120;

    private static volatile FastDependencyParser parser;
    private static final AtomicBoolean BACKGROUND_LOAD_STARTED = new AtomicBoolean();

    static FastDependencyParser parser() {
        FastDependencyParser p = parser;
        if (p == null) {
            synchronized (CoreNlpParser.class) {
                p = parser;
                if (p == null) {
                    RedwoodConfiguration.current().clear().apply();
                    p = FastDependencyParser.load();
                    parser = p;
                }
            }
        }
        return p;
    }

    @Override
    public void warmUp() {
        parser();
    }

    @Override
    public void loadInBackground() {
        if (parser != null || !BACKGROUND_LOAD_STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                parser();
            } catch (RuntimeException | Error e) {
                // Not reported here: the first parse loads again on the caller's thread and reports the failure there.
            }
        }, "news-extractor-parser-load");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * @return the word a mark belongs to: the one it is glued to, else the next word for an opening mark and the
     *     previous one for a closing mark; -1 when the sentence has no word
     */
    private static int neighbour(Sentence s, int[] kept, int i) {
        Token t = s.token(i);
        boolean gluedBefore = i > 0 && s.token(i - 1).end() == t.begin();
        boolean gluedAfter = i + 1 < s.size() && s.token(i + 1).begin() == t.end();
        boolean closing = gluedBefore && !gluedAfter || !gluedAfter && t.pos().equals("''");
        for (int d = 1; d < kept.length; d++) {
            int first = closing ? i - d : i + d;
            int second = closing ? i + d : i - d;
            if (first >= 0 && first < kept.length && kept[first] >= 0) {
                return first;
            }
            if (second >= 0 && second < kept.length && kept[second] >= 0) {
                return second;
            }
        }
        return -1;
    }

    @Override
    public Optional<Dependencies> parse(Sentence sentence, IntPredicate quotedChar) {
        int n = sentence.size();
        if (n == 0 || n > MAX_TOKENS) {
            return Optional.empty();
        }
        // Quotation marks are left out of what the parser reads: they carry no syntax, and this parser, trained on
        // text with few of them, builds a sentence that opens with one around the wrong clause ('"We won," the
        // coach said' came out with the mark as the root). Each mark is then attached to its neighbour.
        // A long full quotation is read as the stand-in clause "It works"; its words then hang from its first.
        ParserInput input = ParserInput.of(sentence, quotedChar);
        int[] heads = new int[n];
        String[] relations = new String[n];
        Arrays.fill(heads, -1);
        if (input.size() == 0) {
            // only quotation marks (a closing mark the splitter left on its own): a tree of loose punctuation
            Arrays.fill(relations, "punct");
            return Optional.of(new Dependencies(heads, relations));
        }
        Dependencies parsed = parser().parse(input.words(), input.tags());
        Arrays.fill(relations, "dep");
        for (int w = 0; w < input.size(); w++) {
            if (input.isPlaceholder(w)) {
                continue;
            }
            int gov = parsed.head(w);
            heads[input.original(w)] = gov < 0 ? -1 : input.original(gov);
            relations[input.original(w)] = parsed.relation(w);
        }
        int[] kept = input.kept();
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (kept[i] == ParserInput.MARK) {
                heads[i] = neighbour(sentence, kept, i);
                relations[i] = "punct";
            } else if (kept[i] == ParserInput.STOOD_IN) {
                heads[i] = first;
                relations[i] = "dep";
            } else {
                first = i;
            }
        }
        return Optional.of(new Dependencies(heads, relations));
    }
}
