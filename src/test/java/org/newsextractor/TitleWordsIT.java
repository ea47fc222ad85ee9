package org.newsextractor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles from CoreNLP's gazetteer of titles, not only the hand-kept heads, stay out of names. */
class TitleWordsIT {

    @Test
    void aTitleBeforeANameIsATitleNotPartOfTheName() {
        Extraction x = SharedExtractor.get().extract("Chief Prosecutor Anna Bodor said it was too early to say.");
        assertEquals(List.of("Anna Bodor"), x.people().stream().map(Person::name).toList());
        assertEquals(true, x.people().get(0).titles().stream().anyMatch(t -> t.contains("Prosecutor")),
                x.people().get(0).titles().toString());
    }
}
