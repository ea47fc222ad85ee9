package org.newsextractor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Person;
import org.newsextractor.Quantity;

/** Rows from one article, with a stand-in extractor: no CoreNLP, no Spark session. */
class ExtractPartitionTest {
    private static final Extraction ONE_PERSON = new Extraction(List.of(Person.of("person-1", "Ann Lee", "Ann Lee")),
            List.of(), List.of(), List.of(Quantity.of("12 tonnes", Quantity.Kind.MEASURE, 12, "tonnes")),
            List.of(), List.of());

    @Test
    void aFailingArticleBecomesAnErrorRowWithItsId() {
        NewsExtractor failing = article -> {
            throw new IllegalStateException("boom");
        };
        Row row = ExtractPartition.extractOne(failing, RowFactory.create("a-7", "Some text.", null, null));

        assertEquals("a-7", row.getString(0));
        assertEquals("java.lang.IllegalStateException: boom", row.getString(1));
        assertNull(row.get(ExtractionSchema.RESULT.fieldIndex(ExtractionSchema.JSON)));
    }

    @Test
    void aNullTextIsAnErrorNotACrash() {
        NewsExtractor never = article -> {
            throw new AssertionError("must not be called");
        };
        Row row = ExtractPartition.extractOne(never, RowFactory.create("a-8", null, null, null));

        assertTrue(row.getString(1).contains("text is null"), row.getString(1));
    }

    @Test
    void theArticleCarriesDateAndTitleAndTheRowCarriesTheLibraryJson() {
        AtomicReference<Article> seen = new AtomicReference<>();
        NewsExtractor recording = article -> {
            seen.set(article);
            return ONE_PERSON.withArticle(article);
        };
        Row row = ExtractPartition.extractOne(recording,
                RowFactory.create("a-9", "Ann Lee spoke.", java.sql.Date.valueOf("2019-03-04"), "Headline"));

        assertEquals(LocalDate.of(2019, 3, 4), seen.get().published().orElseThrow());
        assertEquals("Headline", seen.get().title().orElseThrow());
        assertNull(row.get(1));
        assertEquals(ONE_PERSON.withArticle(seen.get()).toJson(), row.getString(row.length() - 1));
        Row person = row.<Row>getList(2).get(0);
        assertEquals("Ann Lee", person.getString(1));
        Row number = row.<Row>getList(5).get(0);
        assertEquals("MEASURE", number.getString(3));
        assertEquals(12.0, number.getDouble(4));
        assertEquals("tonnes", number.getString(6));
        assertTrue(number.isNullAt(5), "an empty Optional is a null column");
    }

    @Test
    void everyResultRowMatchesTheSchemaWidth() {
        Row ok = ExtractionRows.result("x", Extraction.EMPTY);
        Row error = ExtractionRows.error("x", "why");

        assertEquals(ExtractionSchema.RESULT.size(), ok.length());
        assertEquals(ExtractionSchema.RESULT.size(), error.length());
    }
}
