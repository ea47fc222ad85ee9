package org.newsextractor.internal.linking;

/**
 * Which lines of CoreNLP's WikiDict a news extractor needs. Each line is "name TAB page TAB score", where the
 * score is the share of the name's links (anchor texts in Wikipedia and on the web) that go to the page. A line is
 * kept when:
 * <ul>
 * <li>its score is at least the minimum (0.5 by default: the page takes most of the name's links, so a name has at
 *     most one page);</li>
 * <li>the name can be an entity's name as NER finds it: 2 to 80 characters and at most 8 words, beginning with a
 *     capital letter and ending with a letter, digit, dot, apostrophe or closing parenthesis, without markup or
 *     address characters ({@code < > [ ] { } | = \ " :}), web addresses or the word "Wikipedia"; every word
 *     begins with a capital or a digit, or is a short lower-case joining word (at most 3 letters before any hyphen
 *     or apostrophe: "of", "and", "al-Assad"), as in the names NER finds; descriptions ("the Brooklyn-based
 *     octet") go;</li>
 * <li>the page name is 1 to 255 characters.</li>
 * </ul>
 */
public final class WikidictFilter {
    /** The least score kept by default. */
    public static final double DEFAULT_MIN_SCORE = 0.5;
    static final int MAX_NAME_CHARS = 80;
    static final int MAX_NAME_WORDS = 8;
    static final int MAX_PAGE_CHARS = 255;
    private static final String FORBIDDEN = "<>[]{}|=\\\":\t";

    private final double minScore;

    /** @param minScore the least score kept */
    public WikidictFilter(double minScore) {
        this.minScore = minScore;
    }

    /**
     * @param score a line's score
     * @return whether it is high enough
     */
    public boolean keepsScore(double score) {
        return score >= minScore;
    }

    /**
     * @param name a name as written
     * @return whether it can be an entity's name
     */
    public static boolean keepsName(String name) {
        int length = name.length();
        if (length < 2 || length > MAX_NAME_CHARS) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return false;
        }
        char last = name.charAt(length - 1);
        if (!Character.isLetterOrDigit(last) && last != '.' && last != '\'' && last != ')') {
            return false;
        }
        int words = 1;
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
                return false;
            }
            if (c == ' ') {
                if (i > 0 && name.charAt(i - 1) == ' ') {
                    return false;
                }
                words++;
            }
        }
        if (words > MAX_NAME_WORDS) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && joinerLength(word) > 3) {
                return false;
            }
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return !lower.contains("wikipedia") && !lower.contains("http") && !lower.contains("www.");
    }

    private static int joinerLength(String word) {
        int i = 0;
        while (i < word.length() && word.charAt(i) != '-' && word.charAt(i) != '\'' && word.charAt(i) != '\u2019') {
            i++;
        }
        return i;
    }

    /**
     * @param page a page name
     * @return whether it can be stored
     */
    public static boolean keepsPage(String page) {
        return !page.isEmpty() && page.length() <= MAX_PAGE_CHARS && page.indexOf('\t') < 0;
    }
}
