package org.newsextractor.spark;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;

/**
 * Extracts one partition of articles as a stream: each output row is computed when Spark asks for it, so a
 * partition is never held in memory. Input rows are {@code (id string, text string, published date,
 * title string)} as {@link SparkExtraction} prepares them. Only the configuration is serialized with the task;
 * the extractor comes from {@link ExecutorExtractors} on the executor.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final ExtractorConfig config;

    ExtractPartition(ExtractorConfig config) {
        this.config = config;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        return new Iterator<>() {
            private NewsExtractor extractor;

            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Row next() {
                if (extractor == null) {
                    extractor = ExecutorExtractors.get(config);
                }
                return extractOne(extractor, articles.next());
            }
        };
    }

    /** @return the result row, or an error row when the article is invalid or the library fails on it */
    static Row extractOne(NewsExtractor extractor, Row input) {
        String id = input.getString(0);
        try {
            Extraction x = extractor.extract(article(input));
            return ExtractionRows.result(id, x);
        } catch (RuntimeException | StackOverflowError e) {
            // One bad article must not fail a job over millions: it becomes a row that says why.
            return ExtractionRows.error(id, e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static Article article(Row input) {
        String text = input.getString(1);
        if (text == null) {
            throw new IllegalArgumentException("article text is null");
        }
        Article article = Article.of(text);
        Optional<LocalDate> published = date(input.get(2));
        if (published.isPresent()) {
            article = article.withPublished(published.get());
        }
        return input.isNullAt(3) ? article : article.withTitle(input.getString(3));
    }

    /** Spark hands dates out as java.sql.Date, or as LocalDate when spark.sql.datetime.java8API.enabled. */
    private static Optional<LocalDate> date(Object value) {
        if (value instanceof java.sql.Date d) {
            return Optional.of(d.toLocalDate());
        }
        return value instanceof LocalDate d ? Optional.of(d) : Optional.empty();
    }
}
