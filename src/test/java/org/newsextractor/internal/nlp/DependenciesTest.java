package org.newsextractor.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependenciesTest {
    // "Officials said the troops left ." : said is the root; officials its subject; left the clause it reports
    //   0 Officials  1 said  2 the  3 troops  4 left  5 .
    private final Dependencies tree = new Dependencies(
            new int[] {1, -1, 3, 4, 1, 1},
            new String[] {"nsubj", "root", "det", "nsubj", "ccomp", "punct"});

    @Test
    void findsChildrenByRelationAndItsSubtypes() {
        assertEquals(0, tree.child(1, "nsubj"));
        assertEquals(4, tree.child(1, "ccomp"));
        assertEquals(-1, tree.child(1, "obj"));
        assertEquals(List.of(0, 4, 5), tree.children(1));
        Dependencies passive = new Dependencies(new int[] {1, -1}, new String[] {"nsubj:pass", "root"});
        assertTrue(passive.is(0, "nsubj"));
        assertFalse(passive.is(0, "nsub"));
    }

    @Test
    void aSubtreeSpansItsDescendants() {
        assertEquals(2, tree.subtreeFrom(4));
        assertEquals(5, tree.subtreeTo(4));
        assertEquals(0, tree.subtreeFrom(1));
        assertEquals(6, tree.subtreeTo(1));
    }

    @Test
    void distanceCountsArcsThroughTheCommonAncestor() {
        assertEquals(0, tree.distance(4, 4));
        assertEquals(1, tree.distance(1, 4));
        assertEquals(2, tree.distance(0, 4));
        assertEquals(3, tree.distance(0, 3));
        assertTrue(tree.dominates(1, 2));
        assertFalse(tree.dominates(4, 0));
    }

    @Test
    void aBrokenTreeIsFarNotAnEndlessLoop() {
        Dependencies cycle = new Dependencies(new int[] {1, 0, -1}, new String[] {"dep", "dep", "root"});
        assertTrue(cycle.distance(0, 2) > 100);
        assertFalse(cycle.dominates(2, 0));
    }

    @Test
    void headsAndRelationsMustAgreeInLength() {
        assertThrows(IllegalArgumentException.class, () -> new Dependencies(new int[] {-1}, new String[0]));
    }
}
