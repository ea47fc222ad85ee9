package org.newsextractor.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * CoreNLP's neural dependency parser (the {@code depparse} annotator's model, English Universal Dependencies) run
 * on one of our sentences at a time, so that only the sentences that can hold an attribution pay for it. The
 * model is loaded once per JVM, on first use; {@link DependencyParser#predict} keeps no state between calls, so
 * one instance serves all threads.
 */
public final class CoreNlpParser implements SentenceParser {
    /** Longer sentences are not parsed: the cost grows with length and such "sentences" are rarely prose. */
    public static final int MAX_TOKENS = 120;

    private static volatile DependencyParser parser;

    static DependencyParser parser() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (CoreNlpParser.class) {
                p = parser;
                if (p == null) {
                    RedwoodConfiguration.current().clear().apply();
                    p = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
                    parser = p;
                }
            }
        }
        return p;
    }

    private static boolean isQuoteMark(Token t) {
        return t.pos().equals("``") || t.pos().equals("''");
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
    public Optional<Dependencies> parse(Sentence sentence) {
        int n = sentence.size();
        if (n == 0 || n > MAX_TOKENS) {
            return Optional.empty();
        }
        // Quotation marks are left out of what the parser reads: they carry no syntax, and this parser, trained on
        // text with few of them, builds a sentence that opens with one around the wrong clause ('"We won," the
        // coach said' came out with the mark as the root). Each mark is then attached to its neighbour.
        int[] kept = new int[n];
        List<CoreLabel> labels = new ArrayList<>(n);
        for (Token t : sentence.tokens()) {
            if (isQuoteMark(t)) {
                kept[t.index()] = -1;
                continue;
            }
            kept[t.index()] = labels.size();
            CoreLabel label = new CoreLabel();
            label.setWord(t.text());
            label.setValue(t.text());
            label.setOriginalText(t.text());
            label.setTag(t.pos());
            label.setLemma(t.lemma());
            label.setIndex(labels.size() + 1);
            label.setBeginPosition(t.begin());
            label.setEndPosition(t.end());
            labels.add(label);
        }
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        int[] original = new int[labels.size()];
        for (int i = 0; i < n; i++) {
            if (kept[i] >= 0) {
                original[kept[i]] = i;
            }
        }
        CoreMap map = new ArrayCoreMap();
        map.set(CoreAnnotations.TokensAnnotation.class, labels);
        GrammaticalStructure structure = parser().predict(map);
        int[] heads = new int[n];
        String[] relations = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        for (TypedDependency d : structure.typedDependencies()) {
            int dep = d.dep().index() - 1;
            int gov = d.gov().index() - 1;
            if (dep < 0 || dep >= original.length || gov >= original.length) {
                continue;
            }
            heads[original[dep]] = gov < 0 ? -1 : original[gov];
            relations[original[dep]] = d.reln().toString();
        }
        for (int i = 0; i < n; i++) {
            if (kept[i] < 0) {
                heads[i] = neighbour(sentence, kept, i);
                relations[i] = "punct";
            }
        }
        return Optional.of(new Dependencies(heads, relations));
    }
}
