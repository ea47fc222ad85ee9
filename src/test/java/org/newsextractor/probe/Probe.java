package org.newsextractor.probe;

import java.nio.file.*;
import org.newsextractor.internal.nlp.*;

public class Probe {
    public static void main(String[] args) throws Exception {
        for (String arg : args) { System.out.println("=== " + arg); run(Files.readString(Path.of(arg))); }
    }
    static void run(String text) {
        long t0 = System.nanoTime();
        AnnotatedText at = new CoreNlpAnnotator().annotate(text);
        long t1 = System.nanoTime();
        for (int i = 0; i < 0; i++) new CoreNlpAnnotator().annotate(text);
        long t2 = System.nanoTime();
        System.err.printf("first %.1fs warm %.2fs%n", (t1 - t0) / 1e9, (t2 - t1) / 3e9);
        for (Sentence s : at.sentences()) {
            StringBuilder b = new StringBuilder("S" + s.index() + ": ");
            for (Token t : s.tokens()) {
                b.append(t.text()).append('/').append(t.pos());
                if (!t.ner().equals("O")) b.append('/').append(t.ner());
                if (!t.normalized().isEmpty()) b.append('{').append(t.normalized()).append('}');
                b.append(' ');
            }
            System.out.println(b);
        }
    }
}
