/**
 * The {@code bench} command: our extractor against plain CoreNLP 4.5.10 (rows 1 and 3 of issue 6), each
 * configuration in its own cold child JVM.
 *
 * <p>{@link org.newsextractor.bench.BenchCommand} parses the options, counts tokens, starts one
 * {@link org.newsextractor.bench.BenchChild} per configuration through {@code ChildLauncher} (which
 * times the whole process to its first result), and prints the headline ratios ({@code Headline}) and tables
 * ({@code ReportText}); the child times warm batches at each thread count ({@code Timing}), the growth with
 * length ({@code GrowthPoint}) and the heap ({@code HeapMonitor}). After ours, {@code ChildLauncher} also starts
 * one-thread, one-core children of ours, one alone and then several together ({@code ProcessScaling}), to compare
 * all cores in one JVM with the machine's own limit. Not part of {@code mvn verify}: only the
 * statistics, options and formatting have unit tests.
 */
package org.newsextractor.bench;
