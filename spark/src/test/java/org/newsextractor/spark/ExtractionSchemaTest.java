package org.newsextractor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsextractor.Article;
import org.newsextractor.Claim;
import org.newsextractor.Extraction;
import org.newsextractor.Mention;
import org.newsextractor.Organization;
import org.newsextractor.Person;
import org.newsextractor.Place;
import org.newsextractor.Quantity;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;

/** The Spark schemas mirror the library's records: same field names, same order. */
class ExtractionSchemaTest {
    @Test
    void everyStructHasTheFieldsOfItsRecordInOrder() {
        Map<StructType, Class<? extends Record>> mirrors = Map.of(
                ExtractionSchema.MENTION, Mention.class, ExtractionSchema.PERSON, Person.class,
                ExtractionSchema.PLACE, Place.class, ExtractionSchema.ORGANIZATION, Organization.class,
                ExtractionSchema.QUANTITY, Quantity.class, ExtractionSchema.SPEAKER, Speaker.class,
                ExtractionSchema.QUOTATION, Quotation.class, ExtractionSchema.CLAIM, Claim.class);
        mirrors.forEach((schema, record) ->
                assertEquals(components(record), List.of(schema.fieldNames()), record.getSimpleName()));
    }

    @Test
    void theArticleStructIsTheArticleWithoutItsTextAndPageLayout() {
        List<String> expected = new ArrayList<>(components(Article.class));
        expected.remove("text");
        expected.remove("blocks");

        assertEquals(expected, List.of(ExtractionSchema.ARTICLE.fieldNames()));
    }

    @Test
    void theResultRowIsIdErrorTheExtractionsListsAndJson() {
        List<String> expected = new ArrayList<>(List.of(ExtractionSchema.ARTICLE_ID, ExtractionSchema.ERROR));
        expected.addAll(components(Extraction.class));
        expected.add(ExtractionSchema.JSON);

        assertEquals(expected, List.of(ExtractionSchema.RESULT.fieldNames()));
    }

    @Test
    void aClaimRowHoldsItsFieldsInSchemaOrder() {
        Quantity number = Quantity.of("40 years", Quantity.Kind.DURATION, 40, null);
        Claim claim = new Claim(new Speaker(Optional.of("person-2"), "Maria Delgado"), "said", "the cables are old",
                10, 28, List.of("org-1"), List.of(number), true);

        Row row = ExtractionRows.claim(claim);

        assertEquals("person-2", row.getStruct(ExtractionSchema.CLAIM.fieldIndex("source")).getString(0));
        assertEquals("said", row.getString(ExtractionSchema.CLAIM.fieldIndex("cue")));
        assertEquals("the cables are old", row.getString(ExtractionSchema.CLAIM.fieldIndex("content")));
        assertEquals(28, row.getInt(ExtractionSchema.CLAIM.fieldIndex("end")));
        assertEquals(List.of("org-1"), row.getList(ExtractionSchema.CLAIM.fieldIndex("entities")));
        Row numberRow = row.<Row>getList(ExtractionSchema.CLAIM.fieldIndex("numbers")).get(0);
        assertEquals(40.0, numberRow.getDouble(ExtractionSchema.QUANTITY.fieldIndex("value")));
        assertEquals(true, row.getBoolean(ExtractionSchema.CLAIM.fieldIndex("embedsQuote")));
    }

    private static List<String> components(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
