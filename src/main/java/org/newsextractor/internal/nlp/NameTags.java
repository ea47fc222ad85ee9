package org.newsextractor.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A word inside a name that the tagger took for a verb ("es" in "Dar es Salaam" tagged VBZ) makes the parser
 * build the sentence around it. Where NER tags the words on both sides with the same name type, the word is part
 * of the name and is read as a proper noun.
 */
final class NameTags {

    private NameTags() {
    }

    /** @return the tokens, with verbs inside a name retagged NNP */
    static List<Token> repair(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            String ner = t.ner();
            boolean inside = isName(ner) && ner.equals(tokens.get(i - 1).ner()) && ner.equals(tokens.get(i + 1).ner());
            if (t.isVerb() && inside) {
                out.set(i, t.retagged("NNP", t.text()));
            }
        }
        return out;
    }

    private static boolean isName(String ner) {
        return ner.equals("PERSON") || ner.equals("LOCATION") || ner.equals("ORGANIZATION") || ner.equals("MISC");
    }
}
