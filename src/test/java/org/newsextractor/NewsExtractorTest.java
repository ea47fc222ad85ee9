package org.newsextractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.internal.DefaultNewsExtractor;
import org.newsextractor.internal.guard.Limits;
import org.newsextractor.internal.linking.LinkIndexes;
import org.newsextractor.internal.linking.TinyIndex;
import org.newsextractor.internal.nlp.SentenceParser;
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
    void withALinkIndexRecordsGetTheirPageAndSameNamedOnesMerge(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("links.idx");
        Files.write(index, TinyIndex.bytes("Jane Smith\tJane_Smith_(diplomat)\t0.9",
                "Zemblan Foreign Office\tMinistry_of_Foreign_Affairs_(Zembla)\t1.0",
                "Zemblan Foreign Ministry\tMinistry_of_Foreign_Affairs_(Zembla)\t0.9"));
        NewsExtractor linking = new DefaultNewsExtractor(annotator, SentenceParser.NONE,
                new Limits(1000, 1000, Optional.empty()), LinkIndexes.linker(index));
        String text = "Jane/NNP/PERSON Smith/NNP/PERSON of/IN the/DT Zemblan/NNP/ORGANIZATION Foreign/NNP/ORGANIZATION "
                + "Office/NNP/ORGANIZATION met/VBD the/DT Zemblan/NNP/ORGANIZATION Foreign/NNP/ORGANIZATION "
                + "Ministry/NNP/ORGANIZATION ./.";
        when(annotator.annotate(anyString())).thenReturn(TestTexts.parse(text));
        String plain = TestTexts.parse(text).text();

        Extraction x = linking.extract(plain);
        Extraction without = extractor.extract(plain);

        assertEquals(List.of(Optional.of("Jane_Smith_(diplomat)")), x.people().stream().map(Person::wikipedia).toList());
        assertEquals(List.of("Zemblan Foreign Ministry"), x.organizations().stream().map(Organization::name).toList());
        assertEquals(2, x.organizations().get(0).mentions().size());
        assertEquals(2, without.organizations().size());
        assertEquals(Optional.empty(), without.people().get(0).wikipedia());
    }

    @Test
    void aMissingOrDamagedLinkIndexIsRefusedWhenTheExtractorIsBuilt(@TempDir Path dir) throws IOException {
        assertThrows(UncheckedIOException.class,
                () -> NewsExtractor.builder().linkIndex(dir.resolve("absent.idx")).build());
        Path junk = dir.resolve("junk.idx");
        Files.writeString(junk, "not an index at all, just some text");
        assertThrows(IllegalArgumentException.class, () -> NewsExtractor.builder().linkIndex(junk).build());
        NewsExtractor.builder().linkIndex(junk).linking(false).build();
    }

    @Test
    void recordsBuiltTheOldWayHaveNoLinkAndKeepItWhenCopied() {
        Person p = new Person("person-1", "Jane Smith", List.of(), List.of());
        assertEquals(Optional.empty(), p.wikipedia());
        assertEquals(Optional.empty(), new Person("p", "A", null, null, false, null).wikipedia());
        assertEquals(Optional.empty(), new Place("place-1", "Zembla", Place.Kind.COUNTRY, List.of()).wikipedia());
        assertEquals(Optional.empty(), new Organization("org-1", "Zembla Rail", List.of()).wikipedia());
        Person linked = p.withWikipedia(Optional.of("Jane_Smith"));
        assertEquals(Optional.of("Jane_Smith"), linked.asAuthor().wikipedia());
        Entity e = linked;
        assertEquals(Optional.of("Jane_Smith"), e.wikipedia());
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
