package org.newsextractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON the library writes follows {@code extraction.schema.json}, the file that describes it to readers in
 * other languages, and the schema describes every component of every record, so neither can drift from the other.
 */
public class JsonSchemaTest {
    private static final String SCHEMA = "/org/newsextractor/extraction.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** @return the errors of the JSON document against the schema shipped in the jar; empty when it is valid */
    public static Set<ValidationMessage> errors(String json) throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "no " + SCHEMA + " on the class path");
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(MAPPER.readTree(json));
        }
    }

    private static JsonNode schemaTree() throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SCHEMA)) {
            return MAPPER.readTree(in);
        }
    }

    /** Every record kind with every optional field filled, and some left empty. */
    static Extraction everything() {
        Person biden = new Person("person-1", "Joe Biden", List.of("US President"),
                List.of(new Mention("Joe Biden", 0, 9, 0)), false, Optional.of("Joe_Biden"));
        Person author = new Person("person-2", "Jane Smith", List.of(), List.of(), true);
        Quantity range = new Quantity("between 10 and 20 million dollars", 40, 73, Quantity.Kind.MONEY,
                Optional.empty(), Optional.of("USD"), Optional.of("dollars"), Optional.of("between"),
                Optional.of(1.0e7), Optional.of(2.0e7), List.of("new"));
        Quantity date = Quantity.date("on Tuesday", "2024-03-05");
        Claim claim = new Claim(Speaker.of(biden), "say", "the talks went well", 80, 99, List.of("person-1"),
                List.of(range), true);
        Article article = new Article(Optional.of("Talks"), "x".repeat(120), Optional.of(LocalDate.of(2024, 3, 6)),
                List.of("Jane Smith"), List.of(new TextBlock(0, 120, "main > p:nth-child(1)")));
        return new Extraction(List.of(biden, author),
                List.of(Place.of("place-1", "Ukraine", Place.Kind.COUNTRY, "Ukraine").withWikipedia(Optional.of("Ukraine")),
                        Place.of("place-2", "Donbas", Place.Kind.REGION)),
                List.of(Organization.of("org-1", "NATO", "NATO").withWikipedia(Optional.of("NATO")),
                        Organization.of("org-2", "Bucharest Nine")),
                List.of(range, date, Quantity.of("94,000", Quantity.Kind.COUNT, 94000, null)),
                List.of(new Quotation("We won,", 100, 107, Optional.of(Speaker.of(biden)), Optional.of("said")),
                        Quotation.of("Fine", null), Quotation.of("Quiet", Speaker.unnamed("officials"))),
                List.of(claim), article);
    }

    @Test
    void whatTheLibraryWritesFollowsTheSchema() throws IOException {
        assertEquals(Set.of(), errors(everything().toJson()));
        assertEquals(Set.of(), errors(Extraction.EMPTY.toJson()));
        // The JSON layer's mix-ins: the schema version is written; plain text has no blocks, so none are written.
        assertTrue(Extraction.EMPTY.toJson().contains("\"schemaVersion\" : " + Extraction.SCHEMA_VERSION));
        assertFalse(Extraction.EMPTY.toJson().contains("\"blocks\""));
        assertEquals(Set.of(), errors(Extraction.builder().people(Person.of("person-1", "A B")).build().toJson()));
    }

    @Test
    void aWikipediaLinkIsWrittenOnlyWhenKnownAndReadBack() {
        String json = everything().toJson();
        assertTrue(json.contains("\"wikipedia\" : \"Joe_Biden\""));
        assertFalse(json.contains("\"wikipedia\" : null"));
        assertFalse(Extraction.builder().people(Person.of("person-1", "A B")).build().toJson().contains("wikipedia"));
        Extraction back = Extraction.fromJson(json);
        assertEquals(everything().people(), back.people());
        assertEquals(Optional.of("Ukraine"), back.places().get(0).wikipedia());
        assertEquals(Optional.empty(), back.places().get(1).wikipedia());
        assertEquals(Optional.empty(), back.organizations().get(1).wikipedia());
    }

    @Test
    void aSeedArticleRecordedInVersionOneIsRewrittenByTheSchema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fuzz/json/valid-seed-article.json")) {
            String version1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(Set.of(), errors(Extraction.fromJson(version1).toJson()));
        }
    }

    @Test
    void theSchemaRefusesWhatTheLibraryNeverWrites() throws IOException {
        assertFalse(errors("{\"schemaVersion\": 1, \"people\": [{\"id\": \"p\"}], \"places\": [], "
                + "\"organizations\": [], \"numbers\": [], \"quotations\": [], \"claims\": []}").isEmpty());
        assertFalse(errors(everything().toJson().replace("\"COUNTRY\"", "\"PLANET\"")).isEmpty());
        assertFalse(errors(everything().toJson().replace("\"begin\" : 0", "\"begin\" : -1")).isEmpty());
        assertFalse(errors(everything().toJson().replace("\"Joe_Biden\"", "null")).isEmpty());
    }

    @Test
    void theSchemaVersionIsTheLibrarys() throws IOException {
        assertEquals(Extraction.SCHEMA_VERSION, schemaTree().at("/properties/schemaVersion/const").asInt());
    }

    @Test
    void theSchemaDescribesEveryComponentOfEveryRecord() throws IOException {
        JsonNode schema = schemaTree();
        Map<Class<?>, String> defs = Map.ofEntries(Map.entry(Extraction.class, ""),
                Map.entry(Mention.class, "/$defs/mention"), Map.entry(Person.class, "/$defs/person"),
                Map.entry(Place.class, "/$defs/place"), Map.entry(Organization.class, "/$defs/organization"),
                Map.entry(Quantity.class, "/$defs/quantity"), Map.entry(Speaker.class, "/$defs/speaker"),
                Map.entry(Quotation.class, "/$defs/quotation"), Map.entry(Claim.class, "/$defs/claim"),
                Map.entry(TextBlock.class, "/$defs/textBlock"), Map.entry(Article.class, "/$defs/article"));
        for (Map.Entry<Class<?>, String> e : defs.entrySet()) {
            Set<String> components = new TreeSet<>();
            Arrays.stream(e.getKey().getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
            if (e.getKey() == Extraction.class) {
                components.add("schemaVersion");
            }
            Set<String> described = new TreeSet<>();
            schema.at(e.getValue() + "/properties").fieldNames().forEachRemaining(described::add);
            assertEquals(components, described, e.getKey().getSimpleName() + " against " + e.getValue());
        }
        assertEquals(enumNames(Place.Kind.values()), enumNames(schema.at("/$defs/place/properties/kind/enum")));
        assertEquals(enumNames(Quantity.Kind.values()),
                enumNames(schema.at("/$defs/quantity/properties/kind/enum")));
    }

    private static Set<String> enumNames(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(values).map(Enum::name).forEach(names::add);
        return names;
    }

    private static Set<String> enumNames(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
