package org.newsextractor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Person;

/** The batch command line, with a mocked extractor. */
class ExtractCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final NewsExtractor extractor = mock(NewsExtractor.class);

    private int run(String... args) {
        return new ExtractCommand(() -> extractor, new PrintStream(out, true), new PrintStream(err, true))
                .run(List.of(args));
    }

    @Test
    void aFailingArticleIsReportedAndTheOthersAreWritten(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "good article");
        Files.writeString(in.resolve("bad.txt"), "bad article");
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        Extraction good = new Extraction(List.of(Person.of("person-1", "Jane Smith")), null, null, null, null, null);
        when(extractor.extract(anyString())).thenAnswer(inv -> {
            if (inv.getArgument(0).equals("bad article")) {
                throw new IllegalStateException("boom");
            }
            return good;
        });
        Path outDir = dir.resolve("out");
        assertEquals(1, run("--out", outDir.toString(), in.toString()));
        assertEquals(good, Extraction.read(outDir.resolve("good.json")));
        assertFalse(Files.exists(outDir.resolve("bad.json")));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("bad.txt: failed: boom"), errors);
        assertTrue(errors.contains("binary.txt: failed: not UTF-8 text"), errors);
        assertTrue(errors.contains("2 of 3 inputs failed"), errors);
    }

    @Test
    void oneFilePrintsItsJson(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "article");
        when(extractor.extract("article")).thenReturn(Extraction.EMPTY);
        assertEquals(0, run(file.toString()));
        assertEquals(Extraction.EMPTY, Extraction.fromJson(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void skipExistingLeavesFinishedOutputsAlone(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "article");
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Files.writeString(outDir.resolve("a.json"), "{}");
        assertEquals(0, run("--out", outDir.toString(), "--skip-existing", file.toString()));
        assertEquals("{}", Files.readString(outDir.resolve("a.json")));
    }

    @Test
    void jsonNameReplacesTheExtension() {
        assertEquals("NAME.json", ExtractCommand.jsonName(Path.of("dir/NAME.txt")));
        assertEquals("page.json", ExtractCommand.jsonName(Path.of("page.html")));
    }
}
