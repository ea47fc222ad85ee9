import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsextractor.NewsExtractor;
import org.newsextractor.spark.ExtractionSchema;
import org.newsextractor.spark.SparkExtraction;

/**
 * Runs news-extractor on Spark over a folder of {@code .txt} articles (UTF-8, one article per file, its id the
 * file name without {@code .txt}) and writes the results and the flattened views as JSON or Parquet.
 *
 * <pre>
 * ExtractFolder INPUT_DIR OUTPUT_DIR [--format json|parquet] [--verify]
 * </pre>
 *
 * {@code --verify} then reads the written results back and checks that each article's row holds exactly the
 * JSON that {@code NewsExtractor.create().extract(text)} returns in this JVM (meant for small folders).
 * In local mode (no master given) it runs on {@code local[2]}; under spark-submit it uses the cluster's master.
 * See examples/spark/README.md for both commands.
 */
public class ExtractFolder {
    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args).subList(Math.min(2, args.length), args.length);
        int formatAt = options.indexOf("--format");
        if (args.length < 2 || formatAt == options.size() - 1) {
            System.err.println("usage: ExtractFolder INPUT_DIR OUTPUT_DIR [--format json|parquet] [--verify]");
            System.exit(2);
        }
        String input = location(args[0]);
        String output = location(args[1]);
        String format = formatAt >= 0 ? options.get(formatAt + 1) : "json";

        SparkSession.Builder builder = SparkSession.builder().appName("news-extractor");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[2]").config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        int mismatches = 0;
        try {
            // binaryFile keeps each file whole and byte for byte; the cast decodes it as UTF-8.
            Dataset<Row> articles = spark.read().format("binaryFile").option("pathGlobFilter", "*.txt")
                    .load(input)
                    .select(regexp_extract(col("path"), "([^/]+)\\.txt$", 1).as("id"),
                            col("content").cast("string").as("text"));
            Map<String, Long> counts = SparkExtraction.write(SparkExtraction.extract(articles), output, format);
            counts.forEach((folder, rows) -> System.out.println(rows + " rows in " + output + "/" + folder));
            if (options.contains("--verify")) {
                mismatches = verify(spark.read().schema(ExtractionSchema.RESULT).format(format)
                        .load(output + "/results").collectAsList(), Path.of(input));
            }
        } finally {
            spark.stop();
        }
        System.exit(mismatches == 0 ? 0 : 1);
    }

    /**
     * Hadoop's paths drop a leading "..", so a local relative path becomes absolute here; a URI such as
     * hdfs://... or s3a://... is left as it is.
     */
    private static String location(String arg) {
        return arg.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*") ? arg : Path.of(arg).toAbsolutePath().normalize().toString();
    }

    /** @return how many written rows differ from the library's own extraction of the same file */
    private static int verify(List<Row> written, Path input) throws IOException {
        NewsExtractor library = NewsExtractor.create();
        int mismatches = 0;
        for (Row row : written) {
            String id = row.getAs(ExtractionSchema.ARTICLE_ID);
            String expected = library.extract(Files.readString(input.resolve(id + ".txt"))).toJson();
            if (!expected.equals(row.getAs(ExtractionSchema.JSON))) {
                mismatches++;
                System.out.println("DIFFERENT: " + id + (row.getAs(ExtractionSchema.ERROR) == null ? ""
                        : " (error: " + row.getAs(ExtractionSchema.ERROR) + ")"));
            }
        }
        System.out.println("verified: " + (written.size() - mismatches) + " of " + written.size()
                + " articles identical to NewsExtractor.create().extract(text)");
        return mismatches;
    }
}
