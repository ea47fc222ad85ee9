package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The score of one article: counts and findings per section, and the unit accuracy. Sections the gold file
 * leaves out have zero counts and no findings.
 *
 * @param article  the article's name
 * @param sections the score of every section; {@link Section#ENTITIES} holds the summed counts of the three
 *                 entity sections and no findings of its own
 * @param units    the unit accuracy over this article's matched numbers
 */
public record ArticleScore(String article, Map<Section, SectionScore> sections, UnitAccuracy units) {
    /**
     * Checks the fields; sections missing from the map count as not scored.
     *
     * @param article  the article's name
     * @param sections the score of every section; {@link Section#ENTITIES} holds the summed counts of the
     *                 three entity sections and no findings of its own
     * @param units    the unit accuracy over this article's matched numbers
     */
    public ArticleScore {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(units, "units");
        EnumMap<Section, SectionScore> all = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            all.put(s, sections == null ? SectionScore.NOT_SCORED
                    : sections.getOrDefault(s, SectionScore.NOT_SCORED));
        }
        sections = Map.copyOf(all);
    }

    /**
     * @param section a section
     * @return its counts in this article
     */
    public Counts counts(Section section) {
        return sections.get(section).counts();
    }

    /** @return every finding of the article, section by section in report order */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (Section s : Section.values()) {
            all.addAll(sections.get(s).findings());
        }
        return List.copyOf(all);
    }
}
