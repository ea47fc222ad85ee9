package org.newsextractor.eval;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts names in the form in which they are compared: case folded, without a leading "the", a trailing "'s"
 * (straight or curly apostrophe), dots in acronyms ("U.S." = "US") or outer punctuation, with runs of white
 * space made single spaces.
 */
public final class NameNormalizer {
    private static final Pattern ACRONYM_DOT = Pattern.compile("\\b(\\p{L})\\.");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("'s$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameNormalizer() {
    }

    /**
     * @param name a name as written ("The U.S.'s", "“NATO,”")
     * @return its comparable form ("us", "nato")
     */
    public static String normalize(String name) {
        String s = name.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ');
        s = SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = stripOuterPunctuation(s);
        s = TRAILING_POSSESSIVE.matcher(s).replaceAll("");
        s = ACRONYM_DOT.matcher(s).replaceAll("$1");
        s = stripOuterPunctuation(s);
        s = LEADING_THE.matcher(s).replaceAll("");
        return stripOuterPunctuation(s);
    }

    /**
     * @param names names as written
     * @return their normalized forms, in order, without repeats
     */
    public static Set<String> normalizeAll(Collection<String> names) {
        Set<String> result = new LinkedHashSet<>();
        for (String name : names) {
            result.add(normalize(name));
        }
        return result;
    }

    private static String stripOuterPunctuation(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && !Character.isLetterOrDigit(s.codePointAt(begin))) {
            begin += Character.charCount(s.codePointAt(begin));
        }
        while (end > begin && !Character.isLetterOrDigit(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(begin, end);
    }
}
