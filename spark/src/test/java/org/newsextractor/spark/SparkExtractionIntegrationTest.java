package org.newsextractor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;

/**
 * Spark in local[2] over the dev articles: every row must equal what the library itself returns for the same
 * article. The dev set lies outside the repository ({@code ../shared/eval/dev} from the project root); without
 * it the test is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkExtractionIntegrationTest {
    private static final String NULL_TEXT_ID = "no-text";
    private static final LocalDate DATE = LocalDate.of(2019, 5, 17);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkSession spark;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, Extraction> expected = new LinkedHashMap<>();
    private Dataset<Row> results;

    @BeforeAll
    void extractWithSparkAndWithTheLibrary() throws IOException {
        Optional<Path> dev = devArticles();
        assumeTrue(dev.isPresent(), "no dev articles at ../shared/eval/dev: Spark integration test skipped");
        try (Stream<Path> files = Files.list(dev.get())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                Article article = Article.of(Files.readString(file));
                // One dated article, so the published column reaches the library too.
                articles.put(id, articles.isEmpty() ? article.withPublished(DATE) : article);
            }
        }
        assumeTrue(!articles.isEmpty(), "no .txt files in " + dev.get());

        NewsExtractor library = NewsExtractor.create();
        articles.forEach((id, article) -> expected.put(id, library.extract(article)));

        spark = SparkSession.builder().master("local[2]").appName("news-extractor-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        List<Row> input = new ArrayList<>();
        articles.forEach((id, a) -> input.add(RowFactory.create(id, a.text(),
                a.published().map(LocalDate::toString).orElse(null))));
        input.add(RowFactory.create(NULL_TEXT_ID, null, null));
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("published", DataTypes.StringType);
        results = SparkExtraction.extract(spark.createDataFrame(input, schema).repartition(2)).cache();
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void eachArticleRowCarriesTheLibrarysOwnJson() {
        Map<String, Row> byId = byArticle(results);
        assertEquals(articles.size() + 1, byId.size(), "one row per input article");
        expected.forEach((id, x) -> {
            Row row = byId.get(id);
            assertNull(row.getAs(ExtractionSchema.ERROR), id);
            assertEquals(x.toJson(), row.getAs(ExtractionSchema.JSON), id);
        });
    }

    @Test
    void aFailingArticleYieldsAnErrorRowAndTheJobGoesOn() {
        List<Row> errors = SparkExtraction.errors(results).collectAsList();

        assertEquals(1, errors.size());
        assertEquals(NULL_TEXT_ID, errors.get(0).getString(0));
        assertTrue(errors.get(0).getString(1).contains("text is null"), errors.get(0).getString(1));
    }

    @Test
    void everyViewRowEqualsTheLibrarysRecord() {
        for (String view : SparkExtraction.VIEWS) {
            Map<String, List<JsonNode>> actual = new LinkedHashMap<>();
            for (String line : SparkExtraction.view(results, view).toJSON().collectAsList()) {
                ObjectNode row = (ObjectNode) read(line);
                String id = row.remove(ExtractionSchema.ARTICLE_ID).asText();
                actual.computeIfAbsent(id, k -> new ArrayList<>()).add(comparable(row));
            }
            expected.forEach((id, x) -> {
                List<JsonNode> records = new ArrayList<>();
                read(x.toJson()).get(view).forEach(record -> records.add(comparable(record)));
                assertEquals(records, actual.getOrDefault(id, List.of()), view + " of " + id);
            });
        }
    }

    @Test
    void theDevArticlesGiveRowsInEveryView() {
        for (String view : SparkExtraction.VIEWS) {
            long expectedRows = expected.values().stream()
                    .mapToLong(x -> read(x.toJson()).get(view).size()).sum();
            assertEquals(expectedRows, SparkExtraction.view(results, view).count(), view);
        }
        assertTrue(SparkExtraction.people(results).count() > 0, "the dev articles name people");
        assertTrue(SparkExtraction.quotations(results).count() > 0, "the dev articles quote people");
    }

    @Test
    void thePublishedDateIsKeptInTheArticleColumn() {
        String dated = articles.keySet().iterator().next();
        Row article = byArticle(results).get(dated).getAs("article");

        assertEquals(java.sql.Date.valueOf(DATE), article.getAs("published"));
    }

    @Test
    void writesParquetThatReadsBackWithTheSameRows(@TempDir Path dir) {
        Map<String, Long> counts = SparkExtraction.write(results, dir.toString(), "parquet");

        assertEquals(articles.size() + 1L, counts.get("results"));
        for (String folder : counts.keySet()) {
            Dataset<Row> back = spark.read().parquet(dir.resolve(folder).toString());
            assertEquals(counts.get(folder), back.count(), folder);
        }
        assertFalse(results.storageLevel().equals(org.apache.spark.storage.StorageLevel.NONE()),
                "write leaves the caller's cache in place");
    }

    private static Map<String, Row> byArticle(Dataset<Row> rows) {
        Map<String, Row> byId = new LinkedHashMap<>();
        rows.collectAsList().forEach(r -> byId.put(r.getAs(ExtractionSchema.ARTICLE_ID), r));
        return byId;
    }

    /**
     * The same record as Jackson and as Spark write it differ only in form: Spark leaves out null fields and
     * writes doubles as 12.0 where the library writes 12. Both are brought to one form before comparing.
     */
    private static JsonNode comparable(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    out.set(e.getKey(), comparable(e.getValue()));
                }
            });
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(comparable(element)));
            return out;
        }
        return node.isNumber() ? DoubleNode.valueOf(node.asDouble()) : node;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("bad JSON: " + json, e);
        }
    }

    /** {@code shared/eval/dev} beside the project root or any folder above the working directory. */
    private static Optional<Path> devArticles() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/eval/dev");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
