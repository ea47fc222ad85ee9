package org.newsextractor.internal.nlp.depparse;

import java.util.Arrays;

/**
 * Everything one parse writes, so that the model stays read-only and shared by all threads: the transition
 * state, the sentence's ids, the feature and score buffers, and the projections of the sentence's words that the
 * model has none stored for, computed once per (token, word position) and kept for the rest of the sentence.
 * Arrays grow with the longest sentence seen and are reused from sentence to sentence on the same thread, so the
 * transition loop allocates nothing once a thread has parsed a few sentences.
 */
final class ParseScratch {
    private static final int WORD_POSITIONS = 18;
    /** More word projections than this (4 KB each) are not kept for the next sentence after a long one. */
    private static final int RETAINED_PROJECTIONS = 256;

    final ArcStandardState state = new ArcStandardState();
    final SentenceIds ids;
    final int[] features = new int[ParserModel.FEATURES];
    final int[] tokens = new int[WORD_POSITIONS];
    /** Per feature position, the projection of its input. */
    final float[][] sources = new float[ParserModel.FEATURES][];
    final float[] hidden;
    final float[] scores;
    private final int hiddenSize;
    private int[] projectionSlots = new int[0];
    private float[][] projections = new float[0][];
    private int projectionCount;
    private double[] exactHidden;
    private double[] exactSum;
    private double[] exactScores;
    /** How many decisions were near ties settled with CoreNLP's arithmetic (for measurements). */
    long exactDecisions;
    long decisions;
    /** The largest difference seen between a float score and CoreNLP's (for measurements). */
    double largestScoreError;

    ParseScratch(Vocabulary vocabulary, TransitionScorer scorer) {
        ids = new SentenceIds(vocabulary);
        hiddenSize = scorer.hiddenSize();
        hidden = new float[scorer.hiddenLength()];
        scores = new float[scorer.scoresLength()];
    }

    /** Starts a sentence of {@code n} tokens: forgets the previous sentence's word projections. */
    void start(String[] words, String[] tags) {
        int n = words.length;
        ids.set(words, tags);
        state.start(n);
        int slots = (n + 1) * WORD_POSITIONS;
        if (projectionSlots.length < slots) {
            projectionSlots = new int[slots];
        }
        Arrays.fill(projectionSlots, 0, slots, -1);
        projectionCount = 0;
        if (projections.length > RETAINED_PROJECTIONS) {
            projections = new float[0][];
        }
    }

    /**
     * @return the projection of {@code token}'s word (embedding {@code id}) at word position {@code position},
     *     computed on first use in the sentence
     */
    float[] projection(InputProjections inputs, int token, int position, int id) {
        int key = token * WORD_POSITIONS + position;
        int slot = projectionSlots[key];
        if (slot < 0) {
            slot = projectionCount++;
            if (projections.length < projectionCount) {
                projections = Arrays.copyOf(projections, Math.max(16, 2 * projections.length));
            }
            if (projections[slot] == null) {
                projections[slot] = new float[hiddenSize];
            }
            inputs.project(position, id, projections[slot]);
            projectionSlots[key] = slot;
        }
        return projections[slot];
    }

    void noteScoreError(double error) {
        largestScoreError = Math.max(largestScoreError, error);
    }

    double[] exactHidden() {
        if (exactHidden == null) {
            exactHidden = new double[hiddenSize];
            exactSum = new double[hiddenSize];
            exactScores = new double[scores.length];
        }
        return exactHidden;
    }

    double[] exactSum() {
        return exactSum;
    }

    double[] exactScores() {
        return exactScores;
    }
}
