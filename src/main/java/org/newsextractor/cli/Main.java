package org.newsextractor.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.newsextractor.NewsExtractor;
import org.newsextractor.eval.EvalCommand;
import org.newsextractor.internal.bench.BenchCommand;

/** The command line: {@code extract} articles to JSON, or {@code eval} the extractor against gold files. */
public final class Main {
    static final String USAGE = """
            Usage:
              java -jar news-extractor.jar extract FILE                 print the JSON of one article
              java -jar news-extractor.jar extract --out DIR PATH...    write DIR/NAME.json for every NAME.txt
                    [--skip-existing]                                   (PATH: files or folders of .txt files)
              java -jar news-extractor.jar eval GOLD_DIR [--verbose] [--json FILE] [--floors FILE]
                    [--baseline corenlp]                                score against NAME.gold.json files
              java -jar news-extractor.jar bench [--dev DIR] [--json FILE] ...   time ours against plain CoreNLP
                                                                        (bench --help lists the options)
            Exit codes: 0 all done, 1 some inputs failed, 2 bad arguments, 3 a figure fell below its floor.
            """;

    private Main() {
    }

    /**
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            (args.isEmpty() ? err : out).print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "extract" -> new ExtractCommand(NewsExtractor::create, out, err).run(rest);
                case "eval" -> EvalCommand.run(rest, out, err, NewsExtractor::create);
                case "bench" -> BenchCommand.run(rest, out, err);
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
}
