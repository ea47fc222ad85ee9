package org.newsextractor.internal.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index built from a made-up WikiDict in a made-up models jar. */
class WikidictIndexBuilderTest {
    static final String DICT = String.join("\n",
            "Zemblan Rail\tZemblan_Rail\t1.0",
            "ZR\tZemblan_Rail\t0.8",
            "hipster doofus\tZemblan_Rail\t1.0",
            "Zembla\tZembla_(band)\t0.3",
            "Zembla\tZembla\t0.65",
            "Ruritania\tRuritania\t0.4",
            "broken line without tabs",
            "Ann Vesk\tAnn_Vesk\tnot-a-number",
            "Ömer Kaya\tÖmer_Kaya\t0.97") + "\n";

    static Path jar(Path dir, String entry, String text) throws IOException {
        Path jar = dir.resolve("models-english-kbp.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry(entry));
            GZIPOutputStream gz = new GZIPOutputStream(zip);
            gz.write(text.getBytes(StandardCharsets.UTF_8));
            gz.finish();
            zip.closeEntry();
        }
        return jar;
    }

    @Test
    void theIndexKeepsNamesWithAMainPage(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("cache/links.idx");

        WikidictIndexBuilder.Stats s = new WikidictIndexBuilder(new WikidictFilter(0.5))
                .buildFromJar(jar(dir, WikidictIndexBuilder.ENTRY, DICT), out);

        assertEquals(9, s.linesRead());
        assertEquals(4, s.linesKept());
        assertEquals(4, s.names());
        assertEquals(Files.size(out), s.bytes());
        LinkIndex index = LinkIndex.open(out);
        assertEquals(Optional.of("Zemblan_Rail"), index.lookup("ZR").map(LinkIndex.Link::page));
        assertEquals(Optional.of("Zembla"), index.lookup("Zembla").map(LinkIndex.Link::page));
        assertEquals(Optional.of("Ömer_Kaya"), index.lookup("Ömer Kaya").map(LinkIndex.Link::page));
        assertEquals(Optional.empty(), index.lookup("Ruritania"));
        assertEquals(Optional.empty(), index.lookup("hipster doofus"));
    }

    @Test
    void aLowerMinimumKeepsMore(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("links.idx");
        new WikidictIndexBuilder(new WikidictFilter(0.2)).buildFromJar(jar(dir, WikidictIndexBuilder.ENTRY, DICT), out);

        assertEquals(Optional.of("Ruritania"), LinkIndex.open(out).lookup("Ruritania").map(LinkIndex.Link::page));
        assertEquals(Optional.of("Zembla"), LinkIndex.open(out).lookup("Zembla").map(LinkIndex.Link::page));
    }

    @Test
    void aJarWithoutTheWikidictIsRefused(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "edu/stanford/nlp/models/other.gz", DICT);
        assertThrows(IllegalArgumentException.class,
                () -> new WikidictIndexBuilder(new WikidictFilter(0.5)).buildFromJar(jar, dir.resolve("x.idx")));
    }
}
