package org.newsextractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records and their JSON, without models. */
class ExtractionTest {
    private final Person biden = Person.of("person-1", "Joe Biden", "Joe Biden", "Biden");
    private final Extraction sample = new Extraction(
            List.of(biden),
            List.of(Place.of("place-1", "Ukraine", Place.Kind.COUNTRY, "Ukraine")),
            List.of(Organization.of("org-1", "NATO", "NATO")),
            List.of(Quantity.of("94,000", Quantity.Kind.COUNT, 94000, "troops"),
                    Quantity.date("September 1, 2021", "2021-09-01")),
            List.of(Quotation.of("We won,", Speaker.of(biden)), Quotation.of("Fine", null)),
            List.of(Claim.of(Speaker.unnamed("officials"), "say", "it rained")));

    @Test
    void roundTripsThroughJson() {
        assertEquals(sample, Extraction.fromJson(sample.toJson()));
    }

    @Test
    void writesTheDocumentedFieldNames() throws Exception {
        JsonNode json = new ObjectMapper().readTree(sample.toJson());
        assertEquals(Extraction.SCHEMA_VERSION, json.get("schemaVersion").asInt());
        JsonNode mention = json.get("people").get(0).get("mentions").get(0);
        for (String field : List.of("text", "begin", "end", "sentence")) {
            assertTrue(mention.has(field), field);
        }
        JsonNode number = json.get("numbers").get(0);
        assertEquals(94000, number.get("value").asInt());
        assertTrue(number.get("value").isIntegralNumber(), "whole values print without .0");
        assertEquals("troops", number.get("unit").asText());
        assertTrue(json.get("numbers").get(1).get("value").isNull());
        JsonNode quote = json.get("quotations").get(0);
        assertEquals("person-1", quote.get("speaker").get("id").asText());
        assertEquals("Joe Biden", quote.get("speaker").get("name").asText());
        assertTrue(json.get("quotations").get(1).get("speaker").isNull());
        JsonNode claim = json.get("claims").get(0);
        for (String field : List.of("source", "cue", "content", "begin", "end")) {
            assertTrue(claim.has(field), field);
        }
    }

    @Test
    void readsVersionOneWhoseQuotationCueWasTheWordAsWritten() {
        Extraction old = Extraction.fromJson("{\"schemaVersion\": 1, \"people\": [], \"places\": [], "
                + "\"organizations\": [], \"numbers\": [], \"claims\": [], \"quotations\": [{\"text\": \"We won\", "
                + "\"begin\": 1, \"end\": 7, \"speaker\": null, \"cue\": \"said\"}]}");
        Quotation q = old.quotations().get(0);
        assertEquals(java.util.Optional.of("said"), q.cueText());
        assertEquals(java.util.Optional.of("said"), q.cue());
        Quotation current = new Quotation("We won", 1, 7, java.util.Optional.empty(), java.util.Optional.of("say"),
                java.util.Optional.of("said"));
        Quotation back = Extraction.builder().quotations(current).build().toJson().transform(
                Extraction::fromJson).quotations().get(0);
        assertEquals(current, back);
    }

    @Test
    void refusesANewerSchemaAndNonObjects() {
        assertThrows(IllegalArgumentException.class, () -> Extraction.fromJson("{\"schemaVersion\": 99}"));
        assertThrows(IllegalArgumentException.class, () -> Extraction.fromJson("[1, 2]"));
        assertThrows(IllegalArgumentException.class, () -> Extraction.fromJson("{not json"));
    }

    @Test
    void refusesDeeplyNestedJson() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThrows(IllegalArgumentException.class, () -> Extraction.fromJson("{\"people\": " + deep + "}"));
    }

    @Test
    void writesAndReadsFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.json");
        sample.write(file);
        assertEquals(sample, Extraction.read(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void nullListsAndOptionalsBecomeEmpty() {
        Extraction empty = new Extraction(null, null, null, null, null, null);
        assertEquals(Extraction.EMPTY, empty);
        Quotation q = new Quotation("x", 0, 1, null, null);
        assertEquals(Optional.empty(), q.speaker());
        assertThrows(IllegalArgumentException.class, () -> new Mention("x", 5, 2, 0));
    }

    @Test
    void recordsAreImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> sample.people().add(biden));
        assertThrows(UnsupportedOperationException.class, () -> biden.mentions().clear());
    }

    @Test
    void printsReadably() {
        assertEquals("COUNT \"94,000\" = 94000 troops", sample.numbers().get(0).toString());
        assertTrue(sample.toTable().contains("People (1)"));
        assertTrue(sample.quotations().get(0).toString().contains("Joe Biden"));
    }
}
