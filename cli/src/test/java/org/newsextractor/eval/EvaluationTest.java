package org.newsextractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextractor.Claim;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Organization;
import org.newsextractor.Person;
import org.newsextractor.Place;
import org.newsextractor.Quantity;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;

class EvaluationTest {
    private static final String TEXT = "Joe Biden met NATO in Kyiv. \"Red lines,\" Putin said. Ukraine says 94,000"
            + " troops have gathered.";
    private static final String GOLD = """
            {"article": "a.txt",
             "people": [{"name": "Joe Biden", "aliases": ["Biden"]}, {"name": "Vladimir Putin", "aliases": ["Putin"]}],
             "places": [{"name": "Kyiv", "aliases": ["Kiev"], "kind": "CITY"},
                        {"name": "Ukraine", "aliases": [], "kind": "COUNTRY"}],
             "organizations": [{"name": "NATO", "aliases": []}],
             "optional": {"people": [], "places": ["the West"], "organizations": []},
             "numbers": [{"text": "94,000", "kind": "COUNT", "value": 94000, "unit": "troops"}],
             "optionalNumbers": ["Thursday"],
             "quotations": [{"text": "Red lines,", "speaker": "Vladimir Putin"}],
             "claims": [{"source": "Ukraine", "cue": "say", "content": "94,000 troops have gathered"}]}
            """;

    private static final Person BIDEN = Person.of("person-1", "Joe Biden", "Joe Biden");
    private static final Person PUTIN = Person.of("person-2", "Putin", "Putin");

    /** What a perfect extractor returns for TEXT. */
    private static Extraction perfect() {
        return new Extraction(List.of(BIDEN, PUTIN),
                List.of(Place.of("place-1", "Kyiv", Place.Kind.CITY), Place.of("place-2", "Ukraine",
                        Place.Kind.COUNTRY), Place.of("place-3", "West", Place.Kind.REGION)),
                List.of(Organization.of("org-1", "NATO")),
                List.of(Quantity.of("94,000", Quantity.Kind.COUNT, 94000, "troops"),
                        Quantity.date("Thursday", "2021-12-09")),
                List.of(Quotation.of("Red lines,", Speaker.of(PUTIN))),
                List.of(Claim.of(Speaker.unnamed("Ukraine"), "say", "94,000 troops have gathered")));
    }

    private static void writeArticle(Path dir, String name) throws Exception {
        Files.writeString(dir.resolve(name + ".txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".gold.json"), GOLD, StandardCharsets.UTF_8);
    }

    @Test
    void perfectExtractionScoresOneEverywhere(@TempDir Path dir) throws Exception {
        writeArticle(dir, "a");
        writeArticle(dir, "b");
        Files.writeString(dir.resolve("c.txt"), "no gold beside me");
        EvalReport report = Evaluation.run(dir, text -> perfect());
        assertEquals(List.of("a", "b"), report.articles().stream().map(ArticleScore::article).toList());
        for (Section section : Section.values()) {
            assertEquals(0, report.total(section).fp() + report.total(section).fn(), section.key());
            assertEquals(1.0, report.total(section).f1(), section.key());
        }
        assertEquals(new Counts(10, 0, 0), report.total(Section.ENTITIES));
        assertEquals(new UnitAccuracy(2, 2), report.units());
    }

    @Test
    void brokenPredictionsLowerTheRightFigures() {
        GoldArticle gold = GoldArticle.parse(GOLD);
        Extraction good = perfect();
        Extraction broken = new Extraction(List.of(BIDEN, PUTIN, Person.of("person-3", "Biden")),
                good.places(), good.organizations(),
                List.of(Quantity.of("94,000", Quantity.Kind.COUNT, 94000, "soldiers")),
                List.of(Quotation.of("Red lines,", Speaker.unnamed("Biden"))), good.claims());
        EvalReport report = Evaluation.score(gold, broken);
        assertEquals(new Counts(2, 1, 0), report.total(Section.PEOPLE));
        assertEquals(new Counts(5, 1, 0), report.total(Section.ENTITIES));
        assertEquals(new Counts(1, 0, 0), report.total(Section.NUMBERS));
        assertEquals(new UnitAccuracy(0, 1), report.units());
        assertEquals(new Counts(1, 0, 0), report.total(Section.QUOTATIONS));
        assertEquals(new Counts(0, 1, 1), report.total(Section.QUOTATION_SPEAKERS));
        assertEquals(new Counts(1, 0, 0), report.total(Section.CLAIM_SOURCES));
        String listing = report.verboseListing();
        assertTrue(listing.contains("people DUPLICATE \"Biden\""), listing);
        assertTrue(listing.contains("quotationSpeakers WRONG_SPEAKER"), listing);
        assertTrue(listing.contains("numbers WRONG_UNIT"), listing);
    }

    @Test
    void sectionsLeftOutAreNotScored() {
        GoldArticle gold = GoldArticle.empty("a.txt").withPeople(List.of(GoldEntity.of("Joe Biden")));
        EvalReport report = Evaluation.score(gold, perfect());
        assertEquals(new Counts(1, 1, 0), report.total(Section.PEOPLE));
        assertEquals(new Counts(1, 1, 0), report.total(Section.ENTITIES));
        assertEquals(Counts.ZERO, report.total(Section.NUMBERS));
        assertEquals(Counts.ZERO, report.total(Section.QUOTATIONS));
    }

    @Test
    void commandPrintsTableWritesJsonAndChecksFloors(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        writeArticle(gold, "a");
        Path json = dir.resolve("figures.json");
        Path floors = dir.resolve("floors.properties");
        Files.writeString(floors, "entities.f1=0.85\nquotationSpeakers.f1=0.9\n");
        Extraction noSpeakers = new Extraction(perfect().people(), perfect().places(), perfect().organizations(),
                perfect().numbers(), List.of(Quotation.of("Red lines,", null)), perfect().claims());
        NewsExtractor extractor = text -> noSpeakers;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = EvalCommand.run(List.of(gold.toString(), "--verbose", "--json", json.toString(),
                "--floors", floors.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> extractor);

        assertEquals(EvalCommand.BELOW_FLOOR, code);
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("quotationSpeakers") && table.contains("numberUnits"), table);
        assertTrue(table.contains("== a"), table);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("quotationSpeakers.f1") && !errors.contains("entities.f1"), errors);
        JsonNode figures = new ObjectMapper().readTree(Files.readString(json));
        Set<String> keys = new java.util.TreeSet<>();
        figures.fieldNames().forEachRemaining(keys::add);
        assertEquals(new java.util.TreeSet<>(List.of("people", "places", "organizations", "entities", "numbers",
                "quotations", "quotationSpeakers", "claims", "claimSources", "numberUnits")), keys);
        assertEquals(1.0, figures.get("entities").get("f1").asDouble());
        assertEquals(0, figures.get("quotationSpeakers").get("tp").asInt());
        assertEquals(1, figures.get("numberUnits").get("total").asInt());
    }

    @Test
    void commandRefusesBadArguments(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(EvalCommand.USAGE, EvalCommand.run(List.of(), out, errStream, () -> text -> Extraction.EMPTY));
        assertEquals(EvalCommand.USAGE, EvalCommand.run(List.of(dir.toString(), "--bogus"), out, errStream,
                () -> text -> Extraction.EMPTY));
        assertEquals(EvalCommand.USAGE, EvalCommand.run(List.of(dir.toString()), out, errStream,
                () -> text -> Extraction.EMPTY));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: eval"));
        assertEquals(Optional.empty(), Optional.<String>empty());
    }
}
