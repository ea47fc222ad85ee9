package org.newsextractor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.internal.guard.Limits;

/**
 * {@code extract}: one article to standard output, or many to a folder of JSON files. In a batch every article
 * is attempted: a failing one is reported on standard error (file and reason) and the others are still written;
 * each JSON file is written atomically, and {@code --skip-existing} skips articles whose JSON is already there.
 */
final class ExtractCommand {
    /** A default per-article budget, so that one hostile file cannot hold a batch for long. */
    static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(120);

    private final Function<NewsExtractor.Builder, NewsExtractor> extractorFactory;
    private final PrintStream out;
    private final PrintStream err;
    private int maxChars = Limits.DEFAULT_MAX_INPUT_CHARS;

    /** For tests: an extractor made elsewhere, whatever the limit options say. */
    ExtractCommand(Supplier<NewsExtractor> extractorFactory, PrintStream out, PrintStream err) {
        this(builder -> extractorFactory.get(), out, err);
    }

    /**
     * @param extractorFactory builds the extractor from a builder that carries the limit options
     * @param out              where a single article's JSON goes
     * @param err              where progress and failures go
     */
    ExtractCommand(Function<NewsExtractor.Builder, NewsExtractor> extractorFactory, PrintStream out,
                   PrintStream err) {
        this.extractorFactory = extractorFactory;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Path outDir = null;
        boolean skipExisting = false;
        Duration budget = DEFAULT_TIME_BUDGET;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--out" -> outDir = Path.of(value(args, ++i, "--out needs a folder"));
                case "--skip-existing" -> skipExisting = true;
                case "--time-budget" -> {
                    long seconds = number(value(args, ++i, "--time-budget needs seconds"), "--time-budget");
                    budget = seconds == 0 ? null : Duration.ofSeconds(seconds);
                }
                case "--max-chars" -> maxChars = (int) Math.min(Integer.MAX_VALUE,
                        Math.max(1, number(value(args, ++i, "--max-chars needs a number"), "--max-chars")));
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(Path.of(a));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("extract needs a file");
        }
        if (outDir == null && (inputs.size() != 1 || Files.isDirectory(inputs.get(0)))) {
            throw new IllegalArgumentException("several inputs need --out DIR");
        }
        NewsExtractor extractor = extractorFactory.apply(
                NewsExtractor.builder().maxInputChars(maxChars).timeBudget(budget));
        if (outDir == null) {
            return printOne(extractor, inputs.get(0));
        }
        return writeAll(extractor, expand(inputs), outDir, skipExisting);
    }

    private static String value(List<String> args, int i, String missing) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(missing);
        }
        return args.get(i);
    }

    private static long number(String s, String option) {
        try {
            long n = Long.parseLong(s);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number of at least 0, not " + s);
        }
    }

    private int printOne(NewsExtractor extractor, Path file) {
        try {
            out.println(extract(extractor, file).toJson());
            return 0;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println(file + ": failed: " + describe(e));
            return 1;
        }
    }

    /** An HTML page is read into its story first ({@link Article#fromHtml}); any other file is plain text. */
    private Extraction extract(NewsExtractor extractor, Path file) throws IOException {
        String text = readText(file, maxChars);
        return isHtml(file) ? extractor.extract(Article.fromHtml(text)) : extractor.extract(text);
    }

    static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static boolean isInput(Path file) {
        return file.getFileName().toString().endsWith(".txt") || isHtml(file);
    }

    /** Files as given; folders contribute their .txt, .html and .htm files, in name order. */
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && isInput(f))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot list " + p + ": " + e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private int writeAll(NewsExtractor extractor, List<Path> files, Path outDir, boolean skipExisting) {
        Progress progress = new Progress(files.size(), err);
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Path file : files) {
            Path target = outDir.resolve(jsonName(file));
            results.add(pool.submit(() -> {
                boolean ok = skipExisting && Files.exists(target) || writeOne(extractor, file, target);
                progress.done(ok);
                return ok;
            }));
        }
        int failed = 0;
        for (int i = 0; i < results.size(); i++) {
            try {
                failed += results.get(i).get() ? 0 : 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
                err.println("interrupted: the files not yet written can be done by a rerun with --skip-existing");
                return 1;
            } catch (ExecutionException e) {
                err.println(files.get(i) + ": failed: " + describe(e.getCause()));
                failed++;
            }
        }
        pool.shutdown();
        progress.finish();
        if (failed > 0) {
            err.println(failed + " of " + files.size() + " inputs failed");
        }
        return failed > 0 ? 1 : 0;
    }

    private boolean writeOne(NewsExtractor extractor, Path file, Path target) {
        try {
            Extraction x = extract(extractor, file);
            x.write(target);
            return true;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One article's failure, even running out of stack or memory, must not lose the others.
            err.println(file + ": failed: " + describe(e));
            return false;
        }
    }

    static String jsonName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }

    /**
     * Reads UTF-8 strictly, so a binary or mis-encoded file is reported instead of silently garbled; a file too
     * big to hold {@code maxChars} characters is refused before it is read, so it cannot exhaust memory.
     */
    /** Reads UTF-8 text within the default length limit. */
    static String readText(Path file) throws IOException {
        return readText(file, Limits.DEFAULT_MAX_INPUT_CHARS);
    }

    static String readText(Path file, int maxChars) throws IOException {
        long size = Files.size(file);
        if (size > 4L * maxChars) {
            throw new IOException("file of " + size + " bytes is over the limit of " + maxChars
                    + " characters (--max-chars)");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof VirtualMachineError) {
            return e.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
