package org.newsextractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsextractor.Claim;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;

class PassageMatcherTest {
    private static final AttributionJudge NO_ENTRIES = new AttributionJudge(List.of());

    /** Words w0..w{n-1}, each distinct. */
    private static String words(String prefix, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
    }

    @Test
    void tokenF1IgnoresCaseAndPunctuation() {
        assertEquals(1.0, TokenOverlap.f1("Red lines,", "red   LINES"));
        assertEquals(List.of("president", "s", "94", "000"), TokenOverlap.tokens("President’s 94,000!"));
    }

    @Test
    void quotationMatchesFromF1SevenTenths() {
        String gold = words("w", 0, 100);
        String at069 = words("w", 0, 69) + " " + words("x", 0, 31);
        String at070 = words("w", 0, 70) + " " + words("x", 0, 30);
        assertEquals(0.69, TokenOverlap.f1(at069, gold), 1e-12);
        assertEquals(0.70, TokenOverlap.f1(at070, gold), 1e-12);
        List<GoldQuotation> goldList = List.of(new GoldQuotation(gold, "Joe Biden", List.of()));
        assertEquals(new Counts(0, 1, 1), PassageMatcher.matchQuotations(
                List.of(Quotation.of(at069, null)), goldList, NO_ENTRIES).passages().counts());
        assertEquals(new Counts(1, 0, 0), PassageMatcher.matchQuotations(
                List.of(Quotation.of(at070, null)), goldList, NO_ENTRIES).passages().counts());
    }

    @Test
    void greedyByBestF1() {
        GoldQuotation a = new GoldQuotation("one two three four five six seven eight nine ten", "A", List.of());
        GoldQuotation b = new GoldQuotation("one two three four five six seven eight nine", "B", List.of());
        // The prediction equals b exactly, and also reaches 0.7 with a: it must go to b, leaving a missed.
        PassageScore s = PassageMatcher.matchQuotations(
                List.of(Quotation.of("one two three four five six seven eight nine", Speaker.unnamed("B"))),
                List.of(a, b), NO_ENTRIES);
        assertEquals(new Counts(1, 0, 1), s.passages().counts());
        assertEquals(new Counts(1, 0, 1), s.attributions().counts());
    }

    @Test
    void speakerAliasCounts() {
        List<GoldQuotation> gold = List.of(new GoldQuotation("very aggressive movements", "Biden officials",
                List.of("officials")));
        PassageScore right = PassageMatcher.matchQuotations(
                List.of(Quotation.of("very aggressive movements", Speaker.unnamed("Officials"))), gold, NO_ENTRIES);
        assertEquals(new Counts(1, 0, 0), right.attributions().counts());
        PassageScore wrong = PassageMatcher.matchQuotations(
                List.of(Quotation.of("very aggressive movements", Speaker.unnamed("Putin"))), gold, NO_ENTRIES);
        assertEquals(new Counts(1, 0, 0), wrong.passages().counts());
        assertEquals(new Counts(0, 1, 1), wrong.attributions().counts());
        assertEquals(Finding.Kind.WRONG_SPEAKER, wrong.attributions().findings().get(0).kind());
    }

    @Test
    void speakerNamedThroughTheGoldEntityEntry() {
        AttributionJudge judge = new AttributionJudge(List.of(GoldEntity.of("Joe Biden", "Biden", "President Biden")));
        assertTrue(judge.isRight(Optional.of("President Biden"), "Joe Biden", List.of()));
        assertTrue(judge.isRight(Optional.of("Joe Biden"), "Joe Biden", List.of()));
        assertFalse(judge.isRight(Optional.of("Putin"), "Joe Biden", List.of()));
        assertFalse(judge.isRight(Optional.empty(), "Joe Biden", List.of()));
        assertFalse(NO_ENTRIES.isRight(Optional.of("Biden"), "Joe Biden", List.of()));
    }

    @Test
    void claimsMatchFromHalfF1AndJudgeTheirSource() {
        GoldClaim gold = new GoldClaim("Russia", List.of(), "deny", "any attempts to seize Ukraine");
        Claim half = new Claim(Speaker.unnamed("Russia"), "deny", "attempts to invade", 0, 10);
        assertEquals(0.5, TokenOverlap.f1(half.content(), gold.content()), 1e-12);
        PassageScore s = PassageMatcher.matchClaims(List.of(half), List.of(gold), NO_ENTRIES);
        assertEquals(new Counts(1, 0, 0), s.passages().counts());
        assertEquals(new Counts(1, 0, 0), s.attributions().counts());
        Claim below = new Claim(Speaker.unnamed("Russia"), "deny", "attempts to invade Crimea", 0, 10);
        assertEquals(new Counts(0, 1, 1),
                PassageMatcher.matchClaims(List.of(below), List.of(gold), NO_ENTRIES).passages().counts());
    }
}
