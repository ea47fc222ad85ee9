package org.newsextractor.internal;

import java.util.Map;
import java.util.Set;

/** HTML element names by the role the page reader and the markup blanker give them ({@code models/html/tags.tsv}). */
public final class HtmlTags {
    private static final String FILE = "html/tags.tsv";
    private static final Map<String, Set<String>> CLASSES = Resources.wordClasses(FILE);

    private HtmlTags() {
    }

    /** @return the element names of a class of the file ("story", "hidden-content", ...) */
    public static Set<String> of(String tagClass) {
        return Resources.wordClass(CLASSES, FILE, tagClass);
    }
}
