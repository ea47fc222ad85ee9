package org.newsextractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example article through the real CoreNLP pipeline: the records a reader expects. */
class SeedArticleIT {
    private static String text;
    private static Extraction x;

    @BeforeAll
    static void extract() throws IOException {
        text = Files.readString(Path.of("examples/seed-biden-zelenskyy.txt"), StandardCharsets.UTF_8);
        x = SharedExtractor.get().extract(text);
    }

    private static Person person(String name) {
        return x.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + x.people()));
    }

    @Test
    void bidenIsOnePersonWithAllHisMentions() {
        Person biden = person("Joe Biden");
        assertTrue(biden.mentions().stream().anyMatch(m -> m.text().equals("Biden")));
        assertTrue(biden.mentions().size() >= 10, biden.mentions().toString());
        assertEquals(1, x.people().stream().filter(p -> p.name().contains("Biden")).count());
        assertTrue(biden.titles().contains("US President"), biden.titles().toString());
    }

    @Test
    void theUnitedStatesIsOnePlace() {
        List<Place> us = x.places().stream().filter(p -> p.name().equals("United States")).toList();
        assertEquals(1, us.size());
        List<String> forms = us.get(0).mentions().stream().map(Mention::text).distinct().sorted().toList();
        assertEquals(List.of("U.S.", "US", "United States"), forms);
        assertEquals(Place.Kind.COUNTRY, us.get(0).kind());
    }

    @Test
    void noEntityIsReportedTwice() {
        for (List<? extends Entity> list : List.of(x.people(), x.places(), x.organizations())) {
            assertEquals(list.size(), list.stream().map(Entity::name).distinct().count(), list.toString());
        }
    }

    @Test
    void zelenskyysTwoQuotesAreHis() {
        String id = person("Volodymyr Zelenskyy").id();
        List<Quotation> his = x.quotations().stream()
                .filter(q -> q.speaker().flatMap(Speaker::id).filter(id::equals).isPresent()).toList();
        assertEquals(2, his.size(), x.quotations().toString());
        assertTrue(his.get(0).text().startsWith("The president of the United States has informed me"));
        assertTrue(his.get(1).text().startsWith("We also discussed ways"));
        assertEquals("add", his.get(1).cue().orElseThrow());
        assertEquals("added", his.get(1).cueText().orElseThrow());
    }

    @Test
    void aQuoteAfterADoubledOpeningMarkIsStratfords() {
        Quotation q = x.quotations().stream().filter(t -> t.text().startsWith("There are a lot of problems"))
                .findFirst().orElseThrow();
        assertEquals("Charles Stratford", q.speaker().orElseThrow().name());
        assertEquals("There are a lot of problems in Ukraine,", q.text());
    }

    @Test
    void troopsAreCounted() {
        Quantity troops = x.numbers().stream().filter(n -> n.text().equals("94,000")).findFirst().orElseThrow();
        assertEquals(Quantity.Kind.COUNT, troops.kind());
        assertEquals(94000.0, troops.value().orElseThrow());
        assertEquals("troops", troops.unit().orElseThrow());
        Quantity date = x.numbers().stream().filter(n -> n.text().equals("September 1, 2021")).findFirst()
                .orElseThrow();
        assertEquals("2021-09-01", date.normalized().orElseThrow());
    }

    @Test
    void furnitureLinesYieldNoRecords() {
        int furnitureStart = text.indexOf("[ad_2]");
        int adOne = text.indexOf("[ad_1]");
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                assertTrue(m.begin() < furnitureStart, "mention in trailing furniture: " + m);
                assertFalse(m.begin() >= adOne && m.end() <= adOne + 6, "mention in [ad_1]: " + m);
            }
        }
        assertTrue(x.numbers().stream().noneMatch(n -> n.text().contains("ad_") || n.begin() >= furnitureStart));
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("World News")));
    }

    @Test
    void everyOffsetPointsAtItsText() {
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.begin(), m.end()));
            }
        }
        for (Quantity n : x.numbers()) {
            assertEquals(n.text(), text.substring(n.begin(), n.end()));
        }
        for (Quotation q : x.quotations()) {
            assertEquals(q.text(), text.substring(q.begin(), q.end()));
        }
    }

    @Test
    void everySpeakerIdRefersToARecord() {
        for (Quotation q : x.quotations()) {
            q.speaker().flatMap(Speaker::id).ifPresent(id -> assertTrue(x.entity(id).isPresent(), id));
        }
    }

    @Test
    void jsonRoundTripGivesTheSameRecords() {
        assertEquals(x, Extraction.fromJson(x.toJson()));
    }

    @Test
    void theJsonFollowsTheSchema() throws IOException {
        assertEquals(java.util.Set.of(), JsonSchemaTest.errors(x.toJson()));
    }
}
