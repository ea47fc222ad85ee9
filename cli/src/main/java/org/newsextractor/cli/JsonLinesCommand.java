package org.newsextractor.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.internal.Json;

/**
 * {@code extract --jsonl OUT PATH...}: one JSON object per line and per input, in input order:
 * {@code {"input": PATH, "extraction": {...}}} or {@code {"input": PATH, "error": MESSAGE}}. OUT {@code -} is
 * standard output. A batch job can resume or retry from the error lines alone.
 */
final class JsonLinesCommand {
    private static final ObjectWriter ONE_LINE = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final Supplier<NewsExtractor> extractorFactory;
    private final PrintStream out;
    private final PrintStream err;

    JsonLinesCommand(Supplier<NewsExtractor> extractorFactory, PrintStream out, PrintStream err) {
        this.extractorFactory = extractorFactory;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        String target = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--jsonl")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--jsonl needs a file, or - for standard output");
                }
                target = args.get(++i);
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option for --jsonl: " + a);
            } else {
                inputs.add(Path.of(a));
            }
        }
        if (target == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("extract --jsonl needs an output file and at least one input");
        }
        List<Path> files = ExtractCommand.expand(inputs);
        try {
            if (target.equals("-")) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                int failed = writeLines(files, w);
                w.flush();
                return report(failed, files.size());
            }
            Path file = Path.of(target);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return report(writeLines(files, w), files.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private int report(int failed, int total) {
        if (failed > 0) {
            err.println(failed + " of " + total + " inputs failed");
        }
        return failed > 0 ? 1 : 0;
    }

    /** Extracts on all cores, writing each line as soon as it and every line before it are ready. */
    private int writeLines(List<Path> files, Writer w) throws IOException {
        NewsExtractor extractor = extractorFactory.get();
        Progress progress = new Progress(files.size(), err);
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Map<String, Object>>> lines = new ArrayList<>();
            for (Path file : files) {
                lines.add(pool.submit(() -> {
                    Map<String, Object> line = line(extractor, file);
                    progress.done(!line.containsKey("error"));
                    return line;
                }));
            }
            int failed = 0;
            for (Future<Map<String, Object>> line : lines) {
                Map<String, Object> value = await(line);
                failed += value.containsKey("error") ? 1 : 0;
                w.write(ONE_LINE.writeValueAsString(value));
                w.write('\n');
            }
            progress.finish();
            return failed;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Object> line(NewsExtractor extractor, Path file) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("input", file.toString());
        try {
            Extraction x = extractor.extract(ExtractCommand.readText(file));
            line.put("extraction", x);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            line.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            err.println(file + ": failed: " + line.get("error"));
        }
        return line;
    }

    private static Map<String, Object> await(Future<Map<String, Object>> line) {
        try {
            return line.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a line failed outside its own error handling", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
