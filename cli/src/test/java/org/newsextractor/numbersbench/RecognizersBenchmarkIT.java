package org.newsextractor.numbersbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsextractor.NewsExtractor;

/**
 * Runs the Recognizers-Text number cases (needs the CoreNLP models and shared/eval/numbers beside the project) and holds each
 * file's pass rate above a floor a little under what it measures today, so a regression shows.
 */
class RecognizersBenchmarkIT {

    private static final Path DIR = Path.of("../../shared/eval/numbers/recognizers-text");

    /** Floors per file: measured rate minus a small margin. */
    private static final Map<String, Double> FLOORS = Map.of(
            "NumberModel.json", 0.90,
            "PercentModel.json", 0.95,
            "CurrencyModel.json", 0.95,
            "DimensionModel.json", 0.91,
            "AgeModel.json", 0.94,
            "NumberRangeModel.json", 0.90);

    @Test
    void everyFileStaysAboveItsFloor() {
        assumeTrue(Files.isDirectory(DIR), "Recognizers-Text cases not present at " + DIR);
        List<FileScore> scores = new RecognizersBenchmark(NewsExtractor.create()).run(DIR);
        assertEquals(FLOORS.size(), scores.size(), "every Recognizers-Text file must be scored");
        for (FileScore score : scores) {
            double floor = FLOORS.get(score.file());
            assertTrue(score.passRate() >= floor, () -> score.file() + " pass rate " + score.passRate()
                    + " fell below " + floor + "; first failures: "
                    + score.failures().subList(0, Math.min(5, score.failures().size())));
        }
    }
}
