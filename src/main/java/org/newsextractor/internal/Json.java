package org.newsextractor.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.newsextractor.Article;
import org.newsextractor.Extraction;
import org.newsextractor.Organization;
import org.newsextractor.Person;
import org.newsextractor.Place;
import org.newsextractor.TextBlock;

/**
 * The one place that knows how records become JSON and back. The public records carry no Jackson annotations:
 * what the JSON needs beyond their components is said here, in mix-ins.
 */
public final class Json {
    /** JSON documents larger than this (characters, or bytes for a file) are refused. */
    public static final int MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
    /**
     * JSON documents with more tokens than this are refused, so the parsed tree stays bounded (about 100 MB)
     * even when a hostile document is all tiny values; an extraction of a million-character article has far fewer.
     */
    public static final long MAX_TOKENS = 4_000_000;
    /** Deeper nesting is refused; extractions nest five levels deep. */
    public static final int MAX_NESTING = 64;
    /** Longer numbers are refused; parsing a number of a million digits would cost seconds. */
    public static final int MAX_NUMBER_CHARS = 100;

    private static final ObjectMapper MAPPER = newMapper();

    private Json() {
    }

    /** @return a mapper configured for the library's records; callers may use it for their own records too */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper newMapper() {
        StreamReadConstraints.Builder limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_DOCUMENT_CHARS)
                .maxNumberLength(MAX_NUMBER_CHARS);
        // Jackson 2.16+ can also bound the document's length, tokens and names. Spark pins Jackson 2.15, which lacks
        // them: there the size checks in read() still apply, so set them only where the methods exist.
        optionalLimit(limits, "maxDocumentLength", long.class, (long) MAX_DOCUMENT_CHARS);
        optionalLimit(limits, "maxTokenCount", long.class, MAX_TOKENS);
        optionalLimit(limits, "maxNameLength", int.class, 10_000);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits.build())
                .build();
        SimpleModule wholeNumbers = new SimpleModule("whole-numbers");
        wholeNumbers.addSerializer(Double.class, new WholeNumberSerializer());
        return new ObjectMapper(factory)
                .addMixIn(Extraction.class, ExtractionJson.class)
                .addMixIn(Article.class, ArticleJson.class)
                .addMixIn(Person.class, LinkedJson.class)
                .addMixIn(Place.class, LinkedJson.class)
                .addMixIn(Organization.class, LinkedJson.class)
                .registerModule(new Jdk8Module())
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .registerModule(wholeNumbers)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static void optionalLimit(StreamReadConstraints.Builder limits, String method, Class<?> type,
                                      Object value) {
        try {
            limits.getClass().getMethod(method, type).invoke(limits, value);
        } catch (NoSuchMethodException e) {
            // an older Jackson: this limit is not available
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the JSON limit " + method, e);
        }
    }

    public static String write(Extraction extraction) {
        try {
            return MAPPER.writeValueAsString(extraction);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize an extraction", e);
        }
    }

    /** Writes to a temporary file beside the target and moves it into place, so no reader sees half a file. */
    public static void writeAtomically(Object value, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            MAPPER.writeValue(tmp.toFile(), value);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static Extraction read(String json) {
        if (json.length() > MAX_DOCUMENT_CHARS) {
            throw new IllegalArgumentException("JSON document too large: " + json.length() + " characters");
        }
        try {
            JsonNode tree = MAPPER.readTree(json);
            return fromTree(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a news-extractor JSON document: " + e.getOriginalMessage(), e);
        }
    }

    /** Streams the file through the parser, so a huge file is refused without being held in memory. */
    public static Extraction read(Path file) throws IOException {
        if (Files.size(file) > MAX_DOCUMENT_CHARS) {
            throw new IllegalArgumentException("JSON file too large: " + file + " has " + Files.size(file)
                    + " bytes; the limit is " + MAX_DOCUMENT_CHARS);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return fromTree(MAPPER.readTree(in));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a news-extractor JSON document: " + e.getOriginalMessage(), e);
        }
    }

    public static Extraction readResource(String name) {
        try (InputStream in = Json.class.getResourceAsStream(name.startsWith("/") ? name : "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + name);
            }
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_CHARS + 1);
            if (bytes.length > MAX_DOCUMENT_CHARS) {
                throw new IllegalArgumentException("JSON resource too large: " + name);
            }
            return fromTree(MAPPER.readTree(bytes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a news-extractor JSON document: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read classpath resource " + name, e);
        }
    }

    private static Extraction fromTree(JsonNode tree) throws JsonProcessingException {
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("not a news-extractor JSON document: expected an object");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version != null && version.asInt() > Extraction.SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + version.asInt()
                    + " is newer than this library reads (" + Extraction.SCHEMA_VERSION + ")");
        }
        if (version == null || version.asInt() < 2) {
            upgradeFromVersion1((com.fasterxml.jackson.databind.node.ObjectNode) tree);
        }
        return MAPPER.treeToValue(tree, Extraction.class);
    }

    /**
     * Version 1 gave a quotation's cue as written ("said"); version 2 gives the lemma in {@code cue} and the word
     * as written in {@code cueText}. A version 1 cue cannot be lemmatized without the models, so it fills both.
     */
    private static void upgradeFromVersion1(com.fasterxml.jackson.databind.node.ObjectNode tree) {
        JsonNode quotations = tree.get("quotations");
        if (quotations == null || !quotations.isArray()) {
            return;
        }
        for (JsonNode q : quotations) {
            if (q.isObject() && q.hasNonNull("cue") && !q.has("cueText")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) q).set("cueText", q.get("cue"));
            }
        }
    }

    /** Every document carries its schema version; on reading, it is checked before binding and then ignored. */
    @JsonIgnoreProperties(value = {"schemaVersion"}, allowGetters = true)
    private abstract static class ExtractionJson {
        @JsonProperty("schemaVersion")
        abstract int schemaVersion();
    }

    /** An article from plain text has no blocks; its JSON leaves them out. */
    private abstract static class ArticleJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<TextBlock> blocks();
    }

    /**
     * An entity's Wikipedia link is written only when it is known, so that without entity linking the JSON is
     * what it was before links existed; a reader takes a missing {@code wikipedia} as no link.
     */
    private abstract static class LinkedJson {
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<String> wikipedia();
    }

    /** Writes 94000.0 as 94000 so that counts read naturally; other doubles as usual. */
    private static final class WholeNumberSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
