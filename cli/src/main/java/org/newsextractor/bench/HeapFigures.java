package org.newsextractor.bench;

/**
 * Heap use of one configuration in its own JVM, in bytes.
 *
 * @param liveAfterLoad used heap after a full collection, once the models are loaded and the first article done
 * @param liveAfterRuns used heap after a full collection, at the end of all runs
 * @param peakAfterGc   the most heap still in use after any collection during the runs: an upper bound of the
 *                      live set, the figure that says how much {@code -Xmx} is needed
 * @param peakUsed      the sum of the heap pools' peak use; depends on {@code -Xmx} and the collector, because
 *                      garbage is left until the heap fills
 * @param maxHeap       the JVM's maximum heap ({@code -Xmx})
 */
record HeapFigures(long liveAfterLoad, long liveAfterRuns, long peakAfterGc, long peakUsed, long maxHeap) {
}
