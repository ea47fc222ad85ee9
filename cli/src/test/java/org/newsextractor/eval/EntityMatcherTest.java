package org.newsextractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsextractor.Person;
import org.newsextractor.Place;

class EntityMatcherTest {
    private static final List<GoldEntity> GOLD_PEOPLE = List.of(
            GoldEntity.of("Joe Biden", "Biden", "President Biden"),
            GoldEntity.of("Vladimir Putin", "Putin"));

    private static Counts people(List<Person> records, List<String> optional) {
        return EntityMatcher.match(Section.PEOPLE, records, GOLD_PEOPLE, optional).counts();
    }

    @Test
    void matchesByNameAfterNormalization() {
        List<Place> places = List.of(Place.of("place-1", "U.S.", Place.Kind.COUNTRY));
        Counts c = EntityMatcher.match(Section.PLACES, places,
                List.of(GoldEntity.of("United States", "US")), List.of()).counts();
        assertEquals(new Counts(1, 0, 0), c);
    }

    @Test
    void matchesThroughAMention() {
        Counts c = people(List.of(Person.of("person-1", "Mr President", "Biden")), List.of());
        assertEquals(new Counts(1, 0, 1), c);
    }

    @Test
    void secondRecordForTheSameEntityIsADuplicate() {
        SectionScore s = EntityMatcher.match(Section.PEOPLE,
                List.of(Person.of("person-1", "Joe Biden"), Person.of("person-2", "Biden")),
                GOLD_PEOPLE, List.of());
        assertEquals(new Counts(1, 1, 1), s.counts());
        assertTrue(s.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.DUPLICATE));
    }

    @Test
    void nameMatchIsPreferredOverMentionMatch() {
        // person-1 reaches Biden only through a mention; person-2 is named Biden: person-2 gets the gold entity,
        // person-1 is the duplicate, whatever the list order.
        SectionScore s = EntityMatcher.match(Section.PEOPLE,
                List.of(Person.of("person-1", "Jill", "Biden"), Person.of("person-2", "Joe Biden")),
                List.of(GOLD_PEOPLE.get(0)), List.of());
        assertEquals(new Counts(1, 1, 0), s.counts());
        assertTrue(s.findings().get(0).detail().startsWith("\"Jill\""));
    }

    @Test
    void optionalOnlyRecordIsNotCounted() {
        Counts c = people(List.of(Person.of("person-1", "Evan Vucci")), List.of("Evan Vucci"));
        assertEquals(new Counts(0, 0, 2), c);
    }

    @Test
    void unmatchedRecordIsSpuriousAndUnmatchedGoldMissed() {
        SectionScore s = EntityMatcher.match(Section.PEOPLE, List.of(Person.of("person-1", "Ukraine")),
                GOLD_PEOPLE, List.of());
        assertEquals(new Counts(0, 1, 2), s.counts());
        assertEquals(1, s.findings().stream().filter(f -> f.kind() == Finding.Kind.SPURIOUS).count());
        assertEquals(2, s.findings().stream().filter(f -> f.kind() == Finding.Kind.MISSED).count());
    }
}
