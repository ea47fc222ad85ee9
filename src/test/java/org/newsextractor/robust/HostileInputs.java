package org.newsextractor.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Hostile article texts: the saved corpus under {@code src/test/resources/fuzz/text}, inputs too big or too
 * broken to keep as files (built here from a fixed recipe), and random inputs generated from a seed.
 */
final class HostileInputs {
    private static final String[] WORDS = {"the", "minister", "said", "on", "Tuesday", "that", "troops", "were",
        "Joe", "Biden", "Volodymyr", "Zelenskyy", "Kyiv", "Washington", "United", "Nations", "NATO", "told",
        "reporters", "in", "a", "statement", "94,000", "$3.5", "billion", "3.5%", "September", "1,", "2021",
        "about", "more", "than", "he", "she", "added", "according", "to", "officials", "Mr.", "Dr.", "Ms.",
        "percent", "million", "km", "second", "aged", "64", "police", "president", "of", "and"};
    private static final String[] QUOTES = {"\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "``", "''"};
    private static final String[] SCRIPTS = {"مرحبا بالعالم هذا نص عربي", "שלום עולם זה טקסט בעברית",
        "北京是中国的首都。", "東京都は日本の首都です。", "서울은 대한민국의 수도입니다.", "Москва — столица России.",
        "Αθήνα είναι η πρωτεύουσα", "नई दिल्ली भारत की राजधानी है।", "ภาษาไทยไม่มีช่องว่าง", "🇺🇦🔥👍🏽‍♀️",
        "\u202Eevil\u202C", "e\u0301\u0301\u0301\u0301", "\u200B\u200C\u200D\u2060"};
    private static final String[] MARKUP = {"<p>", "</p>", "<div class=\"story\">", "</div>", "<br/>",
        "<a href=\"https://example.com/a?b=1&c=2\">", "</a>", "<script>var s = \"Biden said\";</script>",
        "<!-- comment \"quoted\" -->", "<style>p { color: red }</style>", "&amp;", "&nbsp;", "&#8220;", "<",
        ">", "<<>>", "</", "<!DOCTYPE html>", "<h1>Headline</h1>", "<img src=x onerror=alert(1)>", "<![CDATA[x]]>"};

    private HostileInputs() {
    }

    /** @return the saved corpus and the built-in inputs, by name */
    static Map<String, String> corpus() {
        Map<String, String> inputs = new LinkedHashMap<>(savedCorpus());
        inputs.putAll(builtIn());
        return inputs;
    }

    /** @return the files under {@code fuzz/text}, read as UTF-8 with replacement and as Latin-1 for binaries */
    static Map<String, String> savedCorpus() {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Path file : files("/fuzz/text")) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                inputs.put(name, new String(bytes, StandardCharsets.UTF_8));
                if (name.endsWith(".bin")) {
                    inputs.put(name + " as latin-1", new String(bytes, StandardCharsets.ISO_8859_1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return inputs;
    }

    /** @return the files in a test-resource folder, in name order */
    static List<Path> files(String resourceFolder) {
        try (Stream<Path> s = Files.list(Path.of(HostileInputs.class.getResource(resourceFolder).toURI()))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + resourceFolder, e);
        }
    }

    /** Inputs too large, or not representable in a UTF-8 file (lone surrogates), to keep as files. */
    static Map<String, String> builtIn() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("empty", "");
        inputs.put("whitespace", " \n\t\r\n  \u00a0\u2003\n\n");
        inputs.put("one 200k-character line without punctuation", words(new Random(1), 200_000, false));
        inputs.put("one 100k-character token", "x".repeat(100_000));
        inputs.put("100k-character token of emoji pairs", "😀".repeat(50_000));
        inputs.put("lone surrogates", "Biden said \uD800 the \uDC00 troops \uDBFF\uD800x \"left\uDFFF\" Kyiv. \uD83D");
        inputs.put("5000 unbalanced quotes", "\"Biden said ".repeat(5_000));
        inputs.put("all control characters", controls());
        inputs.put("50k nested tags", "<div>".repeat(10_000) + "Joe Biden said \"hi\"." + "</div>".repeat(10_000));
        inputs.put("20k unclosed comments", "<!-- Biden ".repeat(20_000));
        inputs.put("20k angle brackets", "< a > b < c ".repeat(20_000));
        inputs.put("20k sentences of one letter", "A. ".repeat(20_000));
        inputs.put("20k newlines", "\n".repeat(20_000) + "Joe Biden said \"yes\"." + "\r\n".repeat(10_000));
        inputs.put("number soup", "1,2,3,4,5,6,7,8,9,0.".repeat(5_000));
        return inputs;
    }

    /**
     * @param random the source of randomness
     * @return a random hostile article of up to about 2,000 characters, sometimes larger
     */
    static String random(Random random) {
        StringBuilder s = new StringBuilder();
        int pieces = 1 + random.nextInt(random.nextInt(20) == 0 ? 100 : 20);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(10)) {
                case 0 -> s.append(randomChars(random, 1 + random.nextInt(60)));
                case 1 -> s.append(QUOTES[random.nextInt(QUOTES.length)]);
                case 2 -> s.append(SCRIPTS[random.nextInt(SCRIPTS.length)]);
                case 3 -> s.append(MARKUP[random.nextInt(MARKUP.length)]);
                case 4 -> s.append(random.nextBoolean() ? "\n\n" : "\n");
                case 5 -> s.append(QUOTES[random.nextInt(3)]).append(words(random, 20 + random.nextInt(100), true))
                        .append(random.nextBoolean() ? QUOTES[random.nextInt(3)] : "")
                        .append(" ").append(WORDS[random.nextInt(WORDS.length)]).append(" said. ");
                case 6 -> s.append(random.nextInt(20) == 0 ? words(random, 2_000, false) : ".");
                default -> s.append(words(random, 10 + random.nextInt(150), true)).append(' ');
            }
        }
        return s.toString();
    }

    /**
     * @param random the source of randomness
     * @param text   a real article
     * @return the article with a few random damages: pieces cut, doubled, or replaced with hostile ones
     */
    static String mutate(Random random, String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            int len = Math.min(s.length() - at, random.nextInt(200));
            switch (random.nextInt(4)) {
                case 0 -> s.delete(at, at + len);
                case 1 -> s.insert(at, s.substring(at, at + len));
                case 2 -> s.insert(at, random(random));
                default -> s.insert(at, QUOTES[random.nextInt(QUOTES.length)]);
            }
        }
        return s.toString();
    }

    static String words(Random random, int chars, boolean punctuate) {
        StringBuilder s = new StringBuilder(chars + 16);
        while (s.length() < chars) {
            s.append(WORDS[random.nextInt(WORDS.length)]);
            s.append(punctuate && random.nextInt(12) == 0 ? ". " : " ");
        }
        return s.toString();
    }

    private static String randomChars(Random random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) random.nextInt(0x80));
        }
        return s.toString();
    }

    private static String controls() {
        StringBuilder s = new StringBuilder("Joe Biden");
        for (char c = 0; c < 0x20; c++) {
            s.append(c).append("said");
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            s.append(c).append(" Kyiv ");
        }
        return s.append("\uFEFF\uFFFE\uFFFF\u2028\u2029 \"done\" he said.").toString();
    }

    /** @return how to name a random input in a failure message: its seed and size */
    static String describe(long seed, String text) {
        return "random input (seed " + seed + ", " + text.length() + " chars)";
    }
}
