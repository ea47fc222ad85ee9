package org.newsextractor.internal.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index built on first use from a made-up models jar. */
class LinkIndexesTest {
    private static Path kbpJar(Path dir) throws IOException {
        return WikidictIndexBuilderTest.jar(dir, WikidictIndexBuilder.ENTRY, WikidictIndexBuilderTest.DICT);
    }

    @Test
    void aMissingIndexIsBuiltOnceFromTheKbpJar(@TempDir Path dir) throws Exception {
        Path jar = kbpJar(dir);
        Path file = dir.resolve("cache/news-extractor/links.idx");

        assertEquals(file, LinkIndexes.ensureBuilt(jar, file));
        assertEquals(Optional.of("Zemblan_Rail"), LinkIndex.open(file).lookup("ZR").map(LinkIndex.Link::page));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertTrue(Files.getPosixFilePermissions(file).contains(
                    java.nio.file.attribute.PosixFilePermission.OTHERS_READ), "readable like any shared file");
        }
        // Present now: not built again (an old time stamp stays).
        Files.setLastModifiedTime(file, FileTime.fromMillis(1000));
        LinkIndexes.ensureBuilt(jar, file);
        assertEquals(1000, Files.getLastModifiedTime(file).toMillis());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of("links.idx", "links.idx.lock"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file is left behind");
        }
    }

    @Test
    void threadsAskingAtOnceShareOneBuild(@TempDir Path dir) throws Exception {
        Path jar = kbpJar(dir);
        Path file = dir.resolve("links.idx");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> LinkIndexes.ensureBuilt(jar, file)));
            }
            for (Future<Path> r : results) {
                assertEquals(file, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4, LinkIndex.open(file).size());
    }

    @Test
    void anIndexPackedInAJarIsCopiedToAFileOnce(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("news-extractor-wikipedia-links.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry(LinkIndexes.RESOURCE.substring(1)));
            zip.write(TinyIndex.bytes("Zemblan Rail\tZemblan_Rail\t1.0"));
            zip.closeEntry();
        }
        java.net.URL packaged = new java.net.URL("jar:" + jar.toUri() + "!" + LinkIndexes.RESOURCE);
        Path file = dir.resolve("cache/links.idx");

        assertEquals(file, LinkIndexes.install(packaged, file));
        assertEquals(Optional.of("Zemblan_Rail"),
                LinkIndex.open(file).lookup("Zemblan Rail").map(LinkIndex.Link::page));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1000));
        LinkIndexes.install(packaged, file);
        assertEquals(1000, Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void aMissingJarIsRefusedWithTheCommandThatFetchesIt(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinkIndexes.ensureBuilt(dir.resolve("absent.jar"), dir.resolve("links.idx")));
        assertTrue(e.getMessage().contains("mvn dependency:get"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("links.idx")));
    }

    @Test
    void theSystemPropertiesNameTheIndexAndTheJarToBuildItFrom(@TempDir Path dir) throws IOException {
        Path jar = kbpJar(dir);
        Path file = dir.resolve("named.idx");
        String oldIndex = System.getProperty(LinkIndexes.PROPERTY);
        String oldJar = System.getProperty(LinkIndexes.KBP_PROPERTY);
        try {
            System.setProperty(LinkIndexes.PROPERTY, file.toString());
            System.clearProperty(LinkIndexes.KBP_PROPERTY);
            assertEquals(Optional.of(file), LinkIndexes.configuredFile());
            assertFalse(Files.exists(file), "without a jar nothing is built");

            System.setProperty(LinkIndexes.KBP_PROPERTY, jar.toString());
            assertEquals(Optional.of(file), LinkIndexes.configuredFile());
            assertTrue(Files.isRegularFile(file));
        } finally {
            restore(LinkIndexes.PROPERTY, oldIndex);
            restore(LinkIndexes.KBP_PROPERTY, oldJar);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
