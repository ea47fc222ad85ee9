package org.newsextractor.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs CoreNLP's tokenize, ssplit, pos, lemma and ner annotators, the cheapest set that gives what our records
 * need, and converts the result to our own {@link AnnotatedText}.
 *
 * <p>SUTime is off (see {@link TemporalNormalizer}). Fine-grained NER is off: it is most of default NER's cost and we give places their kind from the same
 * gazetteer ourselves, only for the few names that need it. The pipeline is built once per JVM, on first use.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    /** Sentences longer than this (in tokens) are not tagged for part of speech, to bound the cost. */
    public static final int MAX_SENTENCE_TOKENS = 200;

    private static volatile StanfordCoreNLP pipeline;
    private final TemporalNormalizer temporal = new TemporalNormalizer();

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // A blank line ends a sentence: headlines, captions and furniture lines stay out of the next paragraph.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        // SUTime is a third of NER's load time and half its time per article; TemporalNormalizer gives dates and
        // durations the same ISO values from the plain NER tags.
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        props.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
        return props;
    }

    /** Builds the shared pipeline if it is not there yet; thread-safe, loads once. */
    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (CoreNlpAnnotator.class) {
                p = pipeline;
                if (p == null) {
                    org.newsextractor.internal.entities.PlaceGazetteer.preload();
                    RedwoodConfiguration.current().clear().apply();
                    p = new StanfordCoreNLP(properties());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** @return whether the models are already loaded in this JVM */
    public static boolean isLoaded() {
        return pipeline != null;
    }

    @Override
    public AnnotatedText annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline().annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                int begin = label.beginPosition();
                int end = label.endPosition();
                tokens.add(new Token(tokens.size(), text.substring(begin, end), begin, end,
                        orEmpty(label.tag()), orEmpty(label.lemma()), label.ner() == null ? "O" : label.ner(),
                        orEmpty(label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), temporal.normalize(SpeechVerbTags.repair(NameTags.repair(tokens)))));
            }
        }
        return new AnnotatedText(text, sentences);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
