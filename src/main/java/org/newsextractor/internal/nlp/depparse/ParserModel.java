package org.newsextractor.internal.nlp.depparse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The weights of CoreNLP's neural dependency parser as its model file stores them (see CoreNLP's
 * {@code DependencyParser.loadModelFile}): the dictionaries of words, tags and relation labels, one embedding per
 * entry (words first, then tags, then labels, so an entry's id is its row), the hidden layer's weights and bias,
 * the output layer's weights and the (id, feature position) pairs the training data used most.
 *
 * <p>The matrices keep the file's own layouts, which are the ones the scoring loops want: {@code hiddenWeights}
 * holds, for each input column (feature position times embedding size plus component), the weights of all hidden
 * units; {@code outputWeights} holds, for each hidden unit, its weight for every transition. Each row is an array
 * of its own: loops over whole arrays from index 0 are the ones the JIT vectorizes (an index plus an offset
 * that varies between calls keeps Java 17's from doing so).
 *
 * @param words          the known words, id = index
 * @param tags           the known part-of-speech tags, id = words.size() + index
 * @param labels         the relation labels, id = words.size() + tags.size() + index; the first is the null label
 * @param embeddingSize  components of an embedding
 * @param hiddenSize     hidden units
 * @param embeddings     per id, its embedding
 * @param hiddenWeights  per input column, the weights of the hidden units
 * @param hiddenBias     per hidden unit
 * @param outputWeights  per hidden unit, its weights for the transitions
 * @param frequentInputs the (id times {@link #FEATURES} plus position) pairs, most frequent first
 */
record ParserModel(List<String> words, List<String> tags, List<String> labels, int embeddingSize, int hiddenSize,
                   float[][] embeddings, float[][] hiddenWeights, float[] hiddenBias, float[][] outputWeights,
                   int[] frequentInputs) {
    /** Feature positions of the model: 18 words, 18 tags, 12 labels (CoreNLP's {@code Config.numTokens}). */
    static final int FEATURES = 48;

    /** @return transitions: a left and a right arc for each label but the null label, and shift */
    int transitions() {
        return 2 * (labels.size() - 1) + 1;
    }

    /** @return the id of the first tag in the embeddings */
    int firstTagId() {
        return words.size();
    }

    /** @return the id of the first label in the embeddings */
    int firstLabelId() {
        return words.size() + tags.size();
    }

    /** Reads a gzipped model from the class path, such as CoreNLP's {@code DependencyParser.DEFAULT_MODEL}. */
    static ParserModel fromClassPath(String resource) {
        ClassLoader loader = ParserModel.class.getClassLoader();
        try (InputStream raw = loader.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing parser model " + resource + " (is the CoreNLP models jar "
                        + "on the class path?)");
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return read(new BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + resource, e);
        }
    }

    static ParserModel read(InputStream in) throws IOException {
        ModelText text = new ModelText(in);
        int wordCount = text.headerValue();
        int tagCount = text.headerValue();
        int labelCount = text.headerValue();
        int embeddingSize = text.headerValue();
        int hiddenSize = text.headerValue();
        int features = text.headerValue();
        int frequentCount = text.headerValue();
        if (features != FEATURES) {
            throw new IOException("parser model with " + features + " features; this parser computes " + FEATURES);
        }
        float[][] embeddings = new float[wordCount + tagCount + labelCount][];
        List<String> words = readEntries(text, wordCount, embeddings, 0, embeddingSize);
        List<String> tags = readEntries(text, tagCount, embeddings, wordCount, embeddingSize);
        List<String> labels = readEntries(text, labelCount, embeddings, wordCount + tagCount, embeddingSize);
        float[][] hiddenWeights = readMatrix(text, embeddingSize * FEATURES, hiddenSize);
        float[] hiddenBias = readMatrix(text, 1, hiddenSize)[0];
        float[][] outputWeights = readMatrix(text, hiddenSize, 2 * labelCount - 1);
        int[] frequent = new int[frequentCount];
        for (int i = 0; i < frequentCount; ) {
            if (text.atLineEnd()) {
                if (!text.endLine()) {
                    throw new IOException("the parser model ends inside its list of frequent inputs");
                }
            } else {
                frequent[i++] = text.nextInt();
            }
        }
        return new ParserModel(words, tags, labels, embeddingSize, hiddenSize, embeddings, hiddenWeights,
                hiddenBias, outputWeights, frequent);
    }

    private static List<String> readEntries(ModelText text, int count, float[][] embeddings, int firstRow, int size)
            throws IOException {
        List<String> names = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            names.add(text.word());
            embeddings[firstRow + k] = readLine(text, size);
        }
        return List.copyOf(names);
    }

    private static float[][] readMatrix(ModelText text, int lines, int perLine) throws IOException {
        float[][] matrix = new float[lines][];
        for (int j = 0; j < lines; j++) {
            matrix[j] = readLine(text, perLine);
        }
        return matrix;
    }

    private static float[] readLine(ModelText text, int values) throws IOException {
        float[] line = new float[values];
        for (int i = 0; i < values; i++) {
            line[i] = text.nextFloat();
        }
        text.endLine();
        return line;
    }
}
