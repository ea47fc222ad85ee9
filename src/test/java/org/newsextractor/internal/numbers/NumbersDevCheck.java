package org.newsextractor.internal.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsextractor.Quantity;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.CoreNlpAnnotator;

/**
 * Measures {@link NumberExtractor} against the dev gold files with the scorer's rule: a prediction matches a
 * gold number when its span overlaps an occurrence of the gold text and its value (dates: normalized form)
 * agrees. Predictions overlapping an optional number, and ORDINAL and TIME predictions, are not counted.
 * Needs the CoreNLP models; run as a main class from the project directory: {@code java -Xmx2g -cp ...
 * NumbersDevCheck [dir]} (dir defaults to {@code ../shared/eval/dev}).
 */
public final class NumbersDevCheck {

    private NumbersDevCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/dev"); // beside the project
        ObjectMapper json = new ObjectMapper();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        NumberExtractor extractor = new NumberExtractor();
        int matched = 0;
        int missed = 0;
        int spurious = 0;
        int withUnit = 0;
        int unitRight = 0;
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path goldPath : golds) {
            JsonNode gold = json.readTree(goldPath.toFile());
            if (!gold.has("numbers")) {
                continue;
            }
            String text = Files.readString(dir.resolve(gold.get("article").asText()));
            AnnotatedText annotated = annotator.annotate(text);
            List<Quantity> predicted = extractor.extract(annotated, java.util.Optional.empty());
            boolean[] used = new boolean[predicted.size()];
            System.out.println("== " + gold.get("article").asText());
            if (Boolean.getBoolean("numbers.all")) {
                predicted.forEach(p -> System.out.println("  PREDICTED " + p + " @" + p.begin()
                        + p.qualifier().map(q -> " [" + q + "]").orElse("")));
            }
            for (JsonNode g : gold.get("numbers")) {
                int found = -1;
                for (int i = 0; i < predicted.size() && found < 0; i++) {
                    if (!used[i] && overlapsOccurrence(text, g.get("text").asText(), predicted.get(i))
                            && agrees(g, predicted.get(i))) {
                        found = i;
                    }
                }
                if (found < 0) {
                    missed++;
                    System.out.println("  MISSED   " + g);
                    continue;
                }
                used[found] = true;
                matched++;
                Quantity p = predicted.get(found);
                if (g.has("unit")) {
                    withUnit++;
                    String want = g.get("unit").asText().toLowerCase(Locale.ROOT);
                    String got = p.unit().orElse("").toLowerCase(Locale.ROOT);
                    if (want.equals(got)) {
                        unitRight++;
                    } else {
                        System.out.println("  UNIT     " + p + "  gold unit: " + want);
                    }
                }
            }
            List<String> optional = new ArrayList<>();
            gold.path("optionalNumbers").forEach(o -> optional.add(o.asText()));
            for (int i = 0; i < predicted.size(); i++) {
                Quantity p = predicted.get(i);
                if (used[i] || p.kind() == Quantity.Kind.ORDINAL || p.kind() == Quantity.Kind.TIME) {
                    continue;
                }
                if (optional.stream().anyMatch(o -> overlapsOccurrence(text, o, p))) {
                    continue;
                }
                spurious++;
                System.out.println("  SPURIOUS " + p + " @" + p.begin());
            }
        }
        double precision = matched / (double) Math.max(1, matched + spurious);
        double recall = matched / (double) Math.max(1, matched + missed);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("matched %d  missed %d  spurious %d  P %.3f  R %.3f  F1 %.3f%n", matched, missed, spurious,
                precision, recall, f1);
        System.out.printf("unit right %d / %d = %.3f%n", unitRight, withUnit, unitRight / (double) Math.max(1, withUnit));
    }

    private static boolean overlapsOccurrence(String text, String goldText, Quantity p) {
        for (int at = text.indexOf(goldText); at >= 0; at = text.indexOf(goldText, at + 1)) {
            if (at < p.end() && p.begin() < at + goldText.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean agrees(JsonNode g, Quantity p) {
        if (g.has("normalized") && !g.has("value")) {
            return p.normalized().map(n -> n.equals(g.get("normalized").asText())).orElse(false);
        }
        double want = g.get("value").asDouble();
        return p.value().map(v -> Math.abs(v - want) <= 1e-6 * Math.max(1, Math.abs(want))).orElse(false);
    }
}
