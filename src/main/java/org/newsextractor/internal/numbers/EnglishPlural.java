package org.newsextractor.internal.numbers;

import java.util.Locale;

/** Regular English plurals, enough for unit nouns ("storey" -> "storeys", "month" -> "months"). */
final class EnglishPlural {
    private EnglishPlural() {
    }

    /**
     * @param noun a singular noun
     * @return its regular plural; a word already ending in "s" is returned as it is
     */
    static String of(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s")) {
            return noun;
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh") || lower.endsWith("z")) {
            return noun + "es";
        }
        return noun + "s";
    }
}
