package org.newsextractor.dx;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsextractor.RecordingExtractor;
import org.newsextractor.internal.nlp.CoreNlpAnnotator;

/** Run in a fresh JVM by {@link RecordingReplayIT}: replays recorded results and says whether CoreNLP loaded. */
public final class ReplayCheck {
    private ReplayCheck() {
    }

    /** @param args the recording folder, then the article files */
    public static void main(String[] args) throws Exception {
        RecordingExtractor extractor = RecordingExtractor.create(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Path result = Path.of(args[i] + ".replayed.json");
            Files.writeString(result, extractor.extract(Files.readString(Path.of(args[i]))).toJson());
        }
        System.out.println("replayed=" + extractor.replayed() + " corenlp-loaded=" + CoreNlpAnnotator.isLoaded());
    }
}
