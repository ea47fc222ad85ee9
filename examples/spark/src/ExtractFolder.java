import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_extract;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsextractor.spark.SparkExtraction;

/**
 * Runs news-extractor on Spark over a folder of {@code .txt} articles (UTF-8, one article per file, its id the
 * file name without {@code .txt}) and writes the results and the flattened views as JSON or Parquet.
 *
 * <pre>
 * ExtractFolder INPUT_DIR OUTPUT_DIR [--format json|parquet]
 * </pre>
 *
 * In local mode (no master given) it runs on {@code local[2]}; under spark-submit it uses the cluster's master.
 * See examples/spark/README.md for both commands.
 */
public class ExtractFolder {
    public static void main(String[] args) {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--format"))) {
            System.err.println("usage: ExtractFolder INPUT_DIR OUTPUT_DIR [--format json|parquet]");
            System.exit(2);
        }
        String input = args[0];
        String output = args[1];
        String format = args.length == 4 ? args[3] : "json";

        SparkSession.Builder builder = SparkSession.builder().appName("news-extractor");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[2]").config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            // binaryFile keeps each file whole and byte for byte; the cast decodes it as UTF-8.
            Dataset<Row> articles = spark.read().format("binaryFile").option("pathGlobFilter", "*.txt")
                    .load(input)
                    .select(regexp_extract(col("path"), "([^/]+)\\.txt$", 1).as("id"),
                            col("content").cast("string").as("text"));
            Map<String, Long> counts = SparkExtraction.write(SparkExtraction.extract(articles), output, format);
            counts.forEach((folder, rows) -> System.out.println(rows + " rows in " + output + "/" + folder));
        } finally {
            spark.stop();
        }
    }
}
