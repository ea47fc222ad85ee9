package org.newsextractor.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsextractor.Article;

/**
 * The test pages in {@code src/test/resources/pages/}, each written in a layout common on news sites, against the
 * story text expected beside it ({@code NAME.expected.txt}: the headline, then the paragraphs).
 */
class HtmlPagesTest {
    private static final double FLOOR = 0.90;

    record Page(String name, String title, LocalDate published, List<String> authors) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Page> pages() {
        return Stream.of(
                new Page("sidebar-comments", "Hull council approves £42m flood barrier after decade of delays",
                        LocalDate.of(2024, 3, 5), List.of("Jane Whitfield")),
                new Page("amp", "Heatwave pushes Madrid power demand to a new record",
                        LocalDate.of(2023, 8, 9), List.of("Carlos Ruiz")),
                new Page("jsonld-only", "Nairobi start-up raises $15 million to expand solar lending",
                        LocalDate.of(2024, 1, 18), List.of("Amina Odhiambo")),
                new Page("split-containers", "Wildfire forces evacuation of 3,000 people near Athens",
                        LocalDate.of(2024, 8, 11), List.of("Eleni Papadaki")),
                new Page("cookie-newsletter", "Leeds Central Library to reopen after two-year restoration",
                        LocalDate.of(2024, 5, 12), List.of("Tom Hargreaves")),
                new Page("text-blocks", "Storm Ciaran: Thousands without power",
                        LocalDate.of(2023, 11, 2), List.of("Sam Jones")),
                new Page("blog-comments", "Council backs new tram line",
                        LocalDate.of(2022, 6, 1), List.of("Bob Carter")));
    }

    static String resource(String name) {
        try (InputStream in = HtmlPagesTest.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void recoversTheStoryTextAndLittleElse(Page page) {
        Article article = Article.fromHtml(resource(page.name() + ".html"));
        String expected = resource(page.name() + ".expected.txt");
        TextRecovery r = TextRecovery.measure(article.text(), expected);
        assertTrue(r.precision() >= FLOOR && r.recall() >= FLOOR, page + ": " + r + "\n---\n" + article.text());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void findsTitleDateAndAuthors(Page page) {
        Article article = Article.fromHtml(resource(page.name() + ".html"));
        assertEquals(Optional.of(page.title()), article.title());
        assertEquals(Optional.of(page.published()), article.published());
        assertEquals(page.authors(), article.authors());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void keepsParagraphBreaksAndStartsWithTheTitle(Page page) {
        Article article = Article.fromHtml(resource(page.name() + ".html"));
        assertTrue(article.text().startsWith(page.title() + "\n\n"), article.text());
        List<String> paragraphs = List.of(article.text().strip().split("\n\n"));
        for (String expected : resource(page.name() + ".expected.txt").strip().split("\n\n")) {
            assertTrue(paragraphs.contains(expected), "not a paragraph: " + expected + "\n---\n" + article.text());
        }
    }
}
