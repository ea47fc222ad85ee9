package org.newsextractor.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark schemas that mirror the library's public records field by field ({@code Person}, {@code Place}, ...),
 * with the same names as their JSON form. {@code Optional} fields are nullable columns, enums are strings, and
 * lists are arrays. The one difference: an article's text (and the page blocks of an HTML input) is not
 * repeated in the results, since the input already holds it (the {@link #JSON} column carries the library's
 * complete JSON, text included).
 */
public final class ExtractionSchema {
    /** Column: the input article's id, on every result and view row. */
    public static final String ARTICLE_ID = "article_id";
    /** Column: why the article failed, or null. */
    public static final String ERROR = "error";
    /** Column: the library's own JSON of the extraction ({@code Extraction.toJson()}), or null on error. */
    public static final String JSON = "json";

    /** {@code Mention}: text, begin, end, sentence. */
    public static final StructType MENTION = struct(
            field("text", StringType), field("begin", IntegerType), field("end", IntegerType),
            field("sentence", IntegerType));
    /** {@code Person}. */
    public static final StructType PERSON = struct(
            field("id", StringType), field("name", StringType), field("titles", createArrayType(StringType, false)),
            field("mentions", array(MENTION)), field("author", BooleanType), field("wikipedia", StringType));
    /** {@code Place}; kind is the enum name; wikipedia is nullable, as for the other entities. */
    public static final StructType PLACE = struct(
            field("id", StringType), field("name", StringType), field("kind", StringType),
            field("mentions", array(MENTION)), field("wikipedia", StringType));
    /** {@code Organization}. */
    public static final StructType ORGANIZATION = struct(
            field("id", StringType), field("name", StringType), field("mentions", array(MENTION)),
            field("wikipedia", StringType));
    /** {@code Quantity}; kind is the enum name, the optional fields are nullable. */
    public static final StructType QUANTITY = struct(
            field("text", StringType), field("begin", IntegerType), field("end", IntegerType),
            field("kind", StringType), field("value", DoubleType), field("normalized", StringType),
            field("unit", StringType), field("qualifier", StringType), field("low", DoubleType),
            field("high", DoubleType), field("modifiers", createArrayType(StringType, false)));
    /** {@code Speaker}; id is null for an unnamed speaker. */
    public static final StructType SPEAKER = struct(field("id", StringType), field("name", StringType));
    /** {@code Quotation}; speaker, cue (a lemma) and cueText (as written) are nullable. */
    public static final StructType QUOTATION = struct(
            field("text", StringType), field("begin", IntegerType), field("end", IntegerType),
            field("speaker", SPEAKER), field("cue", StringType), field("cueText", StringType));
    /** {@code Claim}. */
    public static final StructType CLAIM = struct(
            field("source", SPEAKER), field("cue", StringType), field("content", StringType),
            field("begin", IntegerType), field("end", IntegerType),
            field("entities", createArrayType(StringType, false)), field("numbers", array(QUANTITY)),
            field("embedsQuote", BooleanType), field("cueText", StringType));
    /** {@code Article} without its text and its HTML page blocks: title, published, authors. */
    public static final StructType ARTICLE = struct(
            field("title", StringType), field("published", DateType),
            field("authors", createArrayType(StringType, false)));

    /** One row per input article: its id, the error or the extraction's lists, and the library's JSON. */
    public static final StructType RESULT = struct(
            field(ARTICLE_ID, StringType), field(ERROR, StringType),
            field("people", array(PERSON)), field("places", array(PLACE)),
            field("organizations", array(ORGANIZATION)), field("numbers", array(QUANTITY)),
            field("quotations", array(QUOTATION)), field("claims", array(CLAIM)),
            field("article", ARTICLE), field(JSON, StringType));

    private ExtractionSchema() {
    }

    private static StructType struct(StructField... fields) {
        return createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return createStructField(name, type, true);
    }

    private static DataType array(StructType element) {
        return createArrayType(element, false);
    }
}
