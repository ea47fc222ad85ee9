package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;
import org.newsextractor.internal.TestTexts;

class CountedNounModifiersTest {
    private final NumberExtractor extractor = new NumberExtractor();

    private Quantity first(String sentence) {
        return extractor.extract(TestTexts.parse(sentence), Optional.empty()).get(0);
    }

    @Test
    void wordsBetweenTheCountAndItsNounAreItsModifiers() {
        Quantity q = first("Ukraine/NNP says/VBZ 94,000/CD/NUMBER{94000.0} Russian/JJ/MISC troops/NNS arrived/VBD");
        assertEquals("troops", q.unit().orElseThrow());
        assertEquals(List.of("Russian"), q.modifiers());
    }

    @Test
    void aBareCountHasNoModifiers() {
        assertEquals(List.of(), first("48/CD/NUMBER{48.0} apartments/NNS were/VBD damaged/VBN").modifiers());
    }
}
