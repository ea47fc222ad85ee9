package org.newsextractor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.internal.linking.LinkIndex;
import org.newsextractor.internal.linking.WikidictIndexBuilder;

class LinkIndexCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true), new PrintStream(err, true));
    }

    @Test
    void withoutTheModelsJarItSaysHowToFetchIt(@TempDir Path dir) {
        assertEquals(2, run("link-index", "--kbp-jar", dir.resolve("absent.jar").toString(),
                "--out", dir.resolve("links.idx").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("mvn dependency:get"));
        assertTrue(Files.notExists(dir.resolve("links.idx")));
    }

    @Test
    void itBuildsTheIndexWhereAsked(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("kbp.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry(WikidictIndexBuilder.ENTRY));
            GZIPOutputStream gz = new GZIPOutputStream(zip);
            gz.write("Zemblan Rail\tZemblan_Rail\t1.0\nZembla\tZembla\t0.4\n".getBytes(StandardCharsets.UTF_8));
            gz.finish();
            zip.closeEntry();
        }
        Path index = dir.resolve("out/links.idx");

        assertEquals(0, run("link-index", "--kbp-jar", jar.toString(), "--out", index.toString()));

        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 names"), out.toString(StandardCharsets.UTF_8));
        assertEquals("Zemblan_Rail", LinkIndex.open(index).lookup("Zemblan Rail").orElseThrow().page());
    }

    @Test
    void contradictoryLinkingOptionsAreBadArguments() {
        assertEquals(2, run("extract", "--no-links", "--link-index", "x.idx", "a.txt"));
    }
}
