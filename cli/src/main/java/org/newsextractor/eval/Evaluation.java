package org.newsextractor.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;

/**
 * Runs an extractor over a directory of gold articles and scores it.
 *
 * <p>Every {@code NAME.txt} that has a {@code NAME.gold.json} beside it is read (as UTF-8), extracted and scored,
 * in order of file name; other files are ignored.
 *
 * <pre>{@code
 * EvalReport report = Evaluation.runExtractor(Path.of("eval/dev"), NewsExtractor.create());
 * System.out.print(report.toTable());
 * }</pre>
 */
public final class Evaluation {
    /** The suffix of an article's text file. */
    public static final String TEXT_SUFFIX = ".txt";
    /** The suffix of an article's gold file. */
    public static final String GOLD_SUFFIX = ".gold.json";

    private Evaluation() {
    }

    /**
     * One article of a gold directory: its text file and its gold file.
     *
     * @param name the article's name, the file name without {@code .txt}
     * @param text the {@code NAME.txt} file
     * @param gold the {@code NAME.gold.json} file
     */
    public record GoldPair(String name, Path text, Path gold) {
        /**
         * Checks the fields.
         *
         * @param name the article's name, the file name without {@code .txt}
         * @param text the {@code NAME.txt} file
         * @param gold the {@code NAME.gold.json} file
         */
        public GoldPair {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(gold, "gold");
        }
    }

    /**
     * @param goldDir a directory of articles and gold files
     * @return every article that has both files, sorted by name
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public static List<GoldPair> pairs(Path goldDir) {
        List<GoldPair> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path text : files.sorted().toList()) {
                String fileName = text.getFileName().toString();
                if (!fileName.endsWith(TEXT_SUFFIX) || !Files.isRegularFile(text)) {
                    continue;
                }
                String name = fileName.substring(0, fileName.length() - TEXT_SUFFIX.length());
                Path gold = text.resolveSibling(name + GOLD_SUFFIX);
                if (Files.isRegularFile(gold)) {
                    result.add(new GoldPair(name, text, gold));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + goldDir, e);
        }
        return List.copyOf(result);
    }

    /**
     * @param goldDir   a directory of articles and gold files
     * @param extractor turns an article's text into an extraction
     * @return the scores of every article with a gold file
     * @throws UncheckedIOException     if a file cannot be read
     * @throws IllegalArgumentException if a gold file is malformed
     */
    public static EvalReport run(Path goldDir, Function<String, Extraction> extractor) {
        List<ArticleScore> scores = new ArrayList<>();
        for (GoldPair pair : pairs(goldDir)) {
            GoldArticle gold = GoldArticle.read(pair.gold());
            String text;
            try {
                text = Files.readString(pair.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + pair.text(), e);
            }
            ArticleScore score = ArticleScorer.score(gold, extractor.apply(text));
            scores.add(new ArticleScore(pair.name(), score.sections(), score.units()));
        }
        return new EvalReport(scores);
    }

    /**
     * Same as {@link #run(Path, Function)}, for a {@link NewsExtractor} (named apart because a lambda fits both).
     *
     * @param goldDir   a directory of articles and gold files
     * @param extractor the extractor to score
     * @return the scores of every article with a gold file
     */
    public static EvalReport runExtractor(Path goldDir, NewsExtractor extractor) {
        Function<String, Extraction> extract = extractor::extract;
        return run(goldDir, extract);
    }

    /**
     * Scores a single article, as tests do.
     *
     * @param gold       the gold article
     * @param extraction the extraction of the same article
     * @return a report holding that one article
     */
    public static EvalReport score(GoldArticle gold, Extraction extraction) {
        return new EvalReport(List.of(ArticleScorer.score(gold, extraction)));
    }
}
