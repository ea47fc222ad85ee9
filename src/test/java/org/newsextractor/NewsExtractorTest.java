package org.newsextractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.DefaultNewsExtractor;
import org.newsextractor.internal.TestTexts;
import org.newsextractor.internal.nlp.TextAnnotator;

/** The extractor's contract, with Mockito standing in for CoreNLP. */
class NewsExtractorTest {
    private final TextAnnotator annotator = mock(TextAnnotator.class);
    private final NewsExtractor extractor = new DefaultNewsExtractor(annotator, 1000);

    @Test
    void nullIsRefusedWithAClearMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> extractor.extract((String) null));
        assertEquals("text must not be null", e.getMessage());
    }

    @Test
    void blankOrFurnitureOnlyTextGivesAnEmptyResultWithoutCallingCoreNlp() {
        assertEquals(Extraction.EMPTY, extractor.extract(""));
        Extraction blank = extractor.extract("  \n\t ");
        assertEquals(0, blank.recordCount());
        assertEquals("  \n\t ", blank.article().text());
        Extraction furniture = extractor.extract("[ad_1]\n\nSource link\n");
        assertEquals(Extraction.EMPTY.withArticle(Article.of("[ad_1]\n\nSource link\n")), furniture);
        verify(annotator, never()).annotate(anyString());
    }

    @Test
    void tooLongTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> extractor.extract("x".repeat(1001)));
    }

    @Test
    void recordsComeFromTheAnnotatedTokens() {
        String text = "Jane/NNP/PERSON Smith/NNP/PERSON visited/VBD Paris/NNP/LOCATION ./.";
        when(annotator.annotate(anyString())).thenReturn(TestTexts.parse(text));
        Extraction x = extractor.extract("Jane Smith visited Paris .");
        assertEquals(List.of("Jane Smith"), x.people().stream().map(Person::name).toList());
        assertEquals(List.of("Paris"), x.places().stream().map(Place::name).toList());
    }

    @Test
    void peopleInTheBylineAreMarkedAsAuthors() {
        String text = "Jane/NNP/PERSON Smith/NNP/PERSON met/VBD Bob/NNP/PERSON Ray/NNP/PERSON ./.";
        when(annotator.annotate(anyString())).thenReturn(TestTexts.parse(text));
        Article article = new Article(java.util.Optional.empty(), "Jane Smith met Bob Ray .",
                java.util.Optional.empty(), List.of("Jane Smith"));
        Extraction x = extractor.extract(article);
        assertEquals(List.of(true, false), x.people().stream().map(Person::author).toList());
    }

    @Test
    void theInterfaceIsEasyToMock() {
        NewsExtractor fake = mock(NewsExtractor.class);
        Extraction canned = new Extraction(List.of(Person.of("person-1", "Jane Smith")), null, null, null, null,
                null);
        when(fake.extract("any article")).thenReturn(canned);
        assertEquals("Jane Smith", fake.extract("any article").people().get(0).name());
    }
}
