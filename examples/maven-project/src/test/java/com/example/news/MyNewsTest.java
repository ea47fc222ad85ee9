package com.example.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Person;
import org.newsextractor.Place;
import org.newsextractor.Quotation;
import org.newsextractor.RecordingExtractor;
import org.newsextractor.Speaker;

/** What a user's own tests do with the library: mock it, build records by hand, extract, keep fixtures, replay. */
class MyNewsTest {

    @Test
    void mockTheExtractorAndBuildRecordsByHand() {
        NewsExtractor extractor = mock(NewsExtractor.class);
        Person biden = Person.of("person-1", "Joe Biden", "Biden");
        Extraction canned = Extraction.builder()
                .people(biden)
                .places(Place.of("place-1", "Ukraine", Place.Kind.COUNTRY))
                .quotations(Quotation.of("We stand with Ukraine.", Speaker.of(biden)), Quotation.of("No comment.", null))
                .build();
        when(extractor.extract("some article")).thenReturn(canned);

        List<String> speakers = extractor.extract("some article").quotations().stream()
                .map(q -> q.speaker().map(Speaker::name).orElse("unknown")).toList();
        assertEquals(List.of("Joe Biden", "unknown"), speakers);
        verify(extractor, never()).extract("anything else");
    }

    @Test
    void extractAShortTextKeepItAsAFixtureAndReplayIt(@TempDir Path dir) {
        String text = "Jane Smith, the mayor of Paris, said on Monday that 300 people came.";
        Extraction x = NewsExtractor.create().extract(text);
        assertEquals("Jane Smith", x.people().get(0).name());
        assertEquals("Paris", x.places().get(0).name());

        Path fixture = dir.resolve("paris.json");
        x.write(fixture);
        assertEquals(x, Extraction.read(fixture));

        RecordingExtractor recording = RecordingExtractor.create(dir.resolve("recorded"));
        assertEquals(x, recording.extract(text));        // computed and recorded
        assertEquals(x, recording.extract(text));        // replayed
        assertTrue(recording.replayed() >= 1, "the second extraction is replayed");
    }
}
