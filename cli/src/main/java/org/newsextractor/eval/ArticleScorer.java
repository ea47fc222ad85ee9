package org.newsextractor.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsextractor.Extraction;

/** Scores one extraction against the gold of the same article, section by section. */
public final class ArticleScorer {
    private ArticleScorer() {
    }

    /**
     * @param gold       the gold article; sections it leaves out are not scored
     * @param extraction what the extractor returned for the article
     * @return the article's score
     */
    public static ArticleScore score(GoldArticle gold, Extraction extraction) {
        Map<Section, SectionScore> sections = new EnumMap<>(Section.class);
        GoldOptionalNames optional = gold.optional();
        SectionScore people = gold.people().map(g -> EntityMatcher.match(Section.PEOPLE, extraction.people(), g,
                optional.people())).orElse(SectionScore.NOT_SCORED);
        SectionScore places = gold.places().map(g -> EntityMatcher.match(Section.PLACES, extraction.places(), g,
                optional.places())).orElse(SectionScore.NOT_SCORED);
        SectionScore organizations = gold.organizations().map(g -> EntityMatcher.match(Section.ORGANIZATIONS,
                extraction.organizations(), g, optional.organizations())).orElse(SectionScore.NOT_SCORED);
        sections.put(Section.PEOPLE, people);
        sections.put(Section.PLACES, places);
        sections.put(Section.ORGANIZATIONS, organizations);
        sections.put(Section.ENTITIES, new SectionScore(
                people.counts().plus(places.counts()).plus(organizations.counts()), List.of()));

        NumberScore numbers = gold.numbers()
                .map(g -> NumberMatcher.match(extraction.numbers(), g, gold.optionalNumbers()))
                .orElse(NumberScore.NOT_SCORED);
        sections.put(Section.NUMBERS, numbers.score());

        AttributionJudge judge = AttributionJudge.of(gold);
        PassageScore quotations = gold.quotations()
                .map(g -> PassageMatcher.matchQuotations(extraction.quotations(), g, judge))
                .orElse(PassageScore.NOT_SCORED);
        sections.put(Section.QUOTATIONS, quotations.passages());
        sections.put(Section.QUOTATION_SPEAKERS, quotations.attributions());

        PassageScore claims = gold.claims()
                .map(g -> PassageMatcher.matchClaims(extraction.claims(), g, judge))
                .orElse(PassageScore.NOT_SCORED);
        sections.put(Section.CLAIMS, claims.passages());
        sections.put(Section.CLAIM_SOURCES, claims.attributions());
        return new ArticleScore(gold.article(), sections, numbers.units());
    }
}
