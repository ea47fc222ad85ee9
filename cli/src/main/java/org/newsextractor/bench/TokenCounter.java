package org.newsextractor.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Collection;
import java.util.Properties;

/** Counts tokens with CoreNLP's default tokenizer, so tokens per second mean the same for every configuration. */
final class TokenCounter {
    private final StanfordCoreNLP tokenizer;

    TokenCounter() {
        RedwoodConfiguration.current().clear().apply();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        tokenizer = new StanfordCoreNLP(props);
    }

    /** @return the number of tokens in the text */
    int count(String text) {
        CoreDocument doc = new CoreDocument(text);
        tokenizer.annotate(doc);
        return doc.tokens().size();
    }

    /** @return the number of tokens in all the texts */
    int count(Collection<String> texts) {
        return texts.stream().mapToInt(this::count).sum();
    }
}
