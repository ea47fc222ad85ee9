package org.newsextractor.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsextractor.Article;
import org.newsextractor.Entity;
import org.newsextractor.Extraction;
import org.newsextractor.SharedExtractor;
import org.newsextractor.Speaker;

/**
 * A page through the real pipeline gives the same people, places, organizations, quotations and speakers as the
 * same story's clean text; the byline's author is an author, not a speaker.
 */
class HtmlExtractionIT {

    @ParameterizedTest
    @ValueSource(strings = {"sidebar-comments", "cookie-newsletter"})
    void aPageGivesTheRecordsOfItsCleanText(String name) {
        Article page = Article.fromHtml(HtmlPagesTest.resource(name + ".html"));
        Extraction fromPage = SharedExtractor.get().extract(page);
        Extraction fromText = SharedExtractor.get().extract(HtmlPagesTest.resource(name + ".expected.txt"));

        assertFalse(fromText.people().isEmpty() || fromText.quotations().isEmpty(), "a story worth comparing");
        assertEquals(names(fromText.people()), names(fromPage.people()));
        assertEquals(names(fromText.places()), names(fromPage.places()));
        assertEquals(names(fromText.organizations()), names(fromPage.organizations()));
        assertEquals(quotations(fromText), quotations(fromPage));

        assertEquals(page, fromPage.article());
        assertTrue(page.published().isPresent(), "the page's date is the reference for relative dates");
        for (String author : page.authors()) {
            assertTrue(fromPage.quotations().stream().noneMatch(q -> q.speaker().map(Speaker::name)
                    .filter(s -> s.contains(author)).isPresent()), author + " is no speaker");
        }
    }

    private static List<String> names(List<? extends Entity> entities) {
        return entities.stream().map(Entity::name).sorted().toList();
    }

    private static List<String> quotations(Extraction x) {
        return x.quotations().stream()
                .map(q -> q.text() + " <- " + q.speaker().map(Speaker::name).orElse("?"))
                .toList();
    }
}
