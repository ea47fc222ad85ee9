package org.newsextractor.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsextractor.Entity;
import org.newsextractor.Mention;

/**
 * Matches the entity records of one section (people, places or organizations) with the gold entities.
 *
 * <p>A record matches a gold entity when its name, or the text of any of its mentions, is one of the gold
 * entity's names or aliases, compared after {@link NameNormalizer#normalize}. The assignment is one-to-one and
 * deterministic: records are taken in text order (by their first mention, records without mentions last, then
 * in list order); first every record takes the first still-free gold entity its <em>name</em> matches, then
 * every record still unassigned takes the first free gold entity one of its <em>mentions</em> matches. A record
 * that matches gold entities which are all taken is a duplicate (a false positive); a record that matches no
 * gold entity is not counted when its name or a mention is an optional name, and is spurious otherwise. Gold
 * entities left unassigned are missed.
 */
public final class EntityMatcher {
    private EntityMatcher() {
    }

    /**
     * @param section       the section scored, for the findings
     * @param records       the predicted records of that section
     * @param gold          the gold entities of that section
     * @param optionalNames names that are neither rewarded nor punished in that section
     * @return the counts and findings
     */
    public static SectionScore match(Section section, List<? extends Entity> records, List<GoldEntity> gold,
                                     List<String> optionalNames) {
        List<Set<String>> goldNames = gold.stream()
                .map(g -> NameNormalizer.normalizeAll(g.names()))
                .collect(Collectors.toList());
        Set<String> optional = NameNormalizer.normalizeAll(optionalNames);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            candidates.add(Candidate.of(i, records.get(i), goldNames));
        }
        candidates.sort(Comparator.comparingInt(Candidate::firstOffset).thenComparingInt(Candidate::index));

        Entity[] assigned = new Entity[gold.size()];
        boolean[] done = new boolean[candidates.size()];
        assign(candidates, done, assigned, true);
        assign(candidates, done, assigned, false);

        int tp = 0;
        int fp = 0;
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            if (done[c]) {
                tp++;
            } else if (!candidate.byName.isEmpty() || !candidate.byMention.isEmpty()) {
                fp++;
                int g = candidate.byName.isEmpty() ? candidate.byMention.get(0) : candidate.byName.get(0);
                findings.add(new Finding(section, Finding.Kind.DUPLICATE,
                        describe(candidate.record) + " duplicates " + describe(assigned[g])
                                + " for gold \"" + gold.get(g).name() + "\""));
            } else if (!candidate.isOptional(optional)) {
                fp++;
                findings.add(new Finding(section, Finding.Kind.SPURIOUS, describe(candidate.record)));
            }
        }
        int fn = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (assigned[g] == null) {
                fn++;
                findings.add(new Finding(section, Finding.Kind.MISSED, "\"" + gold.get(g).name() + "\""));
            }
        }
        return new SectionScore(new Counts(tp, fp, fn), findings);
    }

    private static void assign(List<Candidate> candidates, boolean[] done, Entity[] assigned, boolean byName) {
        for (int c = 0; c < candidates.size(); c++) {
            if (done[c]) {
                continue;
            }
            Candidate candidate = candidates.get(c);
            for (int g : byName ? candidate.byName : candidate.byMention) {
                if (assigned[g] == null) {
                    assigned[g] = candidate.record;
                    done[c] = true;
                    break;
                }
            }
        }
    }

    private static String describe(Entity record) {
        String mentions = record.mentions().stream().map(Mention::text).distinct()
                .collect(Collectors.joining(", "));
        return "\"" + record.name() + "\" (" + record.id() + (mentions.isEmpty() ? "" : ": " + mentions) + ")";
    }

    /** One record with the gold entities it matches by name and, besides those, by a mention. */
    private record Candidate(int index, Entity record, int firstOffset, List<Integer> byName,
                             List<Integer> byMention) {

        static Candidate of(int index, Entity record, List<Set<String>> goldNames) {
            String name = NameNormalizer.normalize(record.name());
            Set<String> mentions = mentionNames(record);
            List<Integer> byName = new ArrayList<>();
            List<Integer> byMention = new ArrayList<>();
            for (int g = 0; g < goldNames.size(); g++) {
                Set<String> names = goldNames.get(g);
                if (!name.isEmpty() && names.contains(name)) {
                    byName.add(g);
                } else if (mentions.stream().anyMatch(names::contains)) {
                    byMention.add(g);
                }
            }
            int first = record.mentions().stream().mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE);
            return new Candidate(index, record, first, byName, byMention);
        }

        boolean isOptional(Set<String> optional) {
            String name = NameNormalizer.normalize(record.name());
            return (!name.isEmpty() && optional.contains(name))
                    || mentionNames(record).stream().anyMatch(optional::contains);
        }

        private static Set<String> mentionNames(Entity record) {
            Set<String> names = NameNormalizer.normalizeAll(
                    record.mentions().stream().map(Mention::text).collect(Collectors.toList()));
            names.remove("");
            return names;
        }
    }
}
