package org.newsextractor.internal.nlp.depparse;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.util.ArrayList;
import java.util.List;
import org.newsextractor.internal.nlp.CoreNlpTrees;
import org.newsextractor.internal.nlp.Dependencies;

/** Runs CoreNLP's parser and ours on the same words and tags, and compares the trees token by token. */
final class ParserComparison {
    private final DependencyParser coreNlp;
    private final FastDependencyParser fast;
    private final ParseScratch scratch;
    long tokens;
    long sameHeads;
    long sameRelations;
    long sameTrees;
    long sentences;
    final List<String> differences = new ArrayList<>();

    ParserComparison(DependencyParser coreNlp, FastDependencyParser fast) {
        this.coreNlp = coreNlp;
        this.fast = fast;
        this.scratch = fast.newScratch();
    }

    void compare(String[] words, String[] tags) {
        Dependencies expected = CoreNlpTrees.parse(coreNlp, words, tags);
        Dependencies actual = fast.parse(words, tags, scratch);
        boolean same = true;
        for (int i = 0; i < words.length; i++) {
            tokens++;
            boolean head = expected.head(i) == actual.head(i);
            boolean relation = expected.relation(i).equals(actual.relation(i));
            sameHeads += head ? 1 : 0;
            sameRelations += relation ? 1 : 0;
            if (!head || !relation) {
                same = false;
                differences.add(String.join(" ", words) + " | token " + i + " '" + words[i] + "': CoreNLP "
                        + expected.head(i) + "/" + expected.relation(i) + ", ours " + actual.head(i) + "/"
                        + actual.relation(i));
            }
        }
        sentences++;
        sameTrees += same ? 1 : 0;
    }

    long exactDecisions() {
        return scratch.exactDecisions;
    }

    long decisions() {
        return scratch.decisions;
    }

    double largestScoreError() {
        return scratch.largestScoreError;
    }

    String summary() {
        return String.format("%d sentences, %d tokens: same head %d (%.4f%%), same relation %d (%.4f%%), "
                        + "same tree %d; %d of %d decisions settled as near ties with CoreNLP's arithmetic",
                sentences, tokens, sameHeads, 100.0 * sameHeads / tokens, sameRelations,
                100.0 * sameRelations / tokens, sameTrees, scratch.exactDecisions, scratch.decisions);
    }
}
