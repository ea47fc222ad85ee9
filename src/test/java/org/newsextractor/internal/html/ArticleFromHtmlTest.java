package org.newsextractor.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.TextBlock;

/** The public HTML entry point: source blocks, JSON, and what stays out of the text. */
class ArticleFromHtmlTest {
    private static final String PAGE = HtmlPagesTest.resource("sidebar-comments.html");

    @Test
    void everyOffsetOfTheTextLeadsBackToTheElementThatHoldsIt() {
        Article article = Article.fromHtml(PAGE);
        Document page = Jsoup.parse(PAGE);
        int offset = article.text().indexOf("Sarah Mitchell");
        String path = article.cssPathAt(offset).orElseThrow();
        Element source = page.selectFirst(path);
        assertTrue(source != null && source.text().contains("Sarah Mitchell"), path);
        for (TextBlock block : article.blocks()) {
            assertEquals(page.selectFirst(block.cssPath()).text(), article.text().substring(block.begin(), block.end()));
        }
        assertEquals(Optional.empty(), article.cssPathAt(article.text().length()));
    }

    @Test
    void bylinesCommentsAndSidebarsStayOutOfTheText() {
        Article article = Article.fromHtml(PAGE);
        for (String furniture : List.of("Jane Whitfield", "riverwatcher", "Most read", "Share on", "Related stories",
                "Advertisement", "Photograph", "Privacy policy", "Subscribe")) {
            assertFalse(article.text().contains(furniture), furniture);
        }
    }

    @Test
    void theSourceBlocksTravelInJsonAndPlainTextHasNone() {
        Article article = Article.fromHtml(PAGE);
        Extraction x = Extraction.EMPTY.withArticle(article);
        assertEquals(x, Extraction.fromJson(x.toJson()));
        String plain = Extraction.EMPTY.withArticle(Article.of("text", LocalDate.of(2024, 1, 2))).toJson();
        assertFalse(plain.contains("blocks"), plain);
    }

    @Test
    void theFourPartConstructorStillBuildsAnArticleWithoutBlocks() {
        Article article = new Article(Optional.of("T"), "text", Optional.empty(), List.of("A B"));
        assertEquals(List.of(), article.blocks());
        assertEquals(article, article.withTitle("T"));
    }

    @Test
    void aPageWithoutAStoryGivesAnEmptyText() {
        Article article = Article.fromHtml("<html><body><nav><a href='/'>Home</a></nav></body></html>");
        assertEquals("", article.text());
        assertEquals(Optional.empty(), article.title());
    }
}
