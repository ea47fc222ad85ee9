package org.newsextractor.numbersbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsextractor.Article;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Quantity;

/**
 * Runs Microsoft Recognizers-Text's English number specification cases through the extractor and counts
 * the cases that pass, per file. What "pass" means for each file is documented on {@link RecognizersModel}.
 * Each case is one short text, extracted on its own through the caller's extractor (one shared pipeline).
 */
public final class RecognizersBenchmark {

    private final NewsExtractor extractor;

    /** @param extractor the extractor to measure; reused for every case */
    public RecognizersBenchmark(NewsExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * @param dir the folder with the Recognizers-Text JSON files; files that are absent are skipped
     * @return one score per file found, in a fixed order
     */
    public List<FileScore> run(Path dir) {
        List<FileScore> scores = new ArrayList<>();
        for (RecognizersModel model : RecognizersModel.values()) {
            Path file = dir.resolve(model.file());
            if (Files.isRegularFile(file)) {
                scores.add(score(model, read(file)));
            }
        }
        return scores;
    }

    /**
     * Prints one line per file: name, passed/cases and the pass rate; with {@code verbose}, the failed cases.
     *
     * @param scores  the scores to print
     * @param out     where to print
     * @param verbose whether to list the failed cases
     */
    public static void print(List<FileScore> scores, PrintStream out, boolean verbose) {
        for (FileScore s : scores) {
            if (verbose) {
                s.failures().forEach(f -> out.println("  FAIL " + s.file() + ": " + f));
            }
        }
        for (FileScore s : scores) {
            out.printf("%-24s %4d / %4d  %.3f%n", s.file(), s.passed(), s.cases(), s.passRate());
        }
    }

    private FileScore score(RecognizersModel model, List<RecognizersCase> cases) {
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (RecognizersCase c : cases) {
            List<Quantity> found = c.input().isBlank() ? List.of()
                    : extractor.extract(Article.of(c.input())).numbers();
            if (passes(model, c, found)) {
                passed++;
            } else {
                failures.add(c.input() + "  expected " + c.expected().stream()
                        .map(e -> e.text() + "=" + e.value().orElse("?") + e.unit().map(u -> " " + u).orElse(""))
                        .toList() + "  found " + found);
            }
        }
        return new FileScore(model.file(), cases.size(), passed, failures);
    }

    static boolean passes(RecognizersModel model, RecognizersCase c, List<Quantity> found) {
        if (c.expected().isEmpty()) {
            return found.stream().noneMatch(model::tags);
        }
        for (RecognizersCase.Expected e : c.expected()) {
            if (e.value().isEmpty()) {
                continue; // "the % of increase": no number to find
            }
            boolean ok = found.stream()
                    .anyMatch(q -> q.begin() < e.end() && e.start() < q.end() && model.agrees(e, q));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static List<RecognizersCase> read(Path file) {
        try {
            List<RecognizersCase> cases = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(file.toFile())) {
                cases.add(RecognizersCase.of(node));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
