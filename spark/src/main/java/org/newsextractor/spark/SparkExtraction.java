package org.newsextractor.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.storage.StorageLevel;

/**
 * news-extractor on Apache Spark: a {@code Dataset} of articles in, a {@code Dataset} of extractions out, and
 * flattened views with one row per person, place, organization, number, quotation or claim.
 *
 * <p>Input columns: {@code id} and {@code text} (required), {@code published} (optional, a date or an ISO
 * date string) and {@code title} (optional). Output: {@link ExtractionSchema#RESULT}, one row per article in
 * input order within each partition. Each executor JVM builds one extractor on its first task and keeps it;
 * an article the library refuses or fails on yields a row with {@code error} set instead of failing the job.
 *
 * <p>Results are computed lazily like any Dataset: persist them (as {@link #write} does) before deriving
 * several views, or every view runs the extraction again.
 */
public final class SparkExtraction {
    /** Names of the flattened views, as {@link #view} and {@link #write} know them. */
    public static final List<String> VIEWS =
            List.of("people", "places", "organizations", "numbers", "quotations", "claims");

    private SparkExtraction() {
    }

    /** @return one {@link ExtractionSchema#RESULT} row per article, extracted as {@code NewsExtractor.create()} */
    public static Dataset<Row> extract(Dataset<Row> articles) {
        return extract(articles, ExtractorConfig.defaults());
    }

    /** @return one {@link ExtractionSchema#RESULT} row per article, extracted with the given configuration */
    public static Dataset<Row> extract(Dataset<Row> articles, ExtractorConfig config) {
        return normalized(articles).mapPartitions(new ExtractPartition(config),
                Encoders.row(ExtractionSchema.RESULT));
    }

    /** @return one row per person: {@code article_id} then the fields of {@link ExtractionSchema#PERSON} */
    public static Dataset<Row> people(Dataset<Row> results) {
        return view(results, "people");
    }

    /** @return one row per place: {@code article_id} then the fields of {@link ExtractionSchema#PLACE} */
    public static Dataset<Row> places(Dataset<Row> results) {
        return view(results, "places");
    }

    /** @return one row per organization: {@code article_id} then {@link ExtractionSchema#ORGANIZATION} */
    public static Dataset<Row> organizations(Dataset<Row> results) {
        return view(results, "organizations");
    }

    /** @return one row per number: {@code article_id} then the fields of {@link ExtractionSchema#QUANTITY} */
    public static Dataset<Row> numbers(Dataset<Row> results) {
        return view(results, "numbers");
    }

    /** @return one row per quotation: {@code article_id} then {@link ExtractionSchema#QUOTATION} */
    public static Dataset<Row> quotations(Dataset<Row> results) {
        return view(results, "quotations");
    }

    /** @return one row per claim: {@code article_id} then the fields of {@link ExtractionSchema#CLAIM} */
    public static Dataset<Row> claims(Dataset<Row> results) {
        return view(results, "claims");
    }

    /** @return the failed articles: {@code article_id, error} */
    public static Dataset<Row> errors(Dataset<Row> results) {
        return results.where(col(ExtractionSchema.ERROR).isNotNull())
                .select(col(ExtractionSchema.ARTICLE_ID), col(ExtractionSchema.ERROR));
    }

    /**
     * @param list one of {@link #VIEWS}
     * @return one row per element of that list of every article, with the article's id first
     */
    public static Dataset<Row> view(Dataset<Row> results, String list) {
        if (!VIEWS.contains(list)) {
            throw new IllegalArgumentException("no view " + list + "; views are " + VIEWS);
        }
        return results.select(col(ExtractionSchema.ARTICLE_ID), explode(col(list)).as("item"))
                .select(col(ExtractionSchema.ARTICLE_ID), col("item.*"));
    }

    /**
     * Writes {@code dir/results}, {@code dir/errors} and one folder per view in {@link #VIEWS}, replacing
     * what was there. Unless already persisted, the results are persisted meanwhile so the articles are
     * extracted once.
     *
     * @param format a Spark data source: {@code "parquet"} or {@code "json"}
     * @return the number of rows written to each folder, by folder name ({@code results}, {@code errors}, views)
     */
    public static Map<String, Long> write(Dataset<Row> results, String dir, String format) {
        // Persist unless the caller already did (then the caller's cache is left alone).
        boolean persistHere = results.storageLevel().equals(StorageLevel.NONE());
        Dataset<Row> kept = persistHere ? results.persist(StorageLevel.MEMORY_AND_DISK()) : results;
        try {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("results", save(kept, dir + "/results", format));
            counts.put("errors", save(errors(kept), dir + "/errors", format));
            for (String list : VIEWS) {
                counts.put(list, save(view(kept, list), dir + "/" + list, format));
            }
            return counts;
        } finally {
            if (persistHere) {
                kept.unpersist();
            }
        }
    }

    /** Writes the rows and counts them; both read the persisted results, so counting costs little. */
    private static long save(Dataset<Row> rows, String path, String format) {
        rows.write().mode(SaveMode.Overwrite).format(format).save(path);
        return rows.count();
    }

    /** Brings any input to {@code (id string, text string, published date, title string)}. */
    private static Dataset<Row> normalized(Dataset<Row> articles) {
        Set<String> columns = Set.of(articles.columns());
        for (String required : List.of("id", "text")) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException("articles need a column '" + required + "'; they have "
                        + columns);
            }
        }
        return articles.select(col("id").cast("string"), col("text").cast("string"),
                optional(columns, "published", "date"), optional(columns, "title", "string"));
    }

    private static Column optional(Set<String> columns, String name, String type) {
        return (columns.contains(name) ? col(name) : lit(null)).cast(type).as(name);
    }
}
