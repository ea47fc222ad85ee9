package org.newsextractor.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.nlp.depparse.FastDependencyParser;

/** Our implementation of CoreNLP's dependency parser gives CoreNLP's trees. */
class FastDependencyParserIT {
    private static final List<String> SENTENCES = List.of(
            "The mayor said on Monday that the old bridge over the river would be rebuilt before the winter.",
            "\"We will not back down,\" the union's spokeswoman, Maria Lopes, told reporters outside the factory.",
            "Police arrested two men who had been seen near the station, according to a statement released late on "
                    + "Friday.",
            "Shares of the company, which makes chips for phones and cars, fell 12 percent to $41.50 in New York.",
            "The report was written by a panel of experts and published by the ministry in March 2019.",
            "Asked whether she would run again, the senator smiled and said it was too early to decide.",
            "More than 3,000 people were evacuated after heavy rain flooded parts of the city, officials said.",
            "It is not clear how many of the 150 passengers were injured; the airline has not commented.");

    private static Sentence tagged(String text) {
        return new CoreNlpAnnotator().annotate(text).sentences().get(0);
    }

    @Test
    void agreesWithCoreNlpOnMadeUpNews() {
        // Without CoreNLP's 160 MB of precomputed double vectors, so that both parsers fit in the tests' heap beside
        // the tagger and NER; CoreNLP then rounds every input's projection to float, which moves its scores by far
        // less than the gaps between its choices.
        Properties lean = new Properties();
        lean.setProperty("numPreComputed", "0");
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, lean);
        FastDependencyParser ours = CoreNlpParser.parser();
        int tokens = 0;
        int same = 0;
        List<String> differences = new ArrayList<>();
        for (String text : SENTENCES) {
            ParserInput input = ParserInput.of(tagged(text), c -> false);
            String[] words = input.words();
            String[] tags = input.tags();
            Dependencies expected = CoreNlpTrees.parse(coreNlp, words, tags);
            Dependencies actual = ours.parse(words, tags);
            for (int i = 0; i < words.length; i++) {
                tokens++;
                if (expected.head(i) == actual.head(i) && expected.relation(i).equals(actual.relation(i))) {
                    same++;
                } else {
                    differences.add(words[i] + " in: " + text);
                }
            }
        }
        assertTrue(same >= 0.995 * tokens, same + " of " + tokens + " tokens agree; differ: " + differences);
    }

    @Test
    void parsesASimpleSentenceExactly() {
        Dependencies tree = CoreNlpParser.parser().parse(
                new String[] {"The", "mayor", "opened", "the", "new", "bridge", "."},
                new String[] {"DT", "NN", "VBD", "DT", "JJ", "NN", "."});
        assertArrayEquals(new int[] {1, 2, -1, 5, 5, 2, 2}, heads(tree));
        assertArrayEquals(new String[] {"det", "nsubj", "root", "det", "amod", "obj", "punct"}, relations(tree));
    }

    @Test
    void aSubjectWithAPassiveAuxiliaryIsAPassiveSubject() {
        // CoreNLP's basic dependencies correct the parser's nsubj to nsubj:pass beside an aux:pass
        Dependencies tree = CoreNlpParser.parser().parse(
                new String[] {"The", "bridge", "was", "built", "in", "1990", "."},
                new String[] {"DT", "NN", "VBD", "VBN", "IN", "CD", "."});
        assertArrayEquals(new int[] {1, 3, 3, -1, 5, 3, 3}, heads(tree));
        assertArrayEquals(new String[] {"det", "nsubj:pass", "aux:pass", "root", "case", "obl", "punct"},
                relations(tree));
    }

    @Test
    void aSentenceOfOneWordIsItsRoot() {
        Dependencies tree = CoreNlpParser.parser().parse(new String[] {"Thanks"}, new String[] {"NNS"});
        assertEquals(-1, tree.head(0));
        assertEquals("root", tree.relation(0));
    }

    private static int[] heads(Dependencies tree) {
        int[] heads = new int[tree.size()];
        for (int i = 0; i < heads.length; i++) {
            heads[i] = tree.head(i);
        }
        return heads;
    }

    private static String[] relations(Dependencies tree) {
        String[] relations = new String[tree.size()];
        for (int i = 0; i < relations.length; i++) {
            relations[i] = tree.relation(i);
        }
        return relations;
    }
}
