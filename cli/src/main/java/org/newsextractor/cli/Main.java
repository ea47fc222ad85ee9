package org.newsextractor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsextractor.NewsExtractor;
import org.newsextractor.RecordingExtractor;
import org.newsextractor.eval.EvalCommand;
import org.newsextractor.bench.BenchCommand;

/** The command line: {@code extract} articles to JSON, or {@code eval} the extractor against gold files. */
public final class Main {
    static final String USAGE = """
            Usage:
              java -jar news-extractor.jar extract FILE                 print the JSON of one article
              java -jar news-extractor.jar extract --out DIR PATH...    write DIR/NAME.json for every NAME.txt or .html
                    [--skip-existing]                                   (PATH: files or folders of .txt, .html, .htm)
                    [--time-budget SECONDS] [--max-chars N]             per-article limits (default 120 s, 0 =
                                                                        none; 1,000,000 chars)
              java -jar news-extractor.jar extract --jsonl OUT PATH...  write one line per input to OUT (- for
                                                                        standard output), in input order:
                    {"input": PATH, "extraction": {...}}  or  {"input": PATH, "error": "why"}
              java -jar news-extractor.jar eval GOLD_DIR [--verbose] [--json FILE] [--floors FILE]
                    [--baseline corenlp]                                score against NAME.gold.json files
              java -jar news-extractor.jar numbers-bench [DIR] [--verbose]   Recognizers-Text number cases
                    (DIR defaults to ../shared/eval/numbers/recognizers-text)   pass rate per file
              java -jar news-extractor.jar bench [--dev DIR] [--json FILE] ...   time ours against plain CoreNLP
                                                                        (bench --help lists the options)
              java -jar news-extractor.jar link-index [--kbp-jar JAR] [--out FILE] [--min-score S]
                                                                        build the Wikipedia link index from CoreNLP's
                                                                        models-english-kbp jar (default: the local
                                                                        Maven repository's) into FILE (default:
                                                                        ~/.cache/news-extractor/wikipedia-links.idx)
            Options for every command:
              --record DIR    keep each result in DIR and replay it when the same article comes again with the
                              same library and models (no CoreNLP loading); stale or damaged entries are redone
              --link-index FILE   link entities to Wikipedia with this index (default: the cache folder's, if
                              built; else no links)
              --no-links      no Wikipedia links, even when an index is present
            Batches report progress on standard error: files done, articles per second, time left.
            Exit codes:
              0  every input was extracted (eval: done, every figure at or above its floor)
              1  some inputs failed; the others were written, and standard error names each failure
              2  bad arguments (unknown command or option, missing file name); nothing was done
              3  eval only: a figure fell below its floor in the --floors file
            """;

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, NewsExtractor.Builder::build);
    }

    static int run(List<String> args, PrintStream out, PrintStream err,
                   Function<NewsExtractor.Builder, NewsExtractor> extractors) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            (args.isEmpty() ? err : out).print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        try {
            List<String> rest = new ArrayList<>(args.subList(1, args.size()));
            Function<NewsExtractor.Builder, NewsExtractor> builders = recording(rest, linking(rest, extractors));
            Supplier<NewsExtractor> factory = () -> builders.apply(NewsExtractor.builder());
            return switch (args.get(0)) {
                case "extract" -> rest.contains("--jsonl")
                        ? new JsonLinesCommand(factory, out, err).run(rest)
                        : new ExtractCommand(builders, out, err).run(rest);
                case "eval" -> EvalCommand.run(rest, out, err, factory);
                case "numbers-bench" -> NumbersBenchCommand.run(rest, out, err, factory);
                case "bench" -> BenchCommand.run(rest, out, err);
                case "link-index" -> LinkIndexCommand.run(rest, out, err);
                default -> {
                    err.println("unknown command: " + args.get(0));
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    /** Removes {@code --link-index FILE} and {@code --no-links} from the arguments and sets linking on the builder. */
    private static Function<NewsExtractor.Builder, NewsExtractor> linking(
            List<String> args, Function<NewsExtractor.Builder, NewsExtractor> extractors) {
        boolean off = args.remove("--no-links");
        int i = args.indexOf("--link-index");
        Path index = null;
        if (i >= 0) {
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("--link-index needs a file");
            }
            index = Path.of(args.get(i + 1));
            args.subList(i, i + 2).clear();
            if (off) {
                throw new IllegalArgumentException("--link-index and --no-links contradict each other");
            }
        }
        if (off) {
            return builder -> extractors.apply(builder.linking(false));
        }
        Path file = index;
        return file == null ? extractors : builder -> extractors.apply(builder.linkIndex(file));
    }

    /** Removes {@code --record DIR} from the arguments and, if it was there, wraps the extractor to record. */
    private static Function<NewsExtractor.Builder, NewsExtractor> recording(
            List<String> args, Function<NewsExtractor.Builder, NewsExtractor> extractors) {
        int i = args.indexOf("--record");
        if (i < 0) {
            return extractors;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException("--record needs a folder");
        }
        Path dir = Path.of(args.get(i + 1));
        args.subList(i, i + 2).clear();
        return builder -> RecordingExtractor.wrap(extractors.apply(builder), dir);
    }
}
