package org.newsextractor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsextractor.internal.linking.LinkIndexes;
import org.newsextractor.internal.linking.WikidictFilter;
import org.newsextractor.internal.linking.WikidictIndexBuilder;

/**
 * {@code link-index [--kbp-jar JAR] [--out FILE] [--min-score S]}: builds the entity link index from the WikiDict in
 * CoreNLP's {@code models-english-kbp} jar, by default the one in the local Maven repository, into the user's cache
 * folder, where the library finds it.
 */
final class LinkIndexCommand {
    static final String KBP_JAR = "edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-english-kbp.jar";
    static final String FETCH = LinkIndexes.FETCH;

    private LinkIndexCommand() {
    }

    static int run(List<String> argList, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(argList);
        Path jar = option(args, "--kbp-jar").map(Path::of).orElseGet(LinkIndexCommand::mavenJar);
        Path target = option(args, "--out").map(Path::of).orElseGet(LinkIndexes::defaultFile);
        double minScore = option(args, "--min-score").map(Double::parseDouble)
                .orElse(WikidictFilter.DEFAULT_MIN_SCORE);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("link-index: unknown arguments " + args);
        }
        if (!Files.isRegularFile(jar)) {
            err.println("error: no CoreNLP models-english-kbp jar at " + jar + "\nFetch it into the local Maven "
                    + "repository with\n  " + FETCH + "\nor give its place with --kbp-jar JAR.");
            return 2;
        }
        err.println("Reading the WikiDict of " + jar + " ...");
        try {
            WikidictIndexBuilder.Stats s = new WikidictIndexBuilder(new WikidictFilter(minScore)).buildFromJar(jar, target);
            out.printf("link index %s: %,d names (from %,d of %,d WikiDict lines, score >= %s), %.1f MB, %.0f s%n",
                    target, s.names(), s.linesKept(), s.linesRead(), minScore, s.bytes() / 1e6, s.seconds());
            return 0;
        } catch (IOException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    /** The jar in the local Maven repository: {@code -Dmaven.repo.local} if given, else {@code ~/.m2/repository}. */
    static Path mavenJar() {
        String local = System.getProperty("maven.repo.local");
        Path repo = local != null && !local.isBlank() ? Path.of(local)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return repo.resolve(KBP_JAR);
    }

    private static java.util.Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) {
            return java.util.Optional.empty();
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args.get(i + 1);
        args.subList(i, i + 2).clear();
        return java.util.Optional.of(value);
    }
}
