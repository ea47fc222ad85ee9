package org.newsextractor.internal.nlp.depparse;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import org.newsextractor.internal.nlp.Dependencies;

/**
 * CoreNLP's neural dependency parser (Chen and Manning 2014, as implemented by CoreNLP's {@code DependencyParser},
 * {@code Classifier} and {@code ArcStandard}, whose design and model this follows) reimplemented for speed: the
 * same model file, features, greedy arc-standard transitions and relation names, so the same trees, but with the
 * hidden layer summed from float projections precomputed for every tag and label and computed once per sentence
 * for its words, an output layer the JIT vectorizes, no scoring where only one transition is possible, and no allocation per
 * transition. Scores are floats where CoreNLP's are doubles; when the two best transitions are closer than float
 * rounding could matter, the decision is made again with CoreNLP's own arithmetic.
 *
 * <p>One instance is shared by all threads, without locks: the model is read-only and each thread has its own
 * scratch.
 */
public final class FastDependencyParser {
    /**
     * How many (word, feature position) projections are precomputed, the most frequent of the model's list: 4 KB
     * each (the hidden layer has 1000 units). None: measured on the whole extractor (bench, dev articles), 20,000 of
     * them (86 MB) made an article 1.3 times slower and two threads in one JVM 0.6 times as fast as two processes,
     * as the table's reads crowd the processor's caches; words are projected once per sentence instead.
     */
    static final int STORED_WORD_INPUTS = 0;
    /**
     * Two transitions whose float scores differ by less than this are decided with CoreNLP's arithmetic: a hundred
     * times the largest difference between a float score and CoreNLP's measured on the dev articles (9e-5, see
     * ParserBench in the tests); 5 decisions in 8,906 there.
     */
    static final float NEAR_TIE = 0.01f;

    private final float nearTie;
    private final Vocabulary vocabulary;
    private final InputProjections inputs;
    private final TransitionScorer scorer;
    private final RelationNames relations;
    private final int arcsPerSide;
    private final int shift;
    /** Each thread's scratch, reused from sentence to sentence: parsing is not reentrant on a thread. */
    private final ThreadLocal<ParseScratch> scratch = ThreadLocal.withInitial(this::newScratch);

    FastDependencyParser(ParserModel model, int storedWordInputs, float nearTie) {
        this.nearTie = nearTie;
        vocabulary = new Vocabulary(model);
        inputs = new InputProjections(model, storedWordInputs);
        scorer = new TransitionScorer(model);
        relations = new RelationNames(model.labels());
        arcsPerSide = model.labels().size() - 1;
        shift = 2 * arcsPerSide;
    }

    /** Loads CoreNLP's English Universal Dependencies model from the class path (the models jar). */
    public static FastDependencyParser load() {
        return new FastDependencyParser(ParserModel.fromClassPath(DependencyParser.DEFAULT_MODEL),
                STORED_WORD_INPUTS, NEAR_TIE);
    }

    /**
     * @param words the sentence's words, as CoreNLP's parser reads them (its {@code CoreLabel.word()})
     * @param tags  their part-of-speech tags
     * @return the tree: heads (-1 for the root) and relation names, as CoreNLP's basic dependencies
     */
    public Dependencies parse(String[] words, String[] tags) {
        return parse(words, tags, scratch.get());
    }

    ParseScratch newScratch() {
        return new ParseScratch(vocabulary, scorer);
    }

    Dependencies parse(String[] words, String[] tags, ParseScratch scratch) {
        if (words.length != tags.length) {
            throw new IllegalArgumentException("words and tags differ in length");
        }
        int n = words.length;
        scratch.start(words, tags);
        ArcStandardState state = scratch.state;
        while (!state.isTerminal()) {
            apply(state, next(scratch));
        }
        int[] heads = new int[n];
        int[] headsFromOne = new int[n + 1];
        int[] labels = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            headsFromOne[i] = state.head(i);
            labels[i] = state.label(i);
            heads[i - 1] = state.head(i) - 1;
        }
        String[] names = new String[n];
        relations.name(headsFromOne, labels, n, names);
        return new Dependencies(heads, names);
    }

    private void apply(ArcStandardState state, int transition) {
        if (transition == shift) {
            state.shift();
        } else if (transition < arcsPerSide) {
            state.leftArc(transition + 1);
        } else {
            state.rightArc(transition - arcsPerSide + 1);
        }
    }

    /**
     * The transition CoreNLP's parser takes: the valid one with the highest score, the first of equals. Label 1 is
     * the root's, valid only for the right arc from the root (CoreNLP's single-root arc-standard system).
     */
    private int next(ParseScratch scratch) {
        ArcStandardState state = scratch.state;
        if (state.stackSize() <= 2) {
            // only one transition is valid: shift, or at the end the root's arc
            return state.bufferIsEmpty() ? arcsPerSide : shift;
        }
        scratch.decisions++;
        state.features(scratch.ids, scratch.features, scratch.tokens);
        sumInputs(scratch);
        float[] scores = scratch.scores;
        scorer.scores(scratch.hidden, scores);
        boolean canShift = !state.bufferIsEmpty();
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        float second = Float.NEGATIVE_INFINITY;
        for (int t = 1; t <= shift; t++) {
            if (t == arcsPerSide || t == shift && !canShift) {
                continue;
            }
            float score = scores[t];
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = t;
            } else if (score > second) {
                second = score;
            }
        }
        if (bestScore - second < nearTie) {
            scratch.exactDecisions++;
            return exactNext(scratch, canShift);
        }
        return best;
    }

    /**
     * Adds up the projections of the 48 inputs, four at a time; words without a stored projection are projected once
     * a sentence.
     */
    private void sumInputs(ParseScratch scratch) {
        int[] features = scratch.features;
        float[][] sources = scratch.sources;
        for (int p = 0; p < ParserModel.FEATURES; p++) {
            float[] stored = inputs.stored(p, features[p]);
            sources[p] = stored != null ? stored
                    : scratch.projection(inputs, scratch.tokens[p], p, features[p]);
        }
        float[] hidden = scratch.hidden;
        for (int p = 0; p < ParserModel.FEATURES; p += 4) {
            float[] a = sources[p];
            float[] b = sources[p + 1];
            float[] c = sources[p + 2];
            float[] d = sources[p + 3];
            if (p == 0) {
                for (int h = 0; h < a.length; h++) {
                    hidden[h] = a[h] + b[h] + c[h] + d[h];
                }
            } else {
                for (int h = 0; h < a.length; h++) {
                    hidden[h] += a[h] + b[h] + c[h] + d[h];
                }
            }
        }
    }

    /** Scores the transitions again as CoreNLP does, in double from the same inputs, and takes its choice. */
    private int exactNext(ParseScratch scratch, boolean canShift) {
        double[] hidden = scratch.exactHidden();
        java.util.Arrays.fill(hidden, 0);
        for (int p = 0; p < ParserModel.FEATURES; p++) {
            inputs.addExact(p, scratch.features[p], hidden, scratch.exactSum());
        }
        double[] scores = scratch.exactScores();
        scorer.exactScores(hidden, scores);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int t = 1; t <= shift; t++) {
            if (t == arcsPerSide || t == shift && !canShift) {
                continue;
            }
            scratch.noteScoreError(Math.abs(scores[t] - scratch.scores[t]));
            if (scores[t] > bestScore) {
                bestScore = scores[t];
                best = t;
            }
        }
        return best;
    }
}
