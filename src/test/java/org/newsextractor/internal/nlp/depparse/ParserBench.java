package org.newsextractor.internal.nlp.depparse;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.newsextractor.internal.nlp.CoreNlpAnnotator;
import org.newsextractor.internal.nlp.CoreNlpTrees;
import org.newsextractor.internal.nlp.ParserInput;
import org.newsextractor.internal.nlp.Sentence;

/**
 * Measures our dependency parser against CoreNLP's on the sentences of a folder of articles (split and tagged by
 * our pipeline, read as CoreNlpParser reads them): agreement of heads and relations, the largest difference
 * between our float scores and CoreNLP's double ones, and the time of both on the same sentences in one warm JVM.
 *
 * <pre>
 * java -Xmx3g -cp target/classes:target/test-classes:DEPENDENCIES \
 *     org.newsextractor.internal.nlp.depparse.ParserBench agree|speed|load-corenlp|load-ours DIR [ROUNDS]
 * </pre>
 */
public final class ParserBench {
    /** Times are the thread's CPU time: on a shared machine the wall clock stretches with other jobs' load. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private ParserBench() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        if (mode.equals("load-corenlp") || mode.equals("load-ours")) {
            long start = System.nanoTime();
            Object parser = mode.equals("load-ours") ? FastDependencyParser.load()
                    : DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
            long loaded = System.nanoTime() - start;
            System.gc();
            Runtime r = Runtime.getRuntime();
            System.out.printf("%s: load %.2f s, heap in use after GC %d MB (%s)%n", mode, loaded / 1e9,
                    (r.totalMemory() - r.freeMemory()) >> 20, parser.getClass().getSimpleName());
            return;
        }
        List<String[][]> sentences = sentences(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        FastDependencyParser fast = FastDependencyParser.load();
        if (mode.equals("agree")) {
            agree(sentences, coreNlp, fast);
        } else {
            speed(sentences, coreNlp, fast, rounds);
        }
    }

    private static void agree(List<String[][]> sentences, DependencyParser coreNlp, FastDependencyParser fast) {
        ParserComparison comparison = new ParserComparison(coreNlp, fast);
        for (String[][] s : sentences) {
            comparison.compare(s[0], s[1]);
        }
        System.out.println("as shipped: " + comparison.summary());
        comparison.differences.forEach(d -> System.out.println("  " + d));
        ParserModel model = ParserModel.fromClassPath(DependencyParser.DEFAULT_MODEL);
        ParserComparison floatsOnly = new ParserComparison(coreNlp,
                new FastDependencyParser(model, FastDependencyParser.STORED_WORD_INPUTS, Float.NEGATIVE_INFINITY));
        for (String[][] s : sentences) {
            floatsOnly.compare(s[0], s[1]);
        }
        System.out.println("floats only, no near-tie check: " + floatsOnly.summary());
        floatsOnly.differences.forEach(d -> System.out.println("  " + d));
        ParserComparison allChecked = new ParserComparison(coreNlp,
                new FastDependencyParser(model, FastDependencyParser.STORED_WORD_INPUTS, Float.POSITIVE_INFINITY));
        for (String[][] s : sentences) {
            allChecked.compare(s[0], s[1]);
        }
        System.out.println("every decision also scored with CoreNLP's arithmetic: largest score difference "
                + allChecked.largestScoreError());
    }

    private static void speed(List<String[][]> sentences, DependencyParser coreNlp, FastDependencyParser fast,
                              int rounds) {
        for (int warm = 0; warm < 3; warm++) {
            timeCoreNlp(sentences, coreNlp);
            timeOurs(sentences, fast);
        }
        double[] coreTimes = new double[rounds];
        double[] ourTimes = new double[rounds];
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            coreTimes[r] = timeCoreNlp(sentences, coreNlp);
            ourTimes[r] = timeOurs(sentences, fast);
            ratios[r] = coreTimes[r] / ourTimes[r];
        }
        long words = sentences.stream().mapToLong(s -> s[0].length).sum();
        System.out.printf("%d sentences, %d words, %d rounds, thread CPU time: CoreNLP median %.1f ms, ours median %.1f ms, "
                        + "ratio CoreNLP/ours median %.2f (min %.2f, max %.2f)%n", sentences.size(), words, rounds,
                median(coreTimes) * 1e3, median(ourTimes) * 1e3, median(ratios),
                Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0));
    }

    private static double timeCoreNlp(List<String[][]> sentences, DependencyParser parser) {
        long start = CPU.getCurrentThreadCpuTime();
        for (String[][] s : sentences) {
            CoreNlpTrees.parse(parser, s[0], s[1]);
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static double timeOurs(List<String[][]> sentences, FastDependencyParser parser) {
        long start = CPU.getCurrentThreadCpuTime();
        for (String[][] s : sentences) {
            parser.parse(s[0], s[1]);
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** @return word and tag arrays of every sentence CoreNlpParser would parse, no quotation stood in */
    static List<String[][]> sentences(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        List<String[][]> sentences = new ArrayList<>();
        for (Path file : files) {
            for (Sentence s : annotator.annotate(Files.readString(file)).sentences()) {
                ParserInput input = ParserInput.of(s, c -> false);
                if (s.size() <= 120 && input.size() > 0) {
                    sentences.add(new String[][] {input.words(), input.tags()});
                }
            }
        }
        return sentences;
    }
}
