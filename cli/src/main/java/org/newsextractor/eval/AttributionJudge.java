package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a quotation's speaker or a claim's source is right.
 *
 * <p>A predicted name is right when, after {@link NameNormalizer#normalize}, it is the gold speaker (or source)
 * or one of its aliases; and also when the gold speaker names a gold entity entry (its name or one of its
 * aliases is the gold speaker) and the predicted name is one of that entry's names. Entries are the gold people
 * and organizations and also the gold places, since sources such as "Ukraine" or "United States" are gold
 * places. No predicted speaker is never right.
 */
public final class AttributionJudge {
    private final List<Set<String>> entries;

    /**
     * @param entries the gold entities a speaker may name
     */
    public AttributionJudge(List<GoldEntity> entries) {
        List<Set<String>> names = new ArrayList<>();
        for (GoldEntity entry : entries) {
            names.add(NameNormalizer.normalizeAll(entry.names()));
        }
        this.entries = List.copyOf(names);
    }

    /**
     * @param gold a gold article
     * @return a judge whose entries are the article's gold people, organizations and places
     */
    public static AttributionJudge of(GoldArticle gold) {
        List<GoldEntity> all = new ArrayList<>();
        gold.people().ifPresent(all::addAll);
        gold.organizations().ifPresent(all::addAll);
        gold.places().ifPresent(all::addAll);
        return new AttributionJudge(all);
    }

    /**
     * @param predicted the predicted speaker's name, if any
     * @param goldName  the gold speaker or source
     * @param aliases   the gold speaker's other acceptable names
     * @return whether the prediction is right
     */
    public boolean isRight(Optional<String> predicted, String goldName, List<String> aliases) {
        if (predicted.isEmpty()) {
            return false;
        }
        String name = NameNormalizer.normalize(predicted.get());
        if (name.isEmpty()) {
            return false;
        }
        if (NameNormalizer.normalize(goldName).equals(name)
                || NameNormalizer.normalizeAll(aliases).contains(name)) {
            return true;
        }
        String speaker = NameNormalizer.normalize(goldName);
        return entries.stream().anyMatch(entry -> entry.contains(speaker) && entry.contains(name));
    }
}
