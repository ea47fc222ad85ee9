package org.newsextractor.dx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Person;
import org.newsextractor.Quantity;
import org.newsextractor.RecordingExtractor;

/** Record, replay, and refuse to trust what does not check out; with a mocked delegate, so no models. */
class RecordingExtractorTest {
    private static final Article ARTICLE = Article.of("Jane Smith visited Paris on Tuesday.", LocalDate.of(2022, 2, 1));

    @TempDir
    Path dir;
    private final NewsExtractor delegate = mock(NewsExtractor.class);
    private RecordingExtractor recorder;

    @BeforeEach
    void setUp() {
        Extraction result = Extraction.builder()
                .people(Person.of("person-1", "Jane Smith", "Jane Smith"))
                .numbers(Quantity.date("Tuesday", "2022-02-01"))
                .article(ARTICLE)
                .build();
        when(delegate.extract(any(Article.class))).thenReturn(result);
        recorder = RecordingExtractor.wrap(delegate, dir);
    }

    @Test
    void theSecondRunReplaysIdenticalJsonWithoutCallingTheDelegate() {
        String first = recorder.extract(ARTICLE).toJson();
        String second = RecordingExtractor.wrap(delegate, dir).extract(ARTICLE).toJson();
        assertEquals(first, second);
        verify(delegate, times(1)).extract(any(Article.class));
    }

    @Test
    void theKeyCoversDateTitleAndAuthorsNotJustTheText() throws Exception {
        recorder.extract(ARTICLE);
        recorder.extract(ARTICLE.withPublished(LocalDate.of(2023, 1, 1)));
        recorder.extract(ARTICLE.withTitle("Visit"));
        recorder.extract(new Article(ARTICLE.title(), ARTICLE.text(), ARTICLE.published(), List.of("A. Writer")));
        verify(delegate, times(4)).extract(any(Article.class));
        assertEquals(4, jsonFiles());
    }

    @Test
    void theVersionNamesSchemaLibraryCoreNlpAndOurModels() {
        String version = RecordingExtractor.version();
        for (String part : List.of("schema=" + Extraction.SCHEMA_VERSION, "library=", "corenlp=4.", "models=")) {
            assertTrue(version.contains(part), version);
        }
    }

    @Test
    void aStaleVersionIsRecomputed() throws Exception {
        assertRecomputedAfter(json -> json.replace("\"version\" : \"schema=", "\"version\" : \"schema=0"));
    }

    @Test
    void anEditedResultIsRecomputed() throws Exception {
        assertRecomputedAfter(json -> json.replace("\"name\" : \"Jane Smith\"", "\"name\" : \"John Smith\""));
    }

    @Test
    void anEntryForAnotherInputIsRecomputed() throws Exception {
        assertRecomputedAfter(json -> json.replace("visited Paris", "visited Rome"));
    }

    @Test
    void aTruncatedOrEmptyFileIsRecomputed() throws Exception {
        assertRecomputedAfter(json -> json.substring(0, json.length() / 2));
        assertRecomputedAfter(json -> "");
        assertRecomputedAfter(json -> "[]");
    }

    private void assertRecomputedAfter(UnaryOperator<String> damage) throws Exception {
        Extraction original = recorder.extract(ARTICLE);
        Path file = onlyFile();
        String json = Files.readString(file);
        String damaged = damage.apply(json);
        assertNotEquals(json, damaged, "the damage must change the file");
        Files.writeString(file, damaged);
        long calls = mockingDetailsCalls();
        long rejectedBefore = recorder.rejected();

        assertEquals(original, recorder.extract(ARTICLE));
        assertEquals(calls + 1, mockingDetailsCalls(), "the damaged entry is recomputed");
        assertEquals(rejectedBefore + 1, recorder.rejected());
        assertEquals(json, Files.readString(file), "and rewritten");
    }

    private long mockingDetailsCalls() {
        return org.mockito.Mockito.mockingDetails(delegate).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("extract")).count();
    }

    private Path onlyFile() throws Exception {
        try (var files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private long jsonFiles() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
