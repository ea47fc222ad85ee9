package org.newsextractor.internal.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsextractor.internal.Resources;

/**
 * Blanks the lines of scraped text that are web-page furniture ("[ad_1]", "Source link", "Related Articles", a
 * lone section name) by overwriting them with spaces. The text keeps its length, so every offset computed on the
 * cleaned text is an offset into the caller's original string.
 */
public final class FurnitureFilter {
    private static final int MAX_SECTION_LABEL_WORDS = 4;

    private final Pattern furnitureLine;
    private final Set<String> sectionWords;

    /** Loads the patterns and section words from {@code models/text/}. */
    public FurnitureFilter() {
        this(Resources.lines("text/furniture.txt"), Resources.lines("text/sections.txt"));
    }

    FurnitureFilter(List<String> linePatterns, List<String> sectionWords) {
        this.furnitureLine = Pattern.compile("(?:" + String.join(")|(?:", linePatterns) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.sectionWords = new HashSet<>(sectionWords);
    }

    /**
     * @param text the article as scraped
     * @return the same text with furniture lines replaced by spaces (line breaks kept)
     */
    public String blank(String text) {
        StringBuilder out = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd).strip();
            if (!line.isEmpty() && isFurniture(line)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int i = lineStart; i < lineEnd; i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        out.setCharAt(i, ' ');
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out == null ? text : out.toString();
    }

    boolean isFurniture(String line) {
        // Long lines are prose; skipping them keeps the regular expressions' cost bounded.
        if (line.length() <= 200 && furnitureLine.matcher(line).matches()) {
            return true;
        }
        return isSectionLabel(line);
    }

    private boolean isSectionLabel(String line) {
        String[] words = line.toLowerCase(Locale.ROOT).split("[\\s/|>»·-]+");
        if (words.length == 0 || words.length > MAX_SECTION_LABEL_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !sectionWords.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
