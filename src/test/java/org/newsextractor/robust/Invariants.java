package org.newsextractor.robust;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsextractor.Claim;
import org.newsextractor.Entity;
import org.newsextractor.Extraction;
import org.newsextractor.Mention;
import org.newsextractor.Quantity;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;

/** The properties every extraction must have, whatever the input. */
final class Invariants {
    private Invariants() {
    }

    /**
     * @param x    the extraction
     * @param text the text it was extracted from
     * @throws AssertionError naming the first violated property
     */
    static void check(Extraction x, String text) {
        require(x.article().text().equals(text), "the result carries the input text");
        Set<String> ids = new HashSet<>();
        for (Entity e : x.entities()) {
            require(ids.add(e.id()), "entity ids are unique: " + e.id());
            require(!e.mentions().isEmpty(), "entity " + e.id() + " has a mention");
            for (Mention m : e.mentions()) {
                span(text, m.text(), m.begin(), m.end(), "mention of " + e.id());
            }
        }
        for (Quantity q : x.numbers()) {
            span(text, q.text(), q.begin(), q.end(), "number");
        }
        for (Quotation q : x.quotations()) {
            span(text, q.text(), q.begin(), q.end(), "quotation");
            q.speaker().ifPresent(s -> speaker(s, ids));
        }
        for (Claim c : x.claims()) {
            span(text, c.content(), c.begin(), c.end(), "claim");
            speaker(c.source(), ids);
            c.entities().forEach(id -> require(ids.contains(id), "claim entity " + id + " is a record"));
        }
        requireSorted(x.numbers().stream().map(Quantity::begin).toList(), "numbers in text order");
        requireSorted(x.quotations().stream().map(Quotation::begin).toList(), "quotations in text order");
    }

    private static void speaker(Speaker s, Set<String> ids) {
        s.id().ifPresent(id -> require(ids.contains(id), "speaker id " + id + " refers to a record"));
    }

    private static void span(String text, String value, int begin, int end, String what) {
        require(0 <= begin && begin <= end && end <= text.length(),
                what + " offsets [" + begin + ", " + end + ") within a text of " + text.length());
        require(text.substring(begin, end).equals(value),
                what + " text '" + value + "' equals the text at [" + begin + ", " + end + "): '"
                        + text.substring(begin, end) + "'");
    }

    private static void requireSorted(List<Integer> offsets, String what) {
        for (int i = 1; i < offsets.size(); i++) {
            require(offsets.get(i - 1) <= offsets.get(i), what);
        }
    }

    private static void require(boolean ok, String property) {
        if (!ok) {
            throw new AssertionError("invariant violated: " + property);
        }
    }
}
