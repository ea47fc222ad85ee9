package org.newsextractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldArticleTest {
    @Test
    void absentSectionsDifferFromEmptyOnes() {
        GoldArticle gold = GoldArticle.parse("""
                {"article": "a.txt", "people": [], "places": [{"name": "Ukraine", "aliases": ["Kyiv"],
                 "kind": "COUNTRY"}],
                 "numbers": [{"text": "94,000", "kind": "COUNT", "value": 94000, "unit": "troops"},
                             {"text": "2014", "kind": "DATE", "normalized": "2014"}],
                 "quotations": [{"text": "red lines", "speaker": "Putin", "speakerAliases": ["Kremlin"]}],
                 "extra": "ignored"}
                """);
        assertEquals(Optional.of(List.of()), gold.people());
        assertTrue(gold.organizations().isEmpty());
        assertTrue(gold.claims().isEmpty());
        assertEquals(Optional.of("COUNTRY"), gold.places().get().get(0).kind());
        assertEquals(List.of("Ukraine", "Kyiv"), gold.places().get().get(0).names());
        assertEquals(Optional.of(94000.0), gold.numbers().get().get(0).value());
        assertTrue(gold.numbers().get().get(1).isDate());
        assertEquals(List.of("Putin", "Kremlin"), gold.quotations().get().get(0).speakerNames());
        assertEquals(GoldOptionalNames.NONE, gold.optional());
        assertEquals(List.of(), gold.optionalNumbers());
    }

    @Test
    void malformedGoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GoldArticle.parse("{\"people\": 3"));
    }
}
