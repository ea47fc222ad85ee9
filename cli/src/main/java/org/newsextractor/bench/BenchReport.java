package org.newsextractor.bench;

import java.util.List;
import java.util.Optional;

/**
 * A whole bench run, as printed and as written to JSON.
 *
 * @param date      when it ran (ISO date and time)
 * @param machine   where it ran
 * @param childHeap the {@code -Xmx} of every child JVM
 * @param dev       the directory batch
 * @param seed      the seed batch (copies of the seed article)
 * @param seedTokens tokens of one seed article
 * @param headline  the ratios, ours against plain CoreNLP
 * @param runs      every configuration's measurements
 * @param processes ours in one-thread processes, alone and side by side, when measured
 */
record BenchReport(String date, Machine machine, String childHeap, CorpusInfo dev, CorpusInfo seed, int seedTokens,
                   List<Ratio> headline, List<ConfigRun> runs, Optional<ProcessScaling> processes) {
    BenchReport {
        headline = List.copyOf(headline);
        runs = List.copyOf(runs);
    }

    /** @return the tokens of one run of the named batch */
    int tokens(String corpus) {
        return corpus.equals(dev.name()) ? dev.tokens() : seed.tokens();
    }
}
