package org.newsextractor.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsextractor.NewsExtractor;

/**
 * The {@code eval} command: scores an extractor against a directory of gold articles.
 *
 * <pre>
 * eval GOLD_DIR [--verbose] [--json FILE] [--floors FILE] [--baseline corenlp]
 * </pre>
 *
 * <p>Prints the table of figures; {@code --verbose} adds every finding per article; {@code --json FILE} writes
 * the figures as one JSON object; {@code --floors FILE} checks minimum figures ({@link Floors}) and prints each
 * one not met; {@code --baseline corenlp} scores plain CoreNLP ({@link CoreNlpBaseline}) instead of this
 * library.
 */
public final class EvalCommand {
    /** Everything ran and every floor was met. */
    public static final int OK = 0;
    /** The evaluation failed: a file could not be read or written, or the extractor failed. */
    public static final int FAILED = 1;
    /** The arguments were wrong. */
    public static final int USAGE = 2;
    /** A figure fell below its floor. */
    public static final int BELOW_FLOOR = 3;

    /** How to call the command. */
    public static final String USAGE_TEXT =
            "usage: eval GOLD_DIR [--verbose] [--json FILE] [--floors FILE] [--baseline corenlp]";

    private EvalCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args      the arguments after {@code eval}
     * @param out       where the table and listing go
     * @param err       where errors and unmet floors go
     * @param extractor makes the extractor to score; not called for {@code --baseline corenlp}
     * @return {@link #OK}, {@link #FAILED}, {@link #USAGE} or {@link #BELOW_FLOOR}
     */
    public static int run(List<String> args, PrintStream out, PrintStream err,
                          Supplier<NewsExtractor> extractor) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (!Files.isDirectory(options.goldDir)) {
            err.println("not a directory: " + options.goldDir);
            return USAGE;
        }
        if (Evaluation.pairs(options.goldDir).isEmpty()) {
            err.println("no NAME.txt with a NAME.gold.json beside it in " + options.goldDir);
            return USAGE;
        }
        Optional<Floors> floors;
        try {
            floors = options.floorsFile.map(Floors::read);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("bad floors file: " + e.getMessage());
            return USAGE;
        }
        try {
            NewsExtractor chosen = options.baseline ? new CoreNlpBaseline() : extractor.get();
            EvalReport report = Evaluation.runExtractor(options.goldDir, chosen);
            out.print(report.toTable());
            if (options.verbose) {
                out.println();
                out.print(report.verboseListing());
            }
            if (options.jsonFile.isPresent()) {
                Files.writeString(options.jsonFile.get(), report.toJson() + System.lineSeparator(),
                        StandardCharsets.UTF_8);
            }
            if (floors.isPresent()) {
                List<String> unmet = floors.get().unmet(report);
                for (String line : unmet) {
                    err.println("below floor: " + line);
                }
                if (!unmet.isEmpty()) {
                    return BELOW_FLOOR;
                }
            }
            return OK;
        } catch (IOException e) {
            err.println("eval failed: " + e.getMessage());
            return FAILED;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("eval failed: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("eval failed: " + e);
            return FAILED;
        }
    }

    /** The parsed arguments. */
    private static final class Options {
        private Path goldDir;
        private boolean verbose;
        private boolean baseline;
        private Optional<Path> jsonFile = Optional.empty();
        private Optional<Path> floorsFile = Optional.empty();

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--verbose", "-v" -> o.verbose = true;
                    case "--json" -> o.jsonFile = Optional.of(Path.of(value(args, ++i, arg)));
                    case "--floors" -> o.floorsFile = Optional.of(Path.of(value(args, ++i, arg)));
                    case "--baseline" -> {
                        String which = value(args, ++i, arg);
                        if (!which.equals("corenlp")) {
                            throw new IllegalArgumentException("unknown baseline: " + which);
                        }
                        o.baseline = true;
                    }
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option: " + arg);
                        }
                        if (o.goldDir != null) {
                            throw new IllegalArgumentException("more than one GOLD_DIR: " + arg);
                        }
                        o.goldDir = Path.of(arg);
                    }
                }
            }
            if (o.goldDir == null) {
                throw new IllegalArgumentException("GOLD_DIR is missing");
            }
            return o;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
