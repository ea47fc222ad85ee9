package org.newsextractor.numbersbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Recognizers-Text specification case: a sentence and the results it expects.
 *
 * @param input    the sentence
 * @param expected what the Recognizers model finds in it
 */
record RecognizersCase(String input, List<Expected> expected) {

    /**
     * One expected result.
     *
     * @param text     the matched text (lower-cased by Recognizers)
     * @param start    offset of its first character in the input
     * @param end      offset one past its last character
     * @param value    the resolution value as written ("48200000", "20%", "[5000,)"), empty for "null"
     * @param unit     the resolution unit ("Dollar", "Kilometer per hour", "Year"), when given
     * @param currency the ISO 4217 code, when given
     */
    record Expected(String text, int start, int end, Optional<String> value, Optional<String> unit,
                    Optional<String> currency) {
    }

    static RecognizersCase of(JsonNode node) {
        List<Expected> results = new ArrayList<>();
        for (JsonNode r : node.path("Results")) {
            JsonNode resolution = r.path("Resolution");
            results.add(new Expected(r.path("Text").asText(), r.path("Start").asInt(), r.path("End").asInt() + 1,
                    text(resolution.get("value")), text(resolution.get("unit")),
                    text(resolution.get("isoCurrency"))));
        }
        return new RecognizersCase(node.path("Input").asText(), List.copyOf(results));
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || node.isNull() || node.asText().equals("null") || node.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }
}
