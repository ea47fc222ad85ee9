package org.newsextractor.internal.nlp.depparse;

import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CLAUSAL_PASSIVE_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CLAUSAL_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONTROLLING_CLAUSAL_PASSIVE_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONTROLLING_CLAUSAL_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_PASSIVE_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The relation names a parse gives, as CoreNLP's {@code DependencyParser.predict} and the basic dependencies of its
 * {@code UniversalEnglishGrammaticalStructure} give them: each label becomes CoreNLP's Universal English relation of
 * that short name ("root" for the root), and a subject whose head also has a passive auxiliary becomes the passive
 * subject ({@code correctSubjPass}; its other corrections need NER tags or a system property and do nothing on
 * a parse of words and tags).
 */
final class RelationNames {
    private static final String ROOT = GrammaticalRelation.ROOT.toString();
    private static final Pattern SUBJECT = Pattern.compile("^(nsubj|csubj).*$");
    private static final String PASSIVE_AUXILIARY = "aux:pass";
    private static final Map<GrammaticalRelation, GrammaticalRelation> PASSIVE = Map.of(
            NOMINAL_SUBJECT, NOMINAL_PASSIVE_SUBJECT,
            CLAUSAL_SUBJECT, CLAUSAL_PASSIVE_SUBJECT,
            CONTROLLING_NOMINAL_SUBJECT, CONTROLLING_NOMINAL_PASSIVE_SUBJECT,
            CONTROLLING_CLAUSAL_SUBJECT, CONTROLLING_CLAUSAL_PASSIVE_SUBJECT);

    private final String[] names;
    private final String[] passiveNames;
    private final boolean[] subjects;
    private final boolean[] passiveAuxiliaries;

    /** @param labels the model's labels, index 0 the null label */
    RelationNames(List<String> labels) {
        int n = labels.size();
        names = new String[n];
        passiveNames = new String[n];
        subjects = new boolean[n];
        passiveAuxiliaries = new boolean[n];
        for (int i = 1; i < n; i++) {
            GrammaticalRelation relation = relation(labels.get(i));
            names[i] = relation.toString();
            GrammaticalRelation passive = PASSIVE.get(relation);
            passiveNames[i] = passive == null ? null : passive.toString();
            subjects[i] = SUBJECT.matcher(names[i]).matches();
            passiveAuxiliaries[i] = names[i].equals(PASSIVE_AUXILIARY);
        }
    }

    /** As CoreNLP's {@code DependencyParser.makeGrammaticalRelation} for Universal English. */
    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation stored = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return stored != null ? stored
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }

    /**
     * @param heads  head of each token, 1-based with 0 the root (index 0 unused)
     * @param labels label index of each token (index 0 unused)
     * @param n      tokens
     * @param into   receives the relation name of token i at i - 1
     */
    void name(int[] heads, int[] labels, int n, String[] into) {
        boolean[] hasPassiveAuxiliary = null;
        for (int i = 1; i <= n; i++) {
            if (heads[i] > 0 && passiveAuxiliaries[labels[i]]) {
                if (hasPassiveAuxiliary == null) {
                    hasPassiveAuxiliary = new boolean[n + 1];
                }
                hasPassiveAuxiliary[heads[i]] = true;
            }
        }
        for (int i = 1; i <= n; i++) {
            int label = labels[i];
            if (heads[i] == 0) {
                into[i - 1] = ROOT;
            } else if (hasPassiveAuxiliary != null && hasPassiveAuxiliary[heads[i]] && subjects[label]
                    && passiveNames[label] != null) {
                into[i - 1] = passiveNames[label];
            } else {
                into[i - 1] = names[label];
            }
        }
    }
}
