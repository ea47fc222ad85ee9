package org.newsextractor.internal.nlp.depparse;

/**
 * The state of CoreNLP's arc-standard transition system (its {@code Configuration} and {@code ArcStandard}) in
 * plain int arrays, with the 48 input features of CoreNLP's {@code DependencyParser.getFeatureArray}. Tokens are
 * numbered from 1, 0 being the artificial root and -1 no token. The buffer is always a suffix of the sentence, so
 * it is one index. Children are added to a head in order of distance (left ones right to left, right ones left to
 * right), so the two outermost on each side are kept as they come instead of searched for.
 */
final class ArcStandardState {
    static final int NONE = -1;
    private static final int WORDS = 0;
    private static final int TAGS = 18;
    private static final int LABELS = 36;

    private int size;
    private int[] stack = new int[0];
    private int stackSize;
    private int bufferStart;
    private int[] heads = new int[0];
    private int[] labels = new int[0];
    private int[] leftmost = new int[0];
    private int[] secondLeftmost = new int[0];
    private int[] rightmost = new int[0];
    private int[] secondRightmost = new int[0];

    /** Starts a sentence of {@code n} tokens: the root on the stack, every token in the buffer. */
    void start(int n) {
        size = n;
        if (heads.length < n + 1) {
            stack = new int[n + 1];
            heads = new int[n + 1];
            labels = new int[n + 1];
            leftmost = new int[n + 1];
            secondLeftmost = new int[n + 1];
            rightmost = new int[n + 1];
            secondRightmost = new int[n + 1];
        }
        for (int i = 0; i <= n; i++) {
            heads[i] = NONE;
            labels[i] = 0;
            leftmost[i] = NONE;
            secondLeftmost[i] = NONE;
            rightmost[i] = NONE;
            secondRightmost[i] = NONE;
        }
        stack[0] = 0;
        stackSize = 1;
        bufferStart = 1;
    }

    boolean isTerminal() {
        return stackSize == 1 && bufferStart > size;
    }

    int stackSize() {
        return stackSize;
    }

    boolean bufferIsEmpty() {
        return bufferStart > size;
    }

    /** @return the j-th token from the top of the stack, or {@link #NONE} */
    private int stack(int j) {
        return j < stackSize ? stack[stackSize - 1 - j] : NONE;
    }

    /** @return the j-th token of the buffer, or {@link #NONE} */
    private int buffer(int j) {
        int k = bufferStart + j;
        return k <= size ? k : NONE;
    }

    void shift() {
        stack[stackSize++] = bufferStart++;
    }

    /** The top of the stack takes the one below it as a dependent, which leaves the stack. */
    void leftArc(int label) {
        int head = stack[stackSize - 1];
        int dependent = stack[stackSize - 2];
        attach(head, dependent, label);
        secondLeftmost[head] = leftmost[head];
        leftmost[head] = dependent;
        stack[stackSize - 2] = head;
        stackSize--;
    }

    /** The token below the top of the stack takes the top as a dependent, which leaves the stack. */
    void rightArc(int label) {
        int head = stack[stackSize - 2];
        int dependent = stack[stackSize - 1];
        attach(head, dependent, label);
        secondRightmost[head] = rightmost[head];
        rightmost[head] = dependent;
        stackSize--;
    }

    private void attach(int head, int dependent, int label) {
        heads[dependent] = head;
        labels[dependent] = label;
    }

    /** @return the head of token {@code k} (0 the root) once parsed */
    int head(int k) {
        return heads[k];
    }

    /** @return the label index of token {@code k} once parsed */
    int label(int k) {
        return labels[k];
    }

    private static int childOf(int[] children, int k) {
        return k < 0 ? NONE : children[k];
    }

    /**
     * Writes the features of the state: for each of 48 positions the embedding id; for the 18 word positions also
     * the token (-1 none, 0 the root), which keys the sentence's own projections of words the model has none
     * stored for. Same positions as CoreNLP: s2 s1 s0 b0 b1 b2, then for s0 and s1 in turn lc1 rc1 lc2 rc2
     * lc1(lc1) rc1(rc1); words, then tags of the same 18 tokens, then the labels of the 12 children.
     */
    void features(SentenceIds ids, int[] features, int[] tokens) {
        tokens[0] = stack(2);
        tokens[1] = stack(1);
        tokens[2] = stack(0);
        tokens[3] = buffer(0);
        tokens[4] = buffer(1);
        tokens[5] = buffer(2);
        for (int j = 0; j <= 1; j++) {
            int k = stack(j);
            int base = 6 + 6 * j;
            int lc1 = childOf(leftmost, k);
            int rc1 = childOf(rightmost, k);
            tokens[base] = lc1;
            tokens[base + 1] = rc1;
            tokens[base + 2] = childOf(secondLeftmost, k);
            tokens[base + 3] = childOf(secondRightmost, k);
            tokens[base + 4] = childOf(leftmost, lc1);
            tokens[base + 5] = childOf(rightmost, rc1);
        }
        for (int p = 0; p < 18; p++) {
            int token = tokens[p];
            features[WORDS + p] = ids.word(token);
            features[TAGS + p] = ids.tag(token);
        }
        for (int p = 6; p < 18; p++) {
            int token = tokens[p];
            features[LABELS + p - 6] = ids.label(token <= 0 ? 0 : labels[token]);
        }
    }
}
