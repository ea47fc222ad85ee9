package org.newsextractor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;

/** {@code extract}: one article to standard output, or many to a folder of JSON files. */
final class ExtractCommand {
    private final Supplier<NewsExtractor> extractorFactory;
    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(Supplier<NewsExtractor> extractorFactory, PrintStream out, PrintStream err) {
        this.extractorFactory = extractorFactory;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Path outDir = null;
        boolean skipExisting = false;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--out" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--out needs a folder");
                    }
                    outDir = Path.of(args.get(++i));
                }
                case "--skip-existing" -> skipExisting = true;
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
        if (outDir == null) {
            if (inputs.size() != 1 || Files.isDirectory(inputs.get(0))) {
                throw new IllegalArgumentException("several inputs need --out DIR");
            }
            return printOne(inputs.get(0));
        }
        return writeAll(expand(inputs), outDir, skipExisting);
    }

    private int printOne(Path file) {
        try {
            out.println(extract(extractorFactory.get(), file).toJson());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(file + ": failed: " + describe(e));
            return 1;
        }
    }

    /** An HTML page is read into its story first ({@link Article#fromHtml}); any other file is plain text. */
    private static Extraction extract(NewsExtractor extractor, Path file) throws IOException {
        return isHtml(file) ? extractor.extract(Article.fromHtml(readText(file)))
                : extractor.extract(readText(file));
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

    private int writeAll(List<Path> files, Path outDir, boolean skipExisting) {
        NewsExtractor extractor = extractorFactory.get();
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
        for (Future<Boolean> r : results) {
            try {
                failed += r.get() ? 0 : 1;
            } catch (Exception e) {
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
        } catch (IOException | RuntimeException | StackOverflowError e) {
            err.println(file + ": failed: " + describe(e));
            return false;
        }
    }

    static String jsonName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }

    /** Reads UTF-8 strictly, so a binary or mis-encoded file is reported instead of silently garbled. */
    static String readText(Path file) throws IOException {
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
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
