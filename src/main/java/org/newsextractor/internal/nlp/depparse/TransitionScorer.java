package org.newsextractor.internal.nlp.depparse;

/**
 * The parser's network from the hidden layer on: bias, cube activation and the output layer, in float and laid out
 * for the JIT to vectorize. The output layer is an axpy per hidden unit over the transitions (weights stored
 * hidden unit by hidden unit, as the model file has them, each row padded to a multiple of 16), four hidden units
 * at a time, not a dot product per transition: a float sum in a fixed order cannot be vectorized, a sum into 96
 * independent scores can.
 * {@link #exactScores} is CoreNLP's own double arithmetic, for settling near ties.
 */
final class TransitionScorer {
    private static final int LANES = 16;

    private final int hiddenSize;
    private final int transitions;
    private final int stride;
    private final float[] bias;
    /** Per hidden unit, padded with zeros to {@link #stride}; a multiple of four rows, the last ones zero. */
    private final float[][] output;
    private final float[][] modelOutput;

    TransitionScorer(ParserModel model) {
        hiddenSize = model.hiddenSize();
        transitions = model.transitions();
        stride = (transitions + LANES - 1) / LANES * LANES;
        bias = model.hiddenBias();
        modelOutput = model.outputWeights();
        output = new float[(hiddenSize + 3) / 4 * 4][stride];
        for (int h = 0; h < hiddenSize; h++) {
            System.arraycopy(modelOutput[h], 0, output[h], 0, transitions);
        }
    }

    int hiddenSize() {
        return hiddenSize;
    }

    /** @return the length of a scores array: the transitions padded to the output rows' stride */
    int scoresLength() {
        return stride;
    }

    /** @return the length of a hidden-layer array: the hidden units padded to a multiple of four */
    int hiddenLength() {
        return output.length;
    }

    /**
     * @param hidden the summed input projections, {@link #hiddenLength()} long; overwritten by the activations
     * @param scores receives the score of every transition (and zeros in the padding)
     */
    void scores(float[] hidden, float[] scores) {
        for (int h = 0; h < hiddenSize; h++) {
            float x = hidden[h] + bias[h];
            hidden[h] = x * x * x;
        }
        java.util.Arrays.fill(scores, 0f);
        for (int h = 0; h < output.length; h += 4) {
            float a0 = hidden[h];
            float a1 = hidden[h + 1];
            float a2 = hidden[h + 2];
            float a3 = hidden[h + 3];
            float[] w0 = output[h];
            float[] w1 = output[h + 1];
            float[] w2 = output[h + 2];
            float[] w3 = output[h + 3];
            for (int t = 0; t < scores.length; t++) {
                scores[t] += w0[t] * a0 + w1[t] * a1 + w2[t] * a2 + w3[t] * a3;
            }
        }
    }

    /**
     * CoreNLP's {@code Classifier.computeScores} from the summed inputs on: bias, cube, then one double dot
     * product per transition in hidden-unit order.
     *
     * @param hidden the inputs summed as CoreNLP sums them; overwritten by the activations
     * @param scores receives the score of every transition
     */
    void exactScores(double[] hidden, double[] scores) {
        for (int h = 0; h < hiddenSize; h++) {
            hidden[h] += bias[h];
            hidden[h] = hidden[h] * hidden[h] * hidden[h];
        }
        for (int t = 0; t < transitions; t++) {
            double result = 0;
            for (int h = 0; h < hiddenSize; h++) {
                result += hidden[h] * modelOutput[h][t];
            }
            scores[t] = result;
        }
    }
}
