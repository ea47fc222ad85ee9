package org.newsextractor.bench;

import java.util.Properties;

/** The configurations the bench compares, each measured in its own JVM. */
enum BenchConfig {
    /** This library: {@code NewsExtractor.create()}. */
    OURS("ours", "news-extractor, NewsExtractor.create()"),
    /** Plain CoreNLP, the floor for entities and numbers: row 1 of issue 6. */
    ROW1("row1", "CoreNLP tokenize,ssplit,pos,lemma,ner; fine-grained NER and SUTime off"),
    /** Plain CoreNLP as a user runs it to get quotations with speakers: row 3 of issue 6. */
    ROW3("row3", "CoreNLP + depparse, coref (statistical), quote with attribution");

    private final String label;
    private final String description;

    BenchConfig(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** @return the short name used on the command line and in the table */
    String label() {
        return label;
    }

    /** @return what the configuration runs */
    String description() {
        return description;
    }

    /** @return whether this configuration is slow enough to get the smaller repeat count */
    boolean slow() {
        return this == ROW3;
    }

    /** @return a fresh, unloaded processor for this configuration */
    Processor newProcessor() {
        return this == OURS ? new OurProcessor() : new CoreNlpProcessor(properties());
    }

    /**
     * @return CoreNLP's settings for the plain rows (empty for ours). Row 3 is the pipeline of
     *     {@code org.newsextractor.eval.CoreNlpBaseline}, with the coref algorithm spelled out.
     */
    Properties properties() {
        Properties props = new Properties();
        switch (this) {
            case ROW1 -> {
                props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
                props.setProperty("ner.applyFineGrained", "false");
                props.setProperty("ner.useSUTime", "false");
            }
            case ROW3 -> {
                props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
                props.setProperty("coref.algorithm", "statistical");
                props.setProperty("quote.attributeQuotes", "true");
            }
            default -> {
            }
        }
        return props;
    }

    /**
     * @param label a short name, as {@link #label()} gives
     * @return the configuration
     * @throws IllegalArgumentException for an unknown name
     */
    static BenchConfig byLabel(String label) {
        for (BenchConfig config : values()) {
            if (config.label.equals(label)) {
                return config;
            }
        }
        throw new IllegalArgumentException("unknown configuration: " + label + " (ours, row1, row3)");
    }
}
