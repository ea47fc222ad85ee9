package org.newsextractor.internal.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkIndexTest {
    @Test
    void aNameGivesItsPageAndScore() {
        LinkIndex index = TinyIndex.of("Zembla\tZembla\t0.9", "Zemblan Republic\tZembla\t1.0",
                "Ruritania\tRuritania_(country)\t0.6");

        assertEquals(3, index.size());
        assertEquals("Zembla", index.lookup("Zemblan Republic").orElseThrow().page());
        LinkIndex.Link r = index.lookup("Ruritania").orElseThrow();
        assertEquals("Ruritania_(country)", r.page());
        assertEquals(0.6, r.score(), 0.003);
    }

    @Test
    void namesAreExactCaseAndDiacriticsIncluded() {
        LinkIndex index = TinyIndex.of("Ömer Kaya\tÖmer_Kaya\t1.0");

        assertEquals(Optional.of("Ömer_Kaya"), index.lookup("Ömer Kaya").map(LinkIndex.Link::page));
        assertEquals(Optional.empty(), index.lookup("Omer Kaya"));
        assertEquals(Optional.empty(), index.lookup("ömer kaya"));
        assertEquals(Optional.empty(), index.lookup(""));
    }

    @Test
    void aNameWithSeveralPagesKeepsTheBestScoredOne() {
        LinkIndex index = TinyIndex.of("Georgetown\tGeorgetown,_Guyana\t0.3", "Georgetown\tGeorgetown_University\t0.55",
                "Georgetown\tGeorgetown,_Washington,_D.C.\t0.15", "Guyana\tGuyana\t1.0");

        assertEquals(2, index.size());
        assertEquals("Georgetown_University", index.lookup("Georgetown").orElseThrow().page());
        assertEquals("Guyana", index.lookup("Guyana").orElseThrow().page());
    }

    @Test
    void manyNamesAreAllFoundAfterSorting() {
        String[] lines = new String[5000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "Name " + i + "\tPage_" + (i / 3) + "\t1.0";
        }
        LinkIndex index = TinyIndex.of(lines);

        assertEquals(5000, index.size());
        for (int i = 0; i < lines.length; i += 7) {
            assertEquals("Page_" + (i / 3), index.lookup("Name " + i).orElseThrow().page());
        }
        assertEquals(Optional.empty(), index.lookup("Name 5000"));
    }

    @Test
    void pagesNoNameKeepsAreNotStored() {
        byte[] both = TinyIndex.bytes("Alpha\tA_very_long_page_name_that_loses_to_a_better_one\t0.2",
                "Alpha\tAlpha\t0.9");
        byte[] one = TinyIndex.bytes("Alpha\tAlpha\t0.9");

        assertEquals(one.length, both.length);
    }

    @Test
    void anIndexIsReadFromAMappedFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("links.idx");
        Files.write(file, TinyIndex.bytes("State Department\tUnited_States_Department_of_State\t0.99"));

        LinkIndex index = LinkIndex.open(file);

        assertEquals("United_States_Department_of_State", index.lookup("State Department").orElseThrow().page());
    }

    @Test
    void aFileThatIsNoIndexOrIsCutShortIsRefused(@TempDir Path dir) throws IOException {
        byte[] good = TinyIndex.bytes("Alpha\tAlpha\t0.9");
        byte[] cut = Arrays.copyOf(good, good.length - 1);
        byte[] other = good.clone();
        other[0] = 'X';

        assertThrows(IllegalArgumentException.class, () -> LinkIndex.of(cut));
        assertThrows(IllegalArgumentException.class, () -> LinkIndex.of(other));
        assertThrows(IllegalArgumentException.class, () -> LinkIndex.of(new byte[3]));
        Path file = dir.resolve("empty.idx");
        Files.write(file, new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> LinkIndex.open(file));
    }

    @Test
    void anEmptyIndexFindsNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, new LinkIndexWriter().write(out));

        assertTrue(LinkIndex.of(out.toByteArray()).lookup("Anything").isEmpty());
    }
}
