package org.newsextractor.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/** A plain CoreNLP pipeline with the given settings, shared by all threads, as a user would run it. */
final class CoreNlpProcessor implements Processor {
    private final Properties properties;
    private volatile StanfordCoreNLP pipeline;

    CoreNlpProcessor(Properties properties) {
        this.properties = properties;
    }

    @Override
    public void load() {
        pipeline = new StanfordCoreNLP(properties);
    }

    @Override
    public void process(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        if (doc.tokens().isEmpty() && !text.isBlank()) {
            throw new IllegalStateException("no tokens");
        }
    }
}
