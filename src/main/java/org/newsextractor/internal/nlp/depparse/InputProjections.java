package org.newsextractor.internal.nlp.depparse;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What one input (an embedding id at a feature position) adds to the hidden layer before its bias and cube: the
 * position's slice of the hidden weights times the embedding. Precomputed, as floats, for every tag and label at
 * every position and for as many of the most frequent (word, position) pairs of the model's list as the parser asks
 * (none by default, see {@code FastDependencyParser.STORED_WORD_INPUTS}); other words are projected when a sentence
 * needs them (see {@link ParseScratch}).
 *
 * <p>{@link #addExact} reproduces CoreNLP's own arithmetic (its {@code Classifier.computeScores}): a double sum of
 * float products for the pairs it precomputes (the first {@link #CORENLP_PRECOMPUTED} of the list) and that sum
 * rounded to float for any other, so that a near tie can be settled exactly as CoreNLP settles it.
 */
final class InputProjections {
    /** How many pairs of the model's list CoreNLP precomputes (its {@code Config.numPreComputed} default). */
    static final int CORENLP_PRECOMPUTED = 20_000;
    private static final int WORD_POSITIONS = 18;
    private static final int TAG_POSITIONS = 36;

    private final float[][] embeddings;
    private final float[][] weights;
    private final int embeddingSize;
    private final int hiddenSize;
    private final int firstTagId;
    private final int firstLabelId;
    /** Per feature position, per id counted from the position's first id: the stored vector's index, or -1. */
    private final int[][] slots;
    private final float[][] vectors;
    private final BitSet coreNlpPrecomputed = new BitSet();

    /**
     * @param storedWords how many (word, position) pairs to precompute, besides the special words at every position
     */
    InputProjections(ParserModel model, int storedWords) {
        embeddings = model.embeddings();
        weights = model.hiddenWeights();
        embeddingSize = model.embeddingSize();
        hiddenSize = model.hiddenSize();
        firstTagId = model.firstTagId();
        firstLabelId = model.firstLabelId();
        int[] frequent = model.frequentInputs();
        for (int i = 0; i < Math.min(CORENLP_PRECOMPUTED, frequent.length); i++) {
            coreNlpPrecomputed.set(frequent[i]);
        }
        slots = new int[ParserModel.FEATURES][];
        int count = 0;
        for (int p = 0; p < ParserModel.FEATURES; p++) {
            int ids = p < WORD_POSITIONS ? model.words().size()
                    : p < TAG_POSITIONS ? model.tags().size() : model.labels().size();
            slots[p] = new int[ids];
            Arrays.fill(slots[p], -1);
            if (p >= WORD_POSITIONS) {
                for (int id = 0; id < ids; id++) {
                    slots[p][id] = count++;
                }
            }
        }
        Vocabulary vocabulary = new Vocabulary(model);
        int[] special = {vocabulary.word(Vocabulary.UNKNOWN), vocabulary.rootWord(), vocabulary.nullWord()};
        for (int p = 0; p < WORD_POSITIONS; p++) {
            for (int id : special) {
                slots[p][id] = count++;
            }
        }
        int words = 0;
        for (int i = 0; i < frequent.length && words < storedWords; i++) {
            int id = frequent[i] / ParserModel.FEATURES;
            int p = frequent[i] % ParserModel.FEATURES;
            if (p < WORD_POSITIONS && id < firstTagId && slots[p][id] < 0) {
                slots[p][id] = count++;
                words++;
            }
        }
        vectors = new float[count][];
        double[] sum = new double[hiddenSize];
        for (int p = 0; p < ParserModel.FEATURES; p++) {
            int first = firstId(p);
            for (int k = 0; k < slots[p].length; k++) {
                int slot = slots[p][k];
                if (slot >= 0) {
                    Arrays.fill(sum, 0);
                    addSum(p, first + k, sum);
                    float[] vector = new float[hiddenSize];
                    for (int h = 0; h < hiddenSize; h++) {
                        vector[h] = (float) sum[h];
                    }
                    vectors[slot] = vector;
                }
            }
        }
    }

    private int firstId(int position) {
        return position < WORD_POSITIONS ? 0 : position < TAG_POSITIONS ? firstTagId : firstLabelId;
    }

    /** @return how many vectors are stored */
    int storedCount() {
        return vectors.length;
    }

    /** @return the stored projection of {@code id} at {@code position}, or null when it is computed on demand */
    float[] stored(int position, int id) {
        int slot = slots[position][id - firstId(position)];
        return slot < 0 ? null : vectors[slot];
    }

    /** Writes the projection of {@code id} at {@code position} into {@code into}, in float. */
    void project(int position, int id, float[] into) {
        Arrays.fill(into, 0f);
        float[] embedding = embeddings[id];
        int column = position * embeddingSize;
        for (int k = 0; k < embeddingSize; k++) {
            float x = embedding[k];
            float[] row = weights[column + k];
            for (int h = 0; h < into.length; h++) {
                into[h] += row[h] * x;
            }
        }
    }

    /** Adds CoreNLP's double sum of float products for {@code id} at {@code position} to {@code sum}. */
    private void addSum(int position, int id, double[] sum) {
        float[] embedding = embeddings[id];
        int column = position * embeddingSize;
        for (int k = 0; k < embeddingSize; k++) {
            float x = embedding[k];
            float[] row = weights[column + k];
            for (int h = 0; h < sum.length; h++) {
                sum[h] += row[h] * x;
            }
        }
    }

    /**
     * Adds the projection to {@code hidden} exactly as CoreNLP computes it.
     *
     * @param sum scratch of the hidden size
     */
    void addExact(int position, int id, double[] hidden, double[] sum) {
        Arrays.fill(sum, 0);
        addSum(position, id, sum);
        boolean rounded = !coreNlpPrecomputed.get(id * ParserModel.FEATURES + position);
        for (int h = 0; h < hiddenSize; h++) {
            hidden[h] += rounded ? (float) sum[h] : sum[h];
        }
    }
}
