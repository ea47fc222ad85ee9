package org.newsextractor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Person;

/** {@code extract --jsonl} and {@code --record}, with a mocked extractor. */
class JsonLinesCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final NewsExtractor extractor = mock(NewsExtractor.class);
    private final Extraction good = Extraction.builder().people(Person.of("person-1", "Jane Smith")).build();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true), new PrintStream(err, true), builder -> extractor);
    }

    private Path inputs(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), "good article");
        Files.writeString(in.resolve("b-bad.txt"), "bad article");
        Files.writeString(in.resolve("c-good.txt"), "another good article");
        when(extractor.extract(anyString())).thenAnswer(inv -> extractor.extract(Article.of(inv.getArgument(0))));
        when(extractor.extract(any(Article.class))).thenAnswer(inv -> {
            if (inv.<Article>getArgument(0).text().equals("bad article")) {
                throw new IllegalStateException("boom");
            }
            return good;
        });
        return in;
    }

    @Test
    void writesOneLinePerInputInOrderWithResultOrError(@TempDir Path dir) throws Exception {
        Path in = inputs(dir);
        Path jsonl = dir.resolve("out/all.jsonl");
        assertEquals(1, run("extract", "--jsonl", jsonl.toString(), in.toString()), "some input failed");
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(3, lines.size());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines.get(0));
        assertEquals(in.resolve("a-good.txt").toString(), first.get("input").asText());
        assertEquals(good, Extraction.fromJson(first.get("extraction").toString()));
        JsonNode second = mapper.readTree(lines.get(1));
        assertEquals("boom", second.get("error").asText());
        assertTrue(!second.has("extraction"));
        assertTrue(lines.get(2).contains("c-good.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 of 3 inputs failed"));
    }

    @Test
    void dashWritesToStandardOutputAndAllGoodExitsZero(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "good article");
        inputs(dir);
        assertEquals(0, run("extract", "--jsonl", "-", file.toString()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.startsWith("{\"input\":"), printed);
    }

    @Test
    void recordReplaysTheSecondRun(@TempDir Path dir) throws Exception {
        Path in = inputs(dir);
        Path cache = dir.resolve("cache");
        run("extract", "--record", cache.toString(), "--jsonl", dir.resolve("1.jsonl").toString(), in.toString());
        run("extract", "--jsonl", dir.resolve("2.jsonl").toString(), in.toString(), "--record", cache.toString());
        // Each good text was extracted once; the failing one is never recorded, so it was tried each run.
        verify(extractor, times(1)).extract(Article.of("good article"));
        verify(extractor, times(1)).extract(Article.of("another good article"));
        verify(extractor, times(2)).extract(Article.of("bad article"));
        assertEquals(Files.readString(dir.resolve("1.jsonl")), Files.readString(dir.resolve("2.jsonl")));
    }

    @Test
    void helpDocumentsJsonLinesAndExitCodes() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String s : List.of("--jsonl", "--record", "Exit codes", "1  some inputs failed", "2  bad arguments")) {
            assertTrue(help.contains(s), s);
        }
        assertEquals(2, run("extract", "--jsonl"));
        assertEquals(2, run("extract", "--record"));
    }
}
