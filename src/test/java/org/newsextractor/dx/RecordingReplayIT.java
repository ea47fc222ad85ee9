package org.newsextractor.dx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.RecordingExtractor;
import org.newsextractor.SharedExtractor;

/** The check: a second run, in a fresh JVM, loads no CoreNLP model and returns identical JSON. */
class RecordingReplayIT {

    @Test
    void aFreshJvmReplaysIdenticalJsonWithoutLoadingCoreNlp(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("recorded");
        List<Path> articles = List.of(
                Files.copy(Path.of("examples/seed-biden-zelenskyy.txt"), dir.resolve("seed.txt")),
                Files.writeString(dir.resolve("short.txt"), "Jane Smith, the mayor of Paris, spoke on Monday."));
        RecordingExtractor first = RecordingExtractor.wrap(SharedExtractor.get(), cache);
        List<String> firstJson = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of(cache.toString()));
        for (Path article : articles) {
            firstJson.add(first.extract(Files.readString(article)).toJson());
            args.add(article.toString());
        }

        String output = ChildJvm.run(ChildJvm.java(ReplayCheck.class.getName(), args.toArray(String[]::new)), 120);

        assertTrue(output.contains("replayed=2 corenlp-loaded=false"), output);
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(firstJson.get(i), Files.readString(Path.of(articles.get(i) + ".replayed.json")));
        }
        assertTrue(firstJson.get(0).contains("Volodymyr Zelenskyy"), "a real extraction was recorded");
    }
}
