package org.newsextractor.internal.linking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WikidictFilterTest {
    @Test
    void namesAsNerFindsThemAreKept() {
        for (String name : new String[] {"State Department", "Recep Tayyip Erdoğan", "U.S.", "Bashar al-Assad",
                "Institute of Allergy and Infectious Diseases", "AT&T", "Kurdistan Workers' Party", "G7"}) {
            assertTrue(WikidictFilter.keepsName(name), name);
        }
    }

    @Test
    void descriptionsAddressesAndJunkAreDropped() {
        for (String name : new String[] {"hipster doofus", "the Brooklyn-based octet", "Wikipedia article \"X\"",
                "http://en.wikipedia.org/wiki/X", "en:X", "U.S>", "U.S,", "X", "Zembla  City",
                "A B C D E F G H I", "The band formed in Zembla", "<b>Zembla</b>", "Z".repeat(81)}) {
            assertFalse(WikidictFilter.keepsName(name), name);
        }
    }

    @Test
    void aScoreBelowTheMinimumIsDropped() {
        WikidictFilter filter = new WikidictFilter(0.5);
        assertTrue(filter.keepsScore(0.5));
        assertFalse(filter.keepsScore(0.49));
    }
}
