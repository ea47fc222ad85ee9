package org.newsextractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    @Test
    void acronymDotsAreDropped() {
        assertEquals(NameNormalizer.normalize("US"), NameNormalizer.normalize("U.S."));
        assertEquals("us", NameNormalizer.normalize("U.S"));
    }

    @Test
    void caseLeadingTheAndPossessiveAreDropped() {
        assertEquals("kremlin", NameNormalizer.normalize("The Kremlin's"));
        assertEquals("kremlin", NameNormalizer.normalize("the Kremlin\u2019s"));
        assertEquals("nato", NameNormalizer.normalize("NATO"));
    }

    @Test
    void outerPunctuationIsDroppedInnerKept() {
        assertEquals("nato", NameNormalizer.normalize("\u201cNATO,\u201d"));
        assertEquals("znak.com", NameNormalizer.normalize("Znak.com"));
        assertEquals("the west bank", "the " + NameNormalizer.normalize("West  Bank"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(NameNormalizer.normalize("Theodore"), NameNormalizer.normalize("odore"));
        assertNotEquals(NameNormalizer.normalize("Russia"), NameNormalizer.normalize("Russian"));
    }
}
