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
import java.util.function.IntPredicate;

/**
 * CoreNLP's neural dependency parser (the {@code depparse} annotator's model, English Universal Dependencies) run
 * on one of our sentences at a time, so that only the sentences that can hold an attribution pay for it. The
 * model is loaded once per JVM, on first use; {@link DependencyParser#predict} keeps no state between calls, so
 * one instance serves all threads.
 */
public final class CoreNlpParser implements SentenceParser {
    /** Longer sentences are not parsed: the cost grows with length and such "sentences" are rarely prose. */
    public static final int MAX_TOKENS = 120;

    private static final int MARK = -1;
    private static final int STOOD_IN = -2;
    private static final String STAND_IN_SUBJECT = "It";
    private static final String STAND_IN_VERB = "works";

    private static volatile DependencyParser parser;
    private static final java.util.concurrent.atomic.AtomicBoolean BACKGROUND_LOAD_STARTED =
            new java.util.concurrent.atomic.AtomicBoolean();

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
        int[] kept = new int[n];
        Arrays.fill(kept, STOOD_IN);
        List<CoreLabel> labels = new ArrayList<>(n);
        List<Integer> original = new ArrayList<>(n);
        List<Boolean> placeholder = new ArrayList<>(n);
        List<int[]> runs = QuotationStandIns.runs(sentence, quotedChar);
        int run = 0;
        for (Token t : sentence.tokens()) {
            int i = t.index();
            if (QuotationStandIns.isQuoteMark(t)) {
                kept[i] = MARK;
                continue;
            }
            if (run < runs.size() && i >= runs.get(run)[0]) {
                if (i == runs.get(run)[0]) {
                    add(labels, original, placeholder, STAND_IN_SUBJECT, "PRP", "it", t, i, true);
                    kept[i] = labels.size();
                    add(labels, original, placeholder, STAND_IN_VERB, "VBZ", "work", t, i, false);
                }
                if (i + 1 == runs.get(run)[1]) {
                    run++;
                }
                continue;
            }
            kept[i] = labels.size();
            add(labels, original, placeholder, t.text(), tagForParser(t), t.lemma(), t, i, false);
        }
        if (labels.isEmpty()) {
            // only quotation marks (a closing mark the splitter left on its own): a tree of loose punctuation
            int[] heads = new int[n];
            String[] relations = new String[n];
            Arrays.fill(heads, -1);
            Arrays.fill(relations, "punct");
            return Optional.of(new Dependencies(heads, relations));
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
            if (dep < 0 || dep >= labels.size() || gov >= labels.size() || placeholder.get(dep)) {
                continue;
            }
            heads[original.get(dep)] = gov < 0 ? -1 : original.get(gov);
            relations[original.get(dep)] = d.reln().toString();
        }
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (kept[i] == MARK) {
                heads[i] = neighbour(sentence, kept, i);
                relations[i] = "punct";
            } else if (kept[i] == STOOD_IN) {
                heads[i] = first;
                relations[i] = "dep";
            } else {
                first = i;
            }
        }
        return Optional.of(new Dependencies(heads, relations));
    }

    /**
     * The tagger's tag, except that an upper-case name NER found is a proper noun: "WHO director-general X said"
     * tagged "WHO" a wh-pronoun and the parser built the sentence around it.
     */
    private static String tagForParser(Token t) {
        boolean acronym = t.text().length() >= 2 && t.text().chars().allMatch(Character::isUpperCase);
        boolean named = !t.ner().equals("O") && !t.ner().isEmpty();
        return acronym && named && !t.pos().startsWith("NNP") ? "NNP" : t.pos();
    }

    private static void add(List<CoreLabel> labels, List<Integer> original, List<Boolean> placeholder, String word,
                            String tag, String lemma, Token at, int index, boolean isPlaceholder) {
        CoreLabel label = new CoreLabel();
        label.setWord(word);
        label.setValue(word);
        label.setOriginalText(word);
        label.setTag(tag);
        label.setLemma(lemma);
        label.setIndex(labels.size() + 1);
        label.setBeginPosition(at.begin());
        label.setEndPosition(at.end());
        labels.add(label);
        original.add(index);
        placeholder.add(isPlaceholder);
    }
}
