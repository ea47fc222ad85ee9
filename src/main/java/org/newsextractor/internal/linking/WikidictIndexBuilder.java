package org.newsextractor.internal.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the link index ({@link org.newsextractor.internal.linking.LinkIndex}) from CoreNLP's WikiDict: the file
 * {@value #ENTRY} in the {@code models-english-kbp} jar (about 20.9 million lines "name TAB page TAB score"),
 * keeping what {@link WikidictFilter} keeps and, per name, the page with the highest score.
 */
public final class WikidictIndexBuilder {
    /** Where the WikiDict is in CoreNLP's {@code models-english-kbp} jar. */
    public static final String ENTRY = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    /** What a build read and wrote. */
    public record Stats(long linesRead, long linesKept, int names, long bytes, double seconds) {
    }

    private final WikidictFilter filter;

    /** @param filter which lines to keep */
    public WikidictIndexBuilder(WikidictFilter filter) {
        this.filter = filter;
    }

    /**
     * @param kbpJar CoreNLP's {@code models-english-kbp} jar
     * @param out    the index file to write (replaced atomically)
     * @return what was read and written
     * @throws IOException if reading or writing fails
     */
    public Stats buildFromJar(Path kbpJar, Path out) throws IOException {
        try (ZipFile zip = new ZipFile(kbpJar.toFile())) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null) {
                throw new IllegalArgumentException(kbpJar + " has no " + ENTRY
                        + " (is it stanford-corenlp-4.5.10-models-english-kbp.jar?)");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return build(new GZIPInputStream(in, 1 << 16), out);
            }
        }
    }

    /**
     * @param wikidict the WikiDict's text, uncompressed, in UTF-8
     * @param out      the index file to write (replaced atomically)
     * @return what was read and written
     * @throws IOException if reading or writing fails
     */
    public Stats build(InputStream wikidict, Path out) throws IOException {
        long start = System.nanoTime();
        LinkIndexWriter writer = new LinkIndexWriter();
        long read = 0;
        long kept = 0;
        BufferedReader lines = new BufferedReader(new InputStreamReader(wikidict, StandardCharsets.UTF_8), 1 << 16);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            read++;
            int tab1 = line.indexOf('\t');
            int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
            if (tab2 < 0) {
                continue;
            }
            double score;
            try {
                score = Double.parseDouble(line.substring(tab2 + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            if (!filter.keepsScore(score)) {
                continue;
            }
            String name = line.substring(0, tab1);
            String page = line.substring(tab1 + 1, tab2);
            if (WikidictFilter.keepsName(name) && WikidictFilter.keepsPage(page)) {
                writer.add(name, page, score);
                kept++;
            }
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        int names;
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                names = writer.write(o);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Stats(read, kept, names, Files.size(target), (System.nanoTime() - start) / 1e9);
    }
}
