package org.newsextractor.bench;

import java.util.Optional;

/**
 * One configuration's child JVM, seen from the bench command.
 *
 * @param config          the configuration
 * @param coldFirstResult seconds from starting the child process to its first result (the seed article), or
 *                        -1 when it never got there
 * @param processSeconds  the child's whole run
 * @param result          what the child measured, unless it failed
 * @param failure         why it failed
 */
record ConfigRun(BenchConfig config, double coldFirstResult, double processSeconds, Optional<ChildResult> result,
                 Optional<String> failure) {
}
