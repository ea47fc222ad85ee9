package org.newsextractor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;

/** HTML pages on the command line, with a mocked extractor. */
class ExtractCommandHtmlTest {
    private static final String PAGE = "<html><head><title>Storm hits coast | Courier</title>"
            + "<meta property=\"article:published_time\" content=\"2024-02-01T10:00:00Z\"></head>"
            + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Storm hits coast</h1>"
            + "<p>A storm hit the coast on Tuesday, cutting power to thousands of homes in the region.</p>"
            + "</article><footer>Copyright Courier</footer></body></html>";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final NewsExtractor extractor = mock(NewsExtractor.class);

    private int run(String... args) {
        return new ExtractCommand(() -> extractor, new PrintStream(out, true),
                new PrintStream(new ByteArrayOutputStream(), true)).run(List.of(args));
    }

    @Test
    void aPageIsReadIntoItsStoryBeforeExtraction(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        when(extractor.extract(any(Article.class))).thenAnswer(inv -> Extraction.EMPTY.withArticle(inv.getArgument(0)));
        assertEquals(0, run(page.toString()));
        Extraction printed = Extraction.fromJson(out.toString(StandardCharsets.UTF_8));
        assertEquals(Optional.of("Storm hits coast"), printed.article().title());
        assertEquals("2024-02-01", printed.article().published().orElseThrow().toString());
        assertTrue(printed.article().text().contains("cutting power"), printed.article().text());
        assertTrue(!printed.article().text().contains("Copyright"), printed.article().text());
    }

    @Test
    void foldersContributeTextAndHtmlFiles(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("page.html"), PAGE);
        Files.writeString(in.resolve("old.htm"), PAGE);
        Files.writeString(in.resolve("story.txt"), "plain story");
        Files.writeString(in.resolve("notes.md"), "not an input");
        when(extractor.extract(any(Article.class))).thenReturn(Extraction.EMPTY);
        when(extractor.extract(anyString())).thenReturn(Extraction.EMPTY);
        Path outDir = dir.resolve("out");
        assertEquals(0, run("--out", outDir.toString(), in.toString()));
        assertTrue(Files.exists(outDir.resolve("page.json")));
        assertTrue(Files.exists(outDir.resolve("old.json")));
        assertTrue(Files.exists(outDir.resolve("story.json")));
        assertEquals(3, Files.list(outDir).count());
        verify(extractor).extract("plain story");
        ArgumentCaptor<Article> pages = ArgumentCaptor.forClass(Article.class);
        verify(extractor, org.mockito.Mockito.times(2)).extract(pages.capture());
        assertTrue(pages.getAllValues().stream().allMatch(a -> a.title().equals(Optional.of("Storm hits coast"))));
    }
}
