package org.newsextractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Minimum figures an evaluation must reach, such as {@code entities.f1=0.85}.
 *
 * <p>A floors file is either properties ({@code NAME=VALUE} lines, {@code #} comments) or a JSON object, flat
 * ({@code {"entities.f1": 0.85}}) or nested ({@code {"entities": {"f1": 0.85}}}). Names are those of
 * {@link EvalReport#figure}.
 *
 * @param minimums the least value of each named figure, in file order
 */
public record Floors(Map<String, Double> minimums) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**

     * Copies the map, keeping its order.

     *

     * @param minimums the least value of each named figure, in file order

     */
    public Floors {
        minimums = minimums == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(minimums));
    }

    /**
     * @param text the contents of a floors file
     * @return the floors
     * @throws IllegalArgumentException if the text is malformed, a value is not a number or a name is no figure
     */
    public static Floors parse(String text) {
        Map<String, Double> minimums = new LinkedHashMap<>();
        if (text.strip().startsWith("{")) {
            try {
                flatten("", MAPPER.readTree(text), minimums);
            } catch (IOException e) {
                throw new IllegalArgumentException("floors are not valid JSON: " + e.getMessage(), e);
            }
        } else {
            for (String line : text.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                Properties one = new Properties();
                try {
                    one.load(new StringReader(trimmed));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (String name : one.stringPropertyNames()) {
                    minimums.put(name, number(name, one.getProperty(name)));
                }
            }
        }
        for (String name : minimums.keySet()) {
            EvalReport.EMPTY.figure(name);
        }
        return new Floors(minimums);
    }

    /**
     * @param file a floors file
     * @return the floors
     * @throws UncheckedIOException     if the file cannot be read
     * @throws IllegalArgumentException if the file is malformed
     */
    public static Floors read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * @param report an evaluation's report
     * @return one line per floor the report falls below, such as {@code entities.f1 = 0.8123 < floor 0.85};
     *     empty when every floor is met
     * @throws IllegalArgumentException if a floor names no figure
     */
    public List<String> unmet(EvalReport report) {
        List<String> result = new ArrayList<>();
        for (Map.Entry<String, Double> floor : minimums.entrySet()) {
            double value = report.figure(floor.getKey());
            if (value < floor.getValue()) {
                result.add(String.format(Locale.ROOT, "%s = %.4f < floor %s", floor.getKey(), value,
                        floor.getValue()));
            }
        }
        return List.copyOf(result);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Double> into) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isNumber()) {
            into.put(prefix, node.doubleValue());
        } else {
            into.put(prefix, number(prefix, node.asText()));
        }
    }

    private static double number(String name, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("floor " + name + " is not a number: " + value, e);
        }
    }
}
