import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.newsextractor.Speaker;

/**
 * Using news-extractor's records in your own unit tests: mock the extractor with Mockito, build the result by hand
 * (no offsets you do not care about), compare by value, keep fixtures as JSON files. No model is loaded.
 */
class ExtractorMockingTest {

    /** The code under test: something of yours that uses the extractor. */
    static final class WhoIsQuoted {
        private final NewsExtractor extractor;

        WhoIsQuoted(NewsExtractor extractor) {
            this.extractor = extractor;
        }

        List<String> speakers(String article) {
            return extractor.extract(article).quotations().stream()
                    .map(q -> q.speaker().map(Speaker::name).orElse("unknown"))
                    .distinct().toList();
        }
    }

    private final NewsExtractor extractor = mock(NewsExtractor.class);

    @Test
    void listsTheSpeakersOfTheQuotations() {
        Person biden = Person.of("person-1", "Joe Biden", "Biden");
        Extraction canned = Extraction.builder()
                .people(biden)
                .places(Place.of("place-1", "Ukraine", Place.Kind.COUNTRY))
                .quotations(Quotation.of("We stand with Ukraine.", Speaker.of(biden)),
                        Quotation.of("No comment.", null))
                .build();
        when(extractor.extract("some article")).thenReturn(canned);

        assertEquals(List.of("Joe Biden", "unknown"), new WhoIsQuoted(extractor).speakers("some article"));
    }

    @Test
    void fixturesRoundTripThroughJsonFiles(@TempDir Path dir) {
        Extraction fixture = Extraction.builder().people(Person.of("person-1", "Jane Smith")).text("Jane Smith").build();
        Path file = dir.resolve("jane.json");
        fixture.write(file);                            // or keep it in src/test/resources and use fromResource
        assertEquals(fixture, Extraction.read(file));   // records compare by value
        verify(extractor, never()).extract("anything");
    }
}
