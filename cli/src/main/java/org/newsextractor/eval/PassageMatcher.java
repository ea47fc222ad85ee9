package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsextractor.Claim;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;

/**
 * Matches quotations and claims with their gold counterparts.
 *
 * <p>A predicted passage matches a gold passage when their {@link TokenOverlap#f1 token F1} reaches the
 * threshold: {@value #QUOTATION_THRESHOLD} for quotation texts, {@value #CLAIM_THRESHOLD} for claim contents.
 * The assignment is one-to-one and greedy by best F1: of all pairs that reach the threshold, the pair with the
 * highest F1 is taken first (ties: earlier gold, then earlier prediction), and so on. The attribution figure
 * counts as true positives the matched passages whose speaker or source is right ({@link AttributionJudge});
 * every other prediction is a false positive and every other gold passage a false negative.
 */
public final class PassageMatcher {
    /** The least token F1 at which a quotation matches. */
    public static final double QUOTATION_THRESHOLD = 0.7;
    /** The least token F1 at which a claim matches. */
    public static final double CLAIM_THRESHOLD = 0.5;

    private PassageMatcher() {
    }

    /**
     * @param predicted the predicted quotations
     * @param gold      the gold quotations
     * @param judge     decides whether a speaker is right
     * @return counts of quotations and of quotation speakers
     */
    public static PassageScore matchQuotations(List<Quotation> predicted, List<GoldQuotation> gold,
                                               AttributionJudge judge) {
        List<Passage> p = predicted.stream()
                .map(q -> new Passage(q.text(), q.speaker().map(Speaker::name))).toList();
        List<GoldPassage> g = gold.stream()
                .map(q -> new GoldPassage(q.text(), q.speaker(), q.speakerAliases())).toList();
        return match(p, g, QUOTATION_THRESHOLD, Section.QUOTATIONS, Section.QUOTATION_SPEAKERS, judge);
    }

    /**
     * @param predicted the predicted claims
     * @param gold      the gold claims
     * @param judge     decides whether a source is right
     * @return counts of claims and of claim sources
     */
    public static PassageScore matchClaims(List<Claim> predicted, List<GoldClaim> gold, AttributionJudge judge) {
        List<Passage> p = predicted.stream()
                .map(c -> new Passage(c.content(), Optional.of(c.source().name()))).toList();
        List<GoldPassage> g = gold.stream()
                .map(c -> new GoldPassage(c.content(), c.source(), c.sourceAliases())).toList();
        return match(p, g, CLAIM_THRESHOLD, Section.CLAIMS, Section.CLAIM_SOURCES, judge);
    }

    private static PassageScore match(List<Passage> predicted, List<GoldPassage> gold, double threshold,
                                      Section passageSection, Section attributionSection, AttributionJudge judge) {
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double f1 = TokenOverlap.f1(predicted.get(p).text, gold.get(g).text);
                if (TokenOverlap.reaches(f1, threshold)) {
                    pairs.add(new Pair(g, p, f1));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::f1).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        int[] goldToPredicted = new int[gold.size()];
        java.util.Arrays.fill(goldToPredicted, -1);
        boolean[] used = new boolean[predicted.size()];
        for (Pair pair : pairs) {
            if (goldToPredicted[pair.gold] < 0 && !used[pair.predicted]) {
                goldToPredicted[pair.gold] = pair.predicted;
                used[pair.predicted] = true;
            }
        }

        List<Finding> passageFindings = new ArrayList<>();
        List<Finding> attributionFindings = new ArrayList<>();
        int matched = 0;
        int right = 0;
        for (int g = 0; g < gold.size(); g++) {
            GoldPassage goldPassage = gold.get(g);
            if (goldToPredicted[g] < 0) {
                passageFindings.add(new Finding(passageSection, Finding.Kind.MISSED,
                        quote(goldPassage.text) + " -- " + goldPassage.source));
                continue;
            }
            matched++;
            Passage passage = predicted.get(goldToPredicted[g]);
            if (judge.isRight(passage.source, goldPassage.source, goldPassage.aliases)) {
                right++;
            } else {
                attributionFindings.add(new Finding(attributionSection, Finding.Kind.WRONG_SPEAKER,
                        quote(goldPassage.text) + " -- predicted " + passage.source.orElse("(none)")
                                + ", gold " + goldPassage.source));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                Passage passage = predicted.get(p);
                passageFindings.add(new Finding(passageSection, Finding.Kind.SPURIOUS,
                        quote(passage.text) + " -- " + passage.source.orElse("(none)")));
            }
        }
        Counts passages = new Counts(matched, predicted.size() - matched, gold.size() - matched);
        Counts attributions = new Counts(right, predicted.size() - right, gold.size() - right);
        return new PassageScore(new SectionScore(passages, passageFindings),
                new SectionScore(attributions, attributionFindings));
    }

    private static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return "\"" + (flat.length() > 80 ? flat.substring(0, 77) + "..." : flat) + "\"";
    }

    private record Passage(String text, Optional<String> source) {
    }

    private record GoldPassage(String text, String source, List<String> aliases) {
    }

    private record Pair(int gold, int predicted, double f1) {
    }
}
