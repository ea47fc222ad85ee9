package org.newsextractor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.newsextractor.NewsExtractor;
import org.newsextractor.numbersbench.FileScore;
import org.newsextractor.numbersbench.RecognizersBenchmark;

/**
 * {@code numbers-bench [DIR] [--verbose]}: runs the Recognizers-Text number cases in DIR and prints the pass
 * rate per file.
 */
final class NumbersBenchCommand {
    static final String DEFAULT_DIR = "../shared/eval/numbers/recognizers-text";

    private NumbersBenchCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Supplier<NewsExtractor> extractors) {
        boolean verbose = args.contains("--verbose");
        List<String> paths = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (paths.size() > 1) {
            throw new IllegalArgumentException("numbers-bench takes at most one folder");
        }
        Path dir = Path.of(paths.isEmpty() ? DEFAULT_DIR : paths.get(0));
        if (!Files.isDirectory(dir)) {
            err.println("error: no such folder: " + dir);
            return 2;
        }
        List<FileScore> scores = new RecognizersBenchmark(extractors.get()).run(dir);
        if (scores.isEmpty()) {
            err.println("error: no Recognizers-Text files in " + dir);
            return 1;
        }
        RecognizersBenchmark.print(scores, out, verbose);
        return 0;
    }
}
