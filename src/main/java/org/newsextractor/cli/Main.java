package org.newsextractor.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.newsextractor.NewsExtractor;
import org.newsextractor.eval.EvalCommand;

/** The command line: {@code extract} articles to JSON, or {@code eval} the extractor against gold files. */
public final class Main {
    static final String USAGE = """
            Usage:
              java -jar news-extractor.jar extract FILE                 print the JSON of one article
              java -jar news-extractor.jar extract --out DIR PATH...    write DIR/NAME.json for every NAME.txt
                    [--skip-existing]                                   (PATH: files or folders of .txt files)
                    [--time-budget SECONDS] [--max-chars N]             per-article limits (default 120 s, 0 =
                                                                        none; 1,000,000 chars); a failing article
                                                                        is reported and the others still written
              java -jar news-extractor.jar eval GOLD_DIR [--verbose] [--json FILE] [--floors FILE]
                    [--baseline corenlp]                                score against NAME.gold.json files
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
                case "extract" -> new ExtractCommand(NewsExtractor.Builder::build, out, err).run(rest);
                case "eval" -> EvalCommand.run(rest, out, err, NewsExtractor::create);
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
