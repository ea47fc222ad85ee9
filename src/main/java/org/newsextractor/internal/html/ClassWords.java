package org.newsextractor.internal.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A list of words looked for in an element's class and id. Class names are written in many styles
 * ({@code related-stories}, {@code relatedStories}, {@code related_stories}); all become the lower-case words
 * "related stories" before the patterns, matched as whole words, are tried.
 */
final class ClassWords {
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private final Pattern words;

    /** @param patterns regular expressions, each matched as whole words */
    ClassWords(List<String> patterns) {
        this.words = Pattern.compile("\\b(?:" + String.join("|", patterns) + ")\\b");
    }

    /** @return whether the element's class or id has one of the words */
    boolean matches(Element e) {
        String names = names(e);
        return !names.isBlank() && words.matcher(names).find();
    }

    /** @return the element's class and id as lower-case words separated by single spaces */
    static String names(Element e) {
        String raw = e.className() + " " + e.id();
        String split = CAMEL.matcher(raw).replaceAll(" ").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(split).replaceAll(" ").strip();
    }
}
