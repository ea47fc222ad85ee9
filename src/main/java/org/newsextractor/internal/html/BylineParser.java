package org.newsextractor.internal.html;

import org.newsextractor.internal.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads authors' names from a byline ("By Jane Smith and John Doe, Reuters | Updated 5 March 2024"): drops the
 * "By", cuts at the first separator or date, splits on commas and "and", and keeps the parts that look like a
 * person's name (two to five words, capitalised, no digits, no role words such as "Correspondent").
 */
final class BylineParser {
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:written|words|reporting|story|text|report)\\s+)?by\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUT = Pattern.compile(
            "\\s*(?:[|•·—–]|\\s-\\s|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\s+\\w+day\\b|\\d).*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    private static final Set<String> PARTICLES = FunctionWords.of("name-particle");

    private final Set<String> roleWords;

    BylineParser(List<String> roleWords) {
        this.roleWords = Set.copyOf(roleWords);
    }

    /**
     * @param byline the byline as shown, or an author meta value
     * @return the names in it, in order; empty when none looks like a name
     */
    List<String> names(String byline) {
        String rest = LEAD.matcher(byline.strip()).replaceFirst("");
        rest = CUT.matcher(rest).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(rest)) {
            String name = part.strip();
            if (looksLikeName(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** @return whether the text is a byline ("By Jane Smith") and nothing more */
    boolean isByline(String text) {
        return LEAD.matcher(text.strip()).find() && text.length() < 120 && !names(text).isEmpty();
    }

    private boolean looksLikeName(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (roleWords.contains(lower)) {
                return false;
            }
            if (!PARTICLES.contains(lower) && !NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}
