package org.newsextractor.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/** CoreNLP's own dependency parser on words and tags, read as CoreNlpParser read it before it used our own. */
public final class CoreNlpTrees {
    private CoreNlpTrees() {
    }

    /** @return the basic dependencies: heads -1 for the root, relation names as CoreNLP prints them */
    public static Dependencies parse(DependencyParser parser, String[] words, String[] tags) {
        List<CoreLabel> labels = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            CoreLabel label = new CoreLabel();
            label.setWord(words[i]);
            label.setValue(words[i]);
            label.setOriginalText(words[i]);
            label.setTag(tags[i]);
            label.setIndex(i + 1);
            labels.add(label);
        }
        CoreMap map = new ArrayCoreMap();
        map.set(CoreAnnotations.TokensAnnotation.class, labels);
        int[] heads = new int[words.length];
        String[] relations = new String[words.length];
        for (TypedDependency d : parser.predict(map).typedDependencies()) {
            heads[d.dep().index() - 1] = d.gov().index() - 1;
            relations[d.dep().index() - 1] = d.reln().toString();
        }
        return new Dependencies(heads, relations);
    }
}
