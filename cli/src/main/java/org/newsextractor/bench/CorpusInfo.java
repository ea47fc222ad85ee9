package org.newsextractor.bench;

/**
 * A batch of articles the configurations ran on.
 *
 * @param name     {@code dev} or {@code seed}
 * @param source   where the texts came from
 * @param articles how many articles one run processes
 * @param tokens   their tokens, by CoreNLP's default tokenizer
 */
record CorpusInfo(String name, String source, int articles, int tokens) {
}
