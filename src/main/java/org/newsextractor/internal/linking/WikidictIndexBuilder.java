package org.newsextractor.internal.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * Builds the index at build time (the {@code link-index} Maven profile): {@code KBP_JAR OUT}.
     *
     * @param args the kbp jar and the index file to write
     * @throws IOException if reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: WikidictIndexBuilder KBP_JAR OUT");
        }
        Stats s = new WikidictIndexBuilder(new WikidictFilter(WikidictFilter.DEFAULT_MIN_SCORE))
                .buildFromJar(Path.of(args[0]), Path.of(args[1]));
        System.out.printf(java.util.Locale.ROOT, "link index %s: %,d names, %.1f MB, %.0f s%n", args[1], s.names(),
                s.bytes() / 1e6, s.seconds());
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
        int names = AtomicFile.write(target, writer::write);
        return new Stats(read, kept, names, Files.size(target), (System.nanoTime() - start) / 1e9);
    }
}
